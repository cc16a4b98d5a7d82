package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.engine.Engine;
import org.sendsearch.ingest.Extractor;

/**
 * Brings the two indices in line with the files of the collection's {@link Source sources}, one
 * file at a time.
 *
 * <p>A run refreshes the sources it is given (adding the new ones to the {@link SourceList}), or
 * every known source when given none. Only the documents of a refreshed source can be removed:
 * indexing folder B never touches the documents of folder A. A known source that is missing or
 * unreadable keeps its documents, and is reported among the rejections. A rebuild refreshes every
 * source; the documents of a missing one are copied into the new indices as they were.
 *
 * <p>Incremental by default: what the documents index holds ({@link IndexedState}) is compared
 * with the files. A file whose SHA-256 matches is skipped without being extracted; a changed file
 * replaces its document and passages (passages beyond the new count are deleted by id); a file
 * gone from the folders is removed with its passages; a file that reappears under a new path with
 * the same content is reported as renamed. Ids are stable, so running twice never duplicates.
 * A file that is still there but rejected this time (changed while being read, unreadable, over a
 * limit), or a folder that cannot be listed, keeps what the index holds for it: nothing already
 * indexed is lost to a passing fault, and the reject line says the indexed version was kept.
 *
 * <p>When the index config changed, or a rebuild is asked for, everything is written into new
 * indices while the old ones keep serving, and {@link IndexManager#swap} switches both aliases in
 * one step at the end. A build that fails deletes its half-built indices (or, if killed, leaves
 * them for the next run's clean-up); the aliases never point at them.
 *
 * <p>This class holds the run's frame: the lock, the sources, the plan of indices, the swap and the
 * report. The walk itself is an {@link IndexingPass}: an {@link ExtractionPipeline} prepares the
 * files, a {@link CorpusDiff} decides what changed, and a {@link DocumentWriter} writes it.
 */
public final class Indexer {
    private static final Logger log = LogManager.getLogger(Indexer.class);

    private final ElasticsearchClient client;
    private final IndexLayout layout;
    private final IndexConfig config;
    private final Extractor extractor;
    private final ProgressDisplay progress;
    private final long bulkBytes;
    private final BulkWriter.Retry retry;
    private final Options options;

    /** The settings the {@code with...} methods change, each returning a new indexer. */
    private record Options(
            Duration lockStaleAfter,
            Duration lockMaxWait,
            String elasticsearchName,
            SourceStore sourceStore,
            Path bundledCorpus) {}

    public Indexer(
            ElasticsearchClient client,
            IndexLayout layout,
            IndexConfig config,
            Extractor extractor,
            ProgressDisplay progress,
            long bulkBytes,
            BulkWriter.Retry retry) {
        this(
                client,
                layout,
                config,
                extractor,
                progress,
                bulkBytes,
                retry,
                new Options(
                        IndexerLock.DEFAULT_STALE_AFTER,
                        IndexerLock.DEFAULT_MAX_WAIT,
                        "Elasticsearch",
                        new SourceStore(client, layout, null),
                        null));
    }

    private Indexer(
            ElasticsearchClient client,
            IndexLayout layout,
            IndexConfig config,
            Extractor extractor,
            ProgressDisplay progress,
            long bulkBytes,
            BulkWriter.Retry retry,
            Options options) {
        this.client = client;
        this.layout = layout;
        this.config = config;
        this.extractor = extractor;
        this.progress = progress;
        this.bulkBytes = bulkBytes;
        this.retry = retry;
        this.options = options;
    }

    private Indexer with(Options changed) {
        return new Indexer(client, layout, config, extractor, progress, bulkBytes, retry, changed);
    }

    public Indexer(
            ElasticsearchClient client,
            IndexLayout layout,
            IndexConfig config,
            Extractor extractor,
            ProgressDisplay progress) {
        this(client, layout, config, extractor, progress, BulkWriter.DEFAULT_MAX_BYTES, BulkWriter.Retry.DEFAULT);
    }

    /** How long a silent lock holder counts as alive, and how long to wait for a live one. */
    public Indexer withLockTimings(Duration staleAfter, Duration maxWait) {
        return with(new Options(
                staleAfter, maxWait, options.elasticsearchName(), options.sourceStore(), options.bundledCorpus()));
    }

    /** Keeps the list of sources in {@code store} (with its mirror in the data folder) rather than in Elasticsearch only. */
    public Indexer withSourceStore(SourceStore store) {
        return with(new Options(
                options.lockStaleAfter(),
                options.lockMaxWait(),
                options.elasticsearchName(),
                store,
                options.bundledCorpus()));
    }

    /**
     * Offers the bundled corpus: the first run of a collection (no source yet, never offered),
     * given no paths, adds it as a source. It is offered once only, so a user who removed it, or
     * started their collection from their own folders, does not get it back.
     */
    public Indexer withBundledCorpus(Path corpus) {
        return with(new Options(
                options.lockStaleAfter(),
                options.lockMaxWait(),
                options.elasticsearchName(),
                options.sourceStore(),
                corpus));
    }

