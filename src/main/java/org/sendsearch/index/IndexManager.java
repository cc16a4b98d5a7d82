package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.IndexState;
import co.elastic.clients.elasticsearch.indices.get.Feature;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.config.ConfigException;

/**
 * Creates, swaps and cleans up the physical indices behind the two aliases. The aliases only ever
 * move in one {@code _aliases} request that removes the old indices and adds the new ones for both
 * aliases at once, so a search sees either the complete old pair or the complete new pair.
 */
public final class IndexManager {
    private static final Logger log = LogManager.getLogger(IndexManager.class);

    private final ElasticsearchClient client;
    private final IndexLayout layout;

    public IndexManager(ElasticsearchClient client, IndexLayout layout) {
        this.client = client;
        this.layout = layout;
    }

    /** Where the indexer writes, and whether that is a rebuild that ends with an alias swap. */
    public record Plan(
            Map<IndexKind, String> target, Map<IndexKind, List<String>> live, boolean rebuild, String reason) {
        /** Whether the aliases exist and point at indices built from the current config. */
        public boolean incremental() {
            return !rebuild;
        }
    }

    /** Our physical indices and the aliases each carries, sorted by name. */
    public Map<String, List<String>> indices() throws IOException {
        Map<String, IndexState> found = client.indices()
                .get(request -> request.index(layout.wildcard())
                        .features(Feature.Aliases)
                        .allowNoIndices(true)
                        .ignoreUnavailable(true))
                .indices();
        Map<String, List<String>> ours = new TreeMap<>();
        found.forEach((name, state) -> {
            if (layout.kindOf(name).isPresent()) {
                ours.put(name, List.copyOf(state.aliases().keySet()));
            }
        });
        return ours;
    }

    /** The physical indices each alias points at now (empty lists when there is no alias yet). */
    public Map<IndexKind, List<String>> live() throws IOException {
        Map<IndexKind, List<String>> live = new EnumMap<>(IndexKind.class);
        for (IndexKind kind : IndexKind.values()) {
            live.put(kind, new ArrayList<>());
        }
        indices()
                .forEach((name, aliases) -> layout.kindOf(name).ifPresent(kind -> {
                    if (aliases.contains(layout.alias(kind))) {
                        live.get(kind).add(name);
                    }
                }));
        return live;
    }

    /**
     * Deletes our indices that no alias points at: what a failed or killed rebuild left behind,
     * or old indices a swap could not delete. Returns their names.
     */
    public List<String> deleteOrphans() throws IOException {
        List<String> orphans = new ArrayList<>();
        indices().forEach((name, aliases) -> {
            IndexKind kind = layout.kindOf(name).orElseThrow();
            if (!aliases.contains(layout.alias(kind))) {
                orphans.add(name);
            }
        });
        if (!orphans.isEmpty()) {
            log.info("Deleting indices left over from an unfinished build: {}", orphans);
            delete(orphans);
        }
        return orphans;
    }

    /**
     * Decides where this run writes. When both aliases point at indices of the current config
     * version and no rebuild is forced, that is the live indices (incremental). Otherwise new
     * indices are created for a full build, to be swapped in by {@link #swap(Plan)}.
     */
    public Plan prepare(IndexConfig config, boolean forceRebuild) throws IOException {
        Map<IndexKind, List<String>> live = live();
        String reason = rebuildReason(config, live, forceRebuild).orElse(null);
        if (reason == null) {
            Map<IndexKind, String> target = new EnumMap<>(IndexKind.class);
            live.forEach((kind, names) -> target.put(kind, names.get(0)));
            return new Plan(target, live, false, null);
        }
        boolean sameVersionLive = live.values().stream()
                .flatMap(List::stream)
                .anyMatch(name -> layout.versionOf(name).orElse("").equals(config.version()));
        String buildTag = sameVersionLive ? Long.toString(System.currentTimeMillis(), 36) : null;
        Map<IndexKind, String> target = new EnumMap<>(IndexKind.class);
        for (IndexKind kind : IndexKind.values()) {
            String name = layout.indexName(kind, config.version(), buildTag);
            create(name, config, kind);
            target.put(kind, name);
        }
        log.info("Building new indices {} ({})", target.values(), reason);
        return new Plan(target, live, true, reason);
    }

