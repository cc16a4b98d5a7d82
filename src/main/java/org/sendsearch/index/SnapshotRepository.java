package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.cat.shards.ShardsRecord;
import co.elastic.clients.elasticsearch.snapshot.SnapshotInfo;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.engine.Engine;

/**
 * The Elasticsearch side of one backup or restore: a filesystem snapshot repository registered
 * under {@link #name} for as long as it runs, the snapshot taken into it or restored from it, and
 * the waits until Elasticsearch has finished. Snapshots are started without waiting for completion
 * and polled, so a long one never hits the client's socket timeout. Failures Elasticsearch reports
 * become {@link BackupException}s that say what went wrong in its words ({@link #reasonOf}).
 */
final class SnapshotRepository {
    private static final Logger log = LogManager.getLogger(SnapshotRepository.class);
    private static final Duration POLL = Duration.ofMillis(250);
    /** A restore whose primaries stay unassigned, none recovering, this long has failed. */
    private static final Duration STUCK = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElasticsearchClient client;
    private final String name;
    private final Duration timeout;

    SnapshotRepository(ElasticsearchClient client, String name, Duration timeout) {
        this.client = client;
        this.name = name;
        this.timeout = timeout;
    }

    String name() {
        return name;
    }

    /**
     * Registers the repository at {@code location} (as the node sees it). {@code folder} is the
     * user's backup folder, for messages; {@code staged} says whether location is the managed
     * node's staging folder (else the cluster was asked to use the user's folder directly).
     */
    void register(Path location, boolean readOnly, Path folder, boolean staged) throws IOException {
        try {
            client.snapshot()
                    .createRepository(request -> request.name(name)
                            .verify(!readOnly)
                            .repository(repo -> repo.fs(fs -> fs.settings(settings ->
                                    settings.location(location.toString()).readonly(readOnly)))));
        } catch (ElasticsearchException | ResponseException e) {
            // A refused repository comes back as a 500, which the client may leave unparsed (ResponseException).
            String reason = reasonOf(e);
            if (reason.contains("path.repo")) {
                throw new BackupException(
                        staged
                                ? "The Elasticsearch node was started without a snapshot folder (path.repo), by an older "
                                        + "send-search. Stop send-search up (or the run that started the node) and try again: the node "
                                        + "gets it at its next start."
                                : "The cluster refuses " + folder
                                        + " as a snapshot repository: it must be on a path every node "
                                        + "of the cluster can reach, listed in their path.repo setting (" + reason
                                        + ").",
                        e);
            }
            throw new BackupException("Could not use " + folder + " as a snapshot repository: " + reason, e);
        }
    }

    void unregister() throws IOException {
        client.snapshot().deleteRepository(request -> request.name(name));
    }

    /** Unregisters, if it was registered; a failure is only logged. */
    void unregisterQuietly() {
        try {
            unregister();
        } catch (IOException | RuntimeException e) {
            log.debug("Repository {} not removed: {}", name, e.toString());
        }
    }

    /** Snapshots {@code indices} (no global state) and waits until Elasticsearch has ended the snapshot. */
    SnapshotInfo snapshot(String snapshot, List<String> indices, Path target) throws IOException {
        client.snapshot()
                .create(request -> request.repository(name)
                        .snapshot(snapshot)
                        .indices(indices)
                        .includeGlobalState(false)
                        .ignoreUnavailable(false)
                        .waitForCompletion(false));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            SnapshotInfo info = client.snapshot()
                    .get(request -> request.repository(name).snapshot(snapshot))
                    .snapshots()
                    .get(0);
            if (!"IN_PROGRESS".equals(info.state()) && !"STARTED".equals(info.state())) {
                return info;
            }
            if (System.nanoTime() > deadline) {
                throw new BackupException(
                        "The backup into " + target + " did not finish within " + timeout.toMinutes() + " minutes.");
            }
            pause();
        }
    }

    /** Checks the backup's snapshot is there, complete, and holds the indices its manifest names. */
    void check(BackupManifest manifest, Path source) throws IOException {
        SnapshotInfo info;
        try {
            info = client.snapshot()
                    .get(request -> request.repository(name).snapshot(manifest.snapshot()))
                    .snapshots()
                    .get(0);
        } catch (ElasticsearchException | ResponseException e) {
            throw new BackupException(
                    "The backup folder " + source + " is damaged: Elasticsearch cannot read the snapshot "
                            + manifest.snapshot() + " its manifest names (" + reasonOf(e) + ").",
                    e);
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

    /**
     * Starts restoring one index of the snapshot as {@code renamed}, without its aliases (a swap
     * moves them, in one step, once both indices are ready). One index per request, so the rename
     * pattern can simply match the whole name. {@link #awaitSearchable} waits for it.
     */
    void restoreIndex(String snapshot, String index, String renamed) throws IOException {
        client.snapshot()
                .restore(request -> request.repository(name)
                        .snapshot(snapshot)
                        .indices(index)
                        .renamePattern("^.*$")
                        .renameReplacement(renamed)
                        .includeAliases(false)
                        .includeGlobalState(false)
                        .waitForCompletion(false));
    }

    /**
     * Waits until every primary shard of the restored indices has started, so they answer
     * searches. (Cluster health is not enough: it counts a primary still being restored as
     * yellow.) A restore whose primaries stay unassigned, with none recovering, for ten seconds
     * has failed: Elasticsearch could not read the snapshot's files.
     */
    void awaitSearchable(List<String> indices, Path source) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long stuckSince = -1;
        while (true) {
            List<ShardsRecord> primaries = client
                    .cat()
                    .shards(request ->
                            request.index(indices).h("index", "shard", "prirep", "state", "unassigned.reason"))
                    .shards()
                    .stream()
                    .filter(shard -> "p".equals(shard.prirep()))
                    .toList();
            if (!primaries.isEmpty() && primaries.stream().allMatch(shard -> "STARTED".equals(shard.state()))) {
                return;
            }
            boolean stuck = primaries.stream().anyMatch(shard -> "UNASSIGNED".equals(shard.state()))
                    && primaries.stream().noneMatch(shard -> "INITIALIZING".equals(shard.state()));
            stuckSince = !stuck ? -1 : stuckSince < 0 ? System.nanoTime() : stuckSince;
            if ((stuckSince > 0 && System.nanoTime() - stuckSince > STUCK.toNanos()) || System.nanoTime() > deadline) {
                String reasons = primaries.stream()
                        .map(ShardsRecord::unassignedReason)
                        .filter(Objects::nonNull)
                        .distinct()
                        .collect(Collectors.joining(", "));
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

    /**
     * Elasticsearch's own reason for a refusal, from a parsed error or from the JSON body a
     * low-level response exception carries; otherwise a one-line description. Never a stack trace.
     */
    static String reasonOf(Exception e) {
        if (e instanceof ElasticsearchException es) {
            return "Elasticsearch answered " + es.error().reason()
                    + (es.error().causedBy() == null
                            ? ""
                            : ": " + es.error().causedBy().reason());
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
}