    /** Names Elasticsearch by its URL in messages ("Elasticsearch at http://...") rather than just "Elasticsearch". */
    public Indexer withElasticsearchUrl(URI url) {
        return with(new Options(
                options.lockStaleAfter(),
                options.lockMaxWait(),
                "Elasticsearch at " + url,
                options.sourceStore(),
                options.bundledCorpus()));
    }

    /**
     * Adds or refreshes the sources {@code inputs} (every known source when empty), holding the
     * {@link IndexerLock} meanwhile. Files that cannot be read are only reported. Throws
     * {@link IndexingStoppedException} when Elasticsearch stops answering (after the bulk writer's
     * retries) or refuses writes because its disk is full, {@link IllegalArgumentException} for an
     * input that is not there and is not a known source, or that holds known sources, and other
     * exceptions on other fatal errors (bad index config).
     */
    public IngestReport run(List<Path> inputs, boolean forceRebuild) throws IOException {
        RunProgress tally = new RunProgress();
        IndexerLock lock;
        try {
            lock = IndexerLock.acquire(client, layout, options.lockStaleAfter(), options.lockMaxWait());
        } catch (IOException | RuntimeException e) {
            throw stopped(e, tally);
        }
        try {
            return runLocked(inputs, forceRebuild, tally);
        } catch (IOException | RuntimeException e) {
            throw stopped(e, tally);
        } finally {
            lock.close();
        }
    }

    /**
     * {@code e} as an {@link IndexingStoppedException} when it means Elasticsearch went away or its
     * disk is full; otherwise {@code e} itself, rethrown.
     */
    private RuntimeException stopped(Exception e, RunProgress tally) throws IOException {
        Optional<IndexingStoppedException.Reason> reason = ElasticsearchFaults.classify(e);
        if (reason.isPresent()) {
            IndexingStoppedException stop = IndexingStoppedException.of(
                    reason.get(), options.elasticsearchName(), tally.progress(), Engine.describe(e), e);
            log.error(stop.getMessage());
            return stop;
        }
        if (e instanceof IOException io) {
            throw io;
        }
        return (RuntimeException) e;
    }

    private IngestReport runLocked(List<Path> inputs, boolean forceRebuild, RunProgress tally) throws IOException {
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        SourceStore sourceStore = options.sourceStore();
        Path bundledCorpus = options.bundledCorpus();
        SourceList known = sourceStore.load();
        if (!known.corpusOffered()) {
            // The first run of a collection: given no paths, it starts from the bundled corpus.
            if (inputs.isEmpty()
                    && known.sources().isEmpty()
                    && bundledCorpus != null
                    && Files.isDirectory(bundledCorpus)) {
                log.info("Adding the bundled corpus {} as a source (first run)", Source.normalise(bundledCorpus));
                inputs = List.of(bundledCorpus);
            }
            known = known.withCorpusOffered();
        }
        SourceSelection selection = SourceSelection.of(known, inputs, startedAt.toString());
        IndexManager manager = new IndexManager(client, layout);
        List<String> orphans = manager.deleteOrphans();
        IndexManager.Plan plan = manager.prepare(config, forceRebuild);
        // New sources are listed before their first document is written, so a run stopped
        // half-way never leaves documents that no source owns.
        sourceStore.save(selection.sources());
        List<Source> toRefresh = plan.rebuild() ? selection.sources().sources() : selection.requested();
        try {
            boolean hasLive = plan.live().values().stream().noneMatch(List::isEmpty);
            IndexedState previous =
                    hasLive ? IndexedState.read(client, layout.alias(IndexKind.DOCUMENTS)) : IndexedState.empty();
            IndexingPass pass;
            try (BulkWriter bulk = new BulkWriter(client, bulkBytes, retry)) {
                pass = new IndexingPass(client, plan, previous, bulk, extractor, progress, tally);
                pass.walk(toRefresh);
                pass.removeMissing();
                pass.finishWrites();
            }
            pass.copyKeptSources(manager, layout);
            if (plan.rebuild()) {
                manager.finishBuild(plan, config);
            }
            manager.refresh(plan.target().values());
            if (plan.rebuild()) {
                manager.flush(plan.target().values());
                manager.swap(plan);
            }
            SourceList after = selection.sources();
            for (Source source : toRefresh) {
                after = after.with(source.refreshed(Instant.now().toString(), pass.stateOf(source)));
            }
            sourceStore.save(after);
            IngestReport report = pass.report(
                    startedAt,
                    (System.nanoTime() - started) / 1e9,
                    toRefresh.stream().map(Source::path).toList(),
                    orphans,
                    config.version());
            log.info(report.summary());
            return report;
        } catch (IOException | RuntimeException | Error e) {
            if (plan.rebuild()) {
                try {
                    manager.delete(plan.target().values());
                } catch (IOException | RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
    }
}