    private Optional<String> rebuildReason(IndexConfig config, Map<IndexKind, List<String>> live, boolean forced) {
        if (live.values().stream().anyMatch(List::isEmpty)) {
            return Optional.of("no index yet");
        }
        if (live.values().stream().anyMatch(names -> names.size() > 1)) {
            return Optional.of("an alias points at more than one index");
        }
        for (List<String> names : live.values()) {
            String version = layout.versionOf(names.get(0)).orElse("?");
            if (!version.equals(config.version())) {
                return Optional.of("index config changed (" + version + " -> " + config.version() + ")");
            }
        }
        return forced ? Optional.of("rebuild requested") : Optional.empty();
    }

    /**
     * Creates a new index with refreshing off: nobody searches it until the swap, and a bulk load
     * without periodic refreshes is faster. {@link #finishBuild} turns it back on. (An
     * asynchronous translog was tried too: about 6% faster bulk loads, but Elasticsearch then
     * could not trim the translog at the build's final flush, and the next start of the node
     * replayed every operation of the build, 16 s for 10,000 documents.)
     */
    private void create(String name, IndexConfig config, IndexKind kind) throws IOException {
        ObjectNode json = config.createBody(kind);
        ObjectNode settings = (ObjectNode) json.get("settings");
        settings.put("refresh_interval", "-1");
        String body = json.toString();
        try {
            client.indices()
                    .create(request -> request.withJson(new StringReader(body)).index(name));
        } catch (ElasticsearchException e) {
            if (e.status() == 400) {
                // The config passed our checks but not Elasticsearch's: name the file to fix.
                throw new ConfigException(
                        config.directory().resolve(kind.configFile()),
                        "was refused by Elasticsearch: " + e.error().reason());
            }
            throw e;
        }
    }

    /** Restores the configured refresh interval on freshly built indices (before the final refresh). */
    public void finishBuild(Plan plan, IndexConfig config) throws IOException {
        for (IndexKind kind : IndexKind.values()) {
            String interval = config.createBody(kind)
                    .path("settings")
                    .path("refresh_interval")
                    .asText("1s");
            String index = plan.target().get(kind);
            client.indices()
                    .putSettings(request -> request.index(index)
                            .settings(settings -> settings.refreshInterval(time -> time.time(interval))));
        }
    }

    /**
     * Points both aliases at the plan's new indices in one atomic request, then deletes the old
     * indices. If the delete fails the old indices are orphans, removed by the next run.
     */
    public void swap(Plan plan) throws IOException {
        List<Action> actions = new ArrayList<>();
        List<String> old = new ArrayList<>();
        for (IndexKind kind : IndexKind.values()) {
            String alias = layout.alias(kind);
            for (String previous : plan.live().get(kind)) {
                actions.add(Action.of(a -> a.remove(r -> r.index(previous).alias(alias))));
                old.add(previous);
            }
            String target = plan.target().get(kind);
            actions.add(Action.of(a -> a.add(add -> add.index(target).alias(alias))));
        }
        client.indices().updateAliases(request -> request.actions(actions));
        log.info("Aliases now point at {}", plan.target().values());
        if (!old.isEmpty()) {
            try {
                delete(old);
            } catch (IOException | RuntimeException e) {
                log.warn("Could not delete the old indices {} ({}); the next run will", old, e.toString());
            }
        }
    }

    /** Deletes indices by name (best effort is the caller's choice). */
    public void delete(Collection<String> names) throws IOException {
        if (!names.isEmpty()) {
            client.indices().delete(request -> request.index(List.copyOf(names)).ignoreUnavailable(true));
        }
    }

    public void refresh(Collection<String> names) throws IOException {
        client.indices().refresh(request -> request.index(List.copyOf(names)));
    }

    /**
     * Commits freshly built indices to disk and empties their translogs before the swap, so the
     * indices searches move to are whole in Lucene's files and a restart of the node has no
     * operations of the build to replay.
     */
    public void flush(Collection<String> names) throws IOException {
        client.indices().flush(request -> request.index(List.copyOf(names)).waitIfOngoing(true));
    }

    /**
     * Copies the entries of the given sources (their {@code source} field) from {@code from} into
     * {@code to}, as they are stored; returns how many were copied.
     */
    public long copySources(String from, String to, List<String> sources) throws IOException {
        return SourceEntries.copy(client, from, to, sources);
    }
}
