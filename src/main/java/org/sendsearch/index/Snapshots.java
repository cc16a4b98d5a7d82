package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.snapshot.SnapshotInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

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
 *
 * <p>This class holds the steps and what is undone when one fails; the calls to Elasticsearch are
 * a {@link SnapshotRepository}'s, the copying and clean-up of folders {@link BackupFolders}'.
 */
public final class Snapshots {
    private static final Logger log = LogManager.getLogger(Snapshots.class);
    /** How long one snapshot, or one restore, may take. */
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final ElasticsearchClient client;
    private final IndexLayout layout;
    private final IndexManager manager;
    private final Path staging; // the node's path.repo folder, or null: register the backup folder itself
    private final Duration lockStaleAfter;
    private final Duration lockMaxWait;

    /** What a backup wrote. */
    public record Backup(Path directory, BackupManifest manifest) {}

    /**
     * What a restore did.
     *
     * @param live          the indices the aliases point at now
     * @param replaced      the indices they pointed at before (deleted)
     * @param configWarning null, or why the next indexing run will rebuild
     */
    public record Restore(
            Path directory,
            BackupManifest manifest,
            Map<IndexKind, String> live,
            List<String> replaced,
            boolean sourcesRestored,
            String configWarning) {}

    /**
     * @param staging the managed node's snapshot folder (in its {@code path.repo}), or null on an
     *                existing cluster, where the backup folder is registered directly
     */
    public Snapshots(ElasticsearchClient client, IndexLayout layout, Path staging) {
        this(client, layout, staging, IndexerLock.DEFAULT_STALE_AFTER, IndexerLock.DEFAULT_MAX_WAIT);
    }

    private Snapshots(
            ElasticsearchClient client,
            IndexLayout layout,
            Path staging,
            Duration lockStaleAfter,
            Duration lockMaxWait) {
        this.client = client;
        this.layout = layout;
        this.manager = new IndexManager(client, layout);
        this.staging = staging;
        this.lockStaleAfter = lockStaleAfter;
        this.lockMaxWait = lockMaxWait;
    }

