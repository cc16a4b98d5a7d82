package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.cat.shards.ShardsRecord;
import co.elastic.clients.elasticsearch.snapshot.SnapshotInfo;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.engine.Engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Backs up the live indices to a folder, and restores them from one, with Elasticsearch snapshots
 * to a filesystem repository.
 *
 * <p>Elasticsearch writes a filesystem repository only under a folder listed in its
 * {@code path.repo}. The managed node lists its own {@code snapshots/} folder there
 * ({@code ManagedNode#snapshotDirectory}): a backup is staged in it and then copied to the backup
 * folder, and a restore copies the backup folder into it first, so the backup folder can be
 * anywhere the user likes. On an existing cluster ({@code staging} null) the backup folder itself is
 * registered as the repository, so it must be on a path every node of the cluster can reach and
 * that is listed in their {@code path.repo}, and this machine must see it too (for the manifest).
 *
 * <p>A backup holds the physical indices behind the two aliases and, when it exists, the
 * {@code <prefix>-sources} index, plus a {@link BackupManifest}. A restore brings the indices back
 * under new build-tagged names ({@link IndexLayout#indexName} with a tag, as a forced rebuild
 * names them), waits until they are searchable and hold the counts the manifest gives, and then
 * moves both aliases in one step with {@link IndexManager#swap}, which deletes the old indices:
 * searches see the old pair until that moment and the restored pair after it. Both hold the
 * {@link IndexerLock}, so no indexer runs meanwhile. If anything fails before the swap, what was
 * restored is deleted and the live indices are untouched.
 *
 * <p>A backup made with another index-config version is restored anyway (its indices carry their
 * own analysis, so searches on them are consistent), with a warning: the next {@code index} or
 * {@code up} sees the config differs and rebuilds from the source files, as after any config change.
 */
public final class Snapshots {
    private static final Logger log = LogManager.getLogger(Snapshots.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElasticsearchClient client;
    private final IndexLayout layout;
    private final IndexManager manager;
    private final Path staging; // the node's path.repo folder, or null: register the backup folder itself
    private Duration lockStaleAfter = IndexerLock.DEFAULT_STALE_AFTER;
    private Duration lockMaxWait = IndexerLock.DEFAULT_MAX_WAIT;
    private Duration timeout = Duration.ofMinutes(30);

    /** What a backup wrote. */
    public record Backup(Path directory, BackupManifest manifest) {
    }

    /**
     * What a restore did.
     *
     * @param live          the indices the aliases point at now
     * @param replaced      the indices they pointed at before (deleted)
     * @param configWarning null, or why the next indexing run will rebuild
     */
    public record Restore(Path directory, BackupManifest manifest, Map<IndexKind, String> live, List<String> replaced,
                          boolean sourcesRestored, String configWarning) {
    }

    /**
     * @param staging the managed node's snapshot folder (in its {@code path.repo}), or null on an
     *                existing cluster, where the backup folder is registered directly
     */
    public Snapshots(ElasticsearchClient client, IndexLayout layout, Path staging) {
        this.client = client;
        this.layout = layout;
        this.manager = new IndexManager(client, layout);
        this.staging = staging;
    }

    /** How long to wait for the indexing lock, and when a silent holder counts as gone. */
    public Snapshots withLockTimings(Duration staleAfter, Duration maxWait) {
        this.lockStaleAfter = staleAfter;
        this.lockMaxWait = maxWait;
        return this;
    }

    /** The sources index of this layout, backed up and restored when it exists. */
    public String sourcesIndex() {
        return layout.sourcesIndex();
    }

    /**
     * Snapshots the live indices into {@code directory}, which must not exist yet or be empty (a
     * backup never writes over other files).
     */
    public Backup backup(Path directory) throws IOException {
        Path target = directory.toAbsolutePath().normalize();
        checkNewFolder(target);
        try (IndexerLock lock = IndexerLock.acquire(client, layout, lockStaleAfter, lockMaxWait)) {
            Map<IndexKind, List<String>> live = manager.live();
            for (IndexKind kind : IndexKind.values()) {
                if (live.get(kind).size() != 1) {
                    throw new BackupException("There is nothing to back up into " + target + ": "
                            + (live.get(kind).isEmpty() ? "no index yet (run send-search index first)."
                            : "the alias " + layout.alias(kind) + " points at several indices " + live.get(kind)
                            + " (run send-search index to finish the interrupted build first)."));
                }
            }
            String documents = live.get(IndexKind.DOCUMENTS).get(0);
            String passages = live.get(IndexKind.PASSAGES).get(0);
            String sources = client.indices().exists(request -> request.index(sourcesIndex())).value() ? sourcesIndex() : null;
            List<String> indices = new ArrayList<>(List.of(documents, passages));
            if (sources != null) {
                indices.add(sources);
            }
            String tag = tag();
            String snapshot = "send-search-" + tag;
            String repository = layout.prefix() + "-backup-" + tag;
            Path location = staging == null ? target : staging.resolve("backup-" + tag);
            boolean created = !Files.exists(target);
            try {
                register(repository, location, false, target);
                log.info("Snapshotting {} into {}", indices, target);
                client.snapshot().create(request -> request.repository(repository).snapshot(snapshot).indices(indices)
                        .includeGlobalState(false).ignoreUnavailable(false).waitForCompletion(false));
                SnapshotInfo info = awaitSnapshot(repository, snapshot, target);
                if (!"SUCCESS".equals(info.state())) {
                    throw new BackupException("The backup into " + target + " failed: Elasticsearch ended the snapshot as "
                            + info.state() + (info.reason() == null ? "" : " (" + info.reason() + ")") + ".");
                }
                unregister(repository);
                if (staging != null) {
                    copyTree(location, target);
                }
                BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, Instant.now().truncatedTo(ChronoUnit.SECONDS)
                        .toString(), snapshot, layout.prefix(), layout.versionOf(documents).orElseThrow(), documents,
                        passages, sources, count(documents), count(passages));
                if (!Files.isDirectory(target)) {
                    throw new BackupException("The cluster wrote the snapshot into " + target + ", but this machine "
                            + "cannot see that folder, so the backup's manifest cannot be written there: use a folder "
                            + "shared between the cluster's nodes and this machine.");
                }
                manifest.write(target);
                log.info("Backed up {} documents and {} passages into {}", manifest.documents(), manifest.passages(), target);
                return new Backup(target, manifest);
            } catch (IOException | RuntimeException e) {
                unregisterQuietly(repository);
                if (staging != null) {
                    // What was copied so far: DIR is left as it was found (absent, or empty).
                    if (created) {
                        deleteTree(target);
                    } else {
                        emptyFolder(target);
                    }
                }
                throw translate(e, "The backup into " + target + " failed");
            } finally {
                if (staging != null) {
                    deleteTree(location);
                }
            }
        }
    }

    /**
     * Restores the backup in {@code directory} and swaps the aliases over to it; see the class
     * comment. {@code currentConfigVersion} is the version of the index-config in use, compared
     * with the backup's to warn when the next indexing run will rebuild.
     */
    public Restore restore(Path directory, String currentConfigVersion) throws IOException {
        Path source = directory.toAbsolutePath().normalize();
        BackupManifest manifest = BackupManifest.read(source);
        String warning = manifest.configVersion().equals(currentConfigVersion) ? null
                : "The backup in " + source + " was made with index config " + manifest.configVersion()
                + ", the current index-config/ is " + currentConfigVersion + ": it was restored as it was, and the next "
                + "send-search index or up will rebuild the indices from the source files with the current config.";
        try (IndexerLock lock = IndexerLock.acquire(client, layout, lockStaleAfter, lockMaxWait)) {
            Map<IndexKind, List<String>> live = manager.live();
            String tag = tag();
            String repository = layout.prefix() + "-restore-" + tag;
            Path location = staging == null ? source : staging.resolve("restore-" + tag);
            Map<IndexKind, String> restored = new EnumMap<>(IndexKind.class);
            boolean swapped = false;
            try {
                if (staging != null) {
                    copyTree(source, location);
                }
                register(repository, location, true, source);
                checkSnapshot(repository, manifest, source);
                log.info("Restoring the backup in {} (made {}) beside the indices in use", source, manifest.created());
                for (IndexKind kind : IndexKind.values()) {
                    String name = layout.indexName(kind, manifest.configVersion(), tag);
                    restored.put(kind, name);
                    restoreIndex(repository, manifest, manifest.index(kind), name);
                }
                awaitSearchable(List.copyOf(restored.values()), source);
                checkCounts(manifest, restored, source);
                manager.swap(new IndexManager.Plan(restored, live, true, "restore from " + source));
                swapped = true;
                boolean sourcesRestored = restoreSources(repository, manifest, source);
                if (warning != null) {
                    log.warn(warning);
                }
                log.info("Restored {} documents and {} passages from {} into {}", manifest.documents(), manifest.passages(),
                        source, restored.values());
                List<String> replaced = live.values().stream().flatMap(List::stream).toList();
                return new Restore(source, manifest, restored, replaced, sourcesRestored, warning);
            } catch (IOException | RuntimeException e) {
                if (!swapped) {
                    try {
                        manager.delete(restored.values());
                    } catch (IOException | RuntimeException cleanup) {
                        log.warn("Could not delete the partly restored indices {} ({}); the next index run will",
                                restored.values(), cleanup.toString());
                    }
                }
                throw translate(e, "The restore from " + source + " failed" + (swapped ? " after the search indices were "
                        + "restored" : "; the indices in use are unchanged"));
            } finally {
                unregisterQuietly(repository);
                if (staging != null) {
                    deleteTree(location);
                }
            }
        }
    }

    private void restoreIndex(String repository, BackupManifest manifest, String index, String renamed) throws IOException {
        // One index per request, so the rename pattern can simply match the whole name. Aliases stay
        // out: the swap moves them, in one step, once both indices are ready.
        client.snapshot().restore(request -> request.repository(repository).snapshot(manifest.snapshot())
                .indices(index).renamePattern("^.*$").renameReplacement(renamed)
                .includeAliases(false).includeGlobalState(false).waitForCompletion(false));
    }

    /**
     * Restores the sources index over the current one: it is closed (Elasticsearch restores only
     * into a closed index) and reopened if the restore fails. Not read by searches, so the moment it
     * is closed costs nothing. A backup without one leaves the current sources index as it is.
     */
    private boolean restoreSources(String repository, BackupManifest manifest, Path source) throws IOException {
        if (manifest.sourcesIndex() == null) {
            if (client.indices().exists(request -> request.index(sourcesIndex())).value()) {
                log.warn("The backup in {} has no sources index; the current {} is kept as it is", source, sourcesIndex());
            }
            return false;
        }
        boolean exists = client.indices().exists(request -> request.index(sourcesIndex())).value();
        if (exists) {
            client.indices().close(request -> request.index(sourcesIndex()));
        }
        try {
            client.snapshot().restore(request -> request.repository(repository).snapshot(manifest.snapshot())
                    .indices(manifest.sourcesIndex()).renamePattern("^.*$").renameReplacement(sourcesIndex())
                    .includeAliases(false).includeGlobalState(false).waitForCompletion(false));
            awaitSearchable(List.of(sourcesIndex()), source);
            return true;
        } catch (IOException | RuntimeException e) {
            if (exists) {
                try {
                    client.indices().open(request -> request.index(sourcesIndex()));
                } catch (IOException | RuntimeException reopen) {
                    log.warn("Could not reopen {} ({})", sourcesIndex(), reopen.toString());
                }
            }
            throw e;
        }
    }

    private void checkSnapshot(String repository, BackupManifest manifest, Path source) throws IOException {
        SnapshotInfo info;
        try {
            info = client.snapshot().get(request -> request.repository(repository).snapshot(manifest.snapshot()))
                    .snapshots().get(0);
        } catch (ElasticsearchException | ResponseException e) {
            throw new BackupException("The backup folder " + source + " is damaged: Elasticsearch cannot read the snapshot "
                    + manifest.snapshot() + " its manifest names (" + reasonOf(e) + ").", e);
        }
        List<String> wanted = new ArrayList<>(List.of(manifest.documentsIndex(), manifest.passagesIndex()));
        if (manifest.sourcesIndex() != null) {
            wanted.add(manifest.sourcesIndex());
        }
        if (!"SUCCESS".equals(info.state()) || !info.indices().containsAll(wanted)) {
            throw new BackupException("The backup folder " + source + " is damaged: its snapshot is " + info.state()
                    + " and holds " + info.indices() + ", not " + wanted + ".");
        }
    }

    private void checkCounts(BackupManifest manifest, Map<IndexKind, String> restored, Path source) throws IOException {
        long documents = count(restored.get(IndexKind.DOCUMENTS));
        long passages = count(restored.get(IndexKind.PASSAGES));
        if (documents != manifest.documents() || passages != manifest.passages()) {
            throw new BackupException("The backup folder " + source + " is damaged: the restored indices hold " + documents
                    + " documents and " + passages + " passages, its manifest says " + manifest.documents() + " and "
                    + manifest.passages() + ".");
        }
    }

    private long count(String index) throws IOException {
        return client.count(request -> request.index(index)).count();
    }

    private void register(String repository, Path location, boolean readOnly, Path folder) throws IOException {
        try {
            client.snapshot().createRepository(request -> request.name(repository).verify(!readOnly)
                    .repository(repo -> repo.fs(fs -> fs.settings(settings -> settings.location(location.toString())
                            .readonly(readOnly)))));
        } catch (ElasticsearchException | ResponseException e) {
            // A refused repository comes back as a 500, which the client may leave unparsed (ResponseException).
            String reason = reasonOf(e);
            if (reason.contains("path.repo")) {
                throw new BackupException(staging != null
                        ? "The Elasticsearch node was started without a snapshot folder (path.repo), by an older "
                        + "send-search. Stop send-search up (or the run that started the node) and try again: the node "
                        + "gets it at its next start."
                        : "The cluster refuses " + folder + " as a snapshot repository: it must be on a path every node "
                        + "of the cluster can reach, listed in their path.repo setting (" + reason + ").", e);
            }
            throw new BackupException("Could not use " + folder + " as a snapshot repository: " + reason, e);
        }
    }

    private void unregister(String repository) throws IOException {
        client.snapshot().deleteRepository(request -> request.name(repository));
    }

    private void unregisterQuietly(String repository) {
        try {
            unregister(repository);
        } catch (IOException | RuntimeException e) {
            log.debug("Repository {} not removed: {}", repository, e.toString());
        }
    }

    private SnapshotInfo awaitSnapshot(String repository, String snapshot, Path target) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            SnapshotInfo info = client.snapshot().get(request -> request.repository(repository).snapshot(snapshot))
                    .snapshots().get(0);
            if (!"IN_PROGRESS".equals(info.state()) && !"STARTED".equals(info.state())) {
                return info;
            }
            if (System.nanoTime() > deadline) {
                throw new BackupException("The backup into " + target + " did not finish within " + timeout.toMinutes()
                        + " minutes.");
            }
            pause();
        }
    }

    /**
     * Waits until every primary shard of the restored indices has started, so they answer
     * searches. (Cluster health is not enough: it counts a primary still being restored as
     * yellow.) A restore whose primaries stay unassigned, with none recovering, for ten seconds
     * has failed: Elasticsearch could not read the snapshot's files.
     */
    private void awaitSearchable(List<String> indices, Path source) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long stuckSince = -1;
        while (true) {
            List<ShardsRecord> primaries = client.cat().shards(request -> request.index(indices)
                            .h("index", "shard", "prirep", "state", "unassigned.reason")).shards().stream()
                    .filter(shard -> "p".equals(shard.prirep())).toList();
            if (!primaries.isEmpty() && primaries.stream().allMatch(shard -> "STARTED".equals(shard.state()))) {
                return;
            }
            boolean stuck = primaries.stream().anyMatch(shard -> "UNASSIGNED".equals(shard.state()))
                    && primaries.stream().noneMatch(shard -> "INITIALIZING".equals(shard.state()));
            stuckSince = !stuck ? -1 : stuckSince < 0 ? System.nanoTime() : stuckSince;
            if ((stuckSince > 0 && System.nanoTime() - stuckSince > Duration.ofSeconds(10).toNanos())
                    || System.nanoTime() > deadline) {
                String reasons = primaries.stream().map(ShardsRecord::unassignedReason).filter(java.util.Objects::nonNull)
                        .distinct().collect(java.util.stream.Collectors.joining(", "));
                throw new BackupException("Elasticsearch could not restore " + indices + " from " + source
                        + " (their shards stay unassigned" + (reasons.isEmpty() ? "" : ": " + reasons)
                        + "); the node's log says why.");
            }
            pause();
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A build tag as {@link IndexManager} makes them: base-36 milliseconds, unique enough for one layout. */
    private static String tag() {
        return Long.toString(System.currentTimeMillis(), 36);
    }

    /**
     * Checks that a folder can receive a backup: absent, or an empty folder. Callers use it before
     * starting Elasticsearch, so a wrong folder is reported at once.
     */
    public static void checkNewFolder(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new BackupException(target + " is a file; give a new folder to back up into.");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new BackupException(target + " is not empty; give a new (or empty) folder to back up into "
                        + "(a backup never writes over other files).");
            }
        } catch (IOException e) {
            throw new BackupException("Cannot read " + target + ": " + e.getMessage());
        }
    }

    private static BackupException translate(Exception e, String what) {
        if (e instanceof BackupException backup) {
            return backup;
        }
        return new BackupException(what + ": " + reasonOf(e), e);
    }

    /**
     * Elasticsearch's own reason for a refusal, from a parsed error or from the JSON body a
     * low-level response exception carries; otherwise a one-line description. Never a stack trace.
     */
    static String reasonOf(Exception e) {
        if (e instanceof ElasticsearchException es) {
            return "Elasticsearch answered " + es.error().reason()
                    + (es.error().causedBy() == null ? "" : ": " + es.error().causedBy().reason());
        }
        String message = String.valueOf(e.getMessage());
        int brace = message.indexOf('{');
        if (brace >= 0) {
            try {
                JsonNode error = JSON.readTree(message.substring(brace)).path("error");
                String reason = error.path("reason").asText("");
                String cause = error.path("caused_by").path("reason").asText("");
                if (!reason.isEmpty()) {
                    return "Elasticsearch answered " + reason + (cause.isEmpty() ? "" : ": " + cause);
                }
            } catch (IOException | RuntimeException notJson) {
                // Fall through to the plain description.
            }
        }
        return Engine.describe(e);
    }

    /**
     * Copies a folder tree. The copies are readable by others: on a root machine the node runs as
     * its own account and must read a restored repository staged by root.
     */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                    Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else {
                    Files.copy(path, copy);
                    Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void emptyFolder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            entries.toList().forEach(Snapshots::deleteTree);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not empty {} ({})", folder, e.toString());
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete {} ({})", folder, e.toString());
        }
    }
}