    /** These snapshots with other timings for the indexing lock: how long to wait, and when a silent holder counts as gone. */
    public Snapshots withLockTimings(Duration staleAfter, Duration maxWait) {
        return new Snapshots(client, layout, staging, staleAfter, maxWait);
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
                            + (live.get(kind).isEmpty()
                                    ? "no index yet (run send-search index first)."
                                    : "the alias " + layout.alias(kind) + " points at several indices " + live.get(kind)
                                            + " (run send-search index to finish the interrupted build first)."));
                }
            }
            String documents = live.get(IndexKind.DOCUMENTS).get(0);
            String passages = live.get(IndexKind.PASSAGES).get(0);
            String sources = client.indices()
                            .exists(request -> request.index(sourcesIndex()))
                            .value()
                    ? sourcesIndex()
                    : null;
            List<String> indices = new ArrayList<>(List.of(documents, passages));
            if (sources != null) {
                indices.add(sources);
            }
            String tag = tag();
            String snapshot = "send-search-" + tag;
            SnapshotRepository repository = new SnapshotRepository(client, layout.prefix() + "-backup-" + tag, TIMEOUT);
            Path location = staging == null ? target : staging.resolve("backup-" + tag);
            boolean created = !Files.exists(target);
            try {
                repository.register(location, false, target, staging != null);
                log.info("Snapshotting {} into {}", indices, target);
                SnapshotInfo info = repository.snapshot(snapshot, indices, target);
                if (!"SUCCESS".equals(info.state())) {
                    throw new BackupException(
                            "The backup into " + target + " failed: Elasticsearch ended the snapshot as " + info.state()
                                    + (info.reason() == null ? "" : " (" + info.reason() + ")") + ".");
                }
                repository.unregister();
                if (staging != null) {
                    BackupFolders.copyTree(location, target);
                }
                BackupManifest manifest = new BackupManifest(
                        BackupManifest.FORMAT,
                        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                        snapshot,
                        layout.prefix(),
                        layout.versionOf(documents).orElseThrow(),
                        documents,
                        passages,
                        sources,
                        count(documents),
                        count(passages));
                if (!Files.isDirectory(target)) {
                    throw new BackupException("The cluster wrote the snapshot into " + target + ", but this machine "
                            + "cannot see that folder, so the backup's manifest cannot be written there: use a folder "
                            + "shared between the cluster's nodes and this machine.");
                }
                manifest.write(target);
                log.info(
                        "Backed up {} documents and {} passages into {}",
                        manifest.documents(),
                        manifest.passages(),
                        target);
                return new Backup(target, manifest);
            } catch (IOException | RuntimeException e) {
                repository.unregisterQuietly();
                if (staging != null) {
                    // What was copied so far: DIR is left as it was found (absent, or empty).
                    if (created) {
                        BackupFolders.deleteTree(target);
                    } else {
                        BackupFolders.emptyFolder(target);
                    }
                }
                throw translate(e, "The backup into " + target + " failed");
            } finally {
                if (staging != null) {
                    BackupFolders.deleteTree(location);
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
        String warning = manifest.configVersion().equals(currentConfigVersion)
                ? null
                : "The backup in " + source + " was made with index config " + manifest.configVersion()
                        + ", the current index-config/ is " + currentConfigVersion
                        + ": it was restored as it was, and the next "
                        + "send-search index or up will rebuild the indices from the source files with the current config.";
        try (IndexerLock lock = IndexerLock.acquire(client, layout, lockStaleAfter, lockMaxWait)) {
            Map<IndexKind, List<String>> live = manager.live();
            String tag = tag();
            SnapshotRepository repository =
                    new SnapshotRepository(client, layout.prefix() + "-restore-" + tag, TIMEOUT);
            Path location = staging == null ? source : staging.resolve("restore-" + tag);
            Map<IndexKind, String> restored = new EnumMap<>(IndexKind.class);
            boolean swapped = false;
            try {
                if (staging != null) {
                    BackupFolders.copyTree(source, location);
                }
                repository.register(location, true, source, staging != null);
                repository.check(manifest, source);
                log.info("Restoring the backup in {} (made {}) beside the indices in use", source, manifest.created());
                for (IndexKind kind : IndexKind.values()) {
                    String name = layout.indexName(kind, manifest.configVersion(), tag);
                    restored.put(kind, name);
                    repository.restoreIndex(manifest.snapshot(), manifest.index(kind), name);
                }
                repository.awaitSearchable(List.copyOf(restored.values()), source);
                checkCounts(manifest, restored, source);
                manager.swap(new IndexManager.Plan(restored, live, true, "restore from " + source));
                swapped = true;
                boolean sourcesRestored = restoreSources(repository, manifest, source);
                if (warning != null) {
                    log.warn(warning);
                }
                log.info(
                        "Restored {} documents and {} passages from {} into {}",
                        manifest.documents(),
                        manifest.passages(),
                        source,
                        restored.values());
                List<String> replaced =
                        live.values().stream().flatMap(List::stream).toList();
                return new Restore(source, manifest, restored, replaced, sourcesRestored, warning);
            } catch (IOException | RuntimeException e) {
                if (!swapped) {
                    try {
                        manager.delete(restored.values());
                    } catch (IOException | RuntimeException cleanup) {
                        log.warn(
                                "Could not delete the partly restored indices {} ({}); the next index run will",
                                restored.values(),
                                cleanup.toString());
                    }
                }
                throw translate(
                        e,
                        "The restore from " + source + " failed"
                                + (swapped
                                        ? " after the search indices were " + "restored"
                                        : "; the indices in use are unchanged"));
            } finally {
                repository.unregisterQuietly();
                if (staging != null) {
                    BackupFolders.deleteTree(location);
                }
            }
        }
    }

    /**
     * Restores the sources index over the current one: it is closed (Elasticsearch restores only
     * into a closed index) and reopened if the restore fails. Not read by searches, so the moment it
     * is closed costs nothing. A backup without one leaves the current sources index as it is.
     */
    private boolean restoreSources(SnapshotRepository repository, BackupManifest manifest, Path source)
            throws IOException {
        if (manifest.sourcesIndex() == null) {
            if (client.indices()
                    .exists(request -> request.index(sourcesIndex()))
                    .value()) {
                log.warn(
                        "The backup in {} has no sources index; the current {} is kept as it is",
                        source,
                        sourcesIndex());
            }
            return false;
        }
        boolean exists = client.indices()
                .exists(request -> request.index(sourcesIndex()))
                .value();
        if (exists) {
            client.indices().close(request -> request.index(sourcesIndex()));
        }
        try {
            repository.restoreIndex(manifest.snapshot(), manifest.sourcesIndex(), sourcesIndex());
            repository.awaitSearchable(List.of(sourcesIndex()), source);
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

    private void checkCounts(BackupManifest manifest, Map<IndexKind, String> restored, Path source) throws IOException {
        long documents = count(restored.get(IndexKind.DOCUMENTS));
        long passages = count(restored.get(IndexKind.PASSAGES));
        if (documents != manifest.documents() || passages != manifest.passages()) {
            throw new BackupException("The backup folder " + source + " is damaged: the restored indices hold "
                    + documents
                    + " documents and " + passages + " passages, its manifest says " + manifest.documents() + " and "
                    + manifest.passages() + ".");
        }
    }

    private long count(String index) throws IOException {
        return client.count(request -> request.index(index)).count();
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
        BackupFolders.checkNewFolder(target);
    }

    private static BackupException translate(Exception e, String what) {
        if (e instanceof BackupException backup) {
            return backup;
        }
        return new BackupException(what + ": " + SnapshotRepository.reasonOf(e), e);
    }
}
