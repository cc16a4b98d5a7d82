package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.engine.Engine;
import org.sendsearch.ingest.CorpusWalker;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.ExtractionOutcome;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.ingest.Rejection;
import org.sendsearch.util.Sha256;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

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
 */
public final class Indexer {
    private static final Logger log = LogManager.getLogger(Indexer.class);
    /**
     * Files are hashed and extracted on this many threads, a few files ahead of the one being
     * written, and written in walk order. Extraction is most of an indexing run's CPU outside
     * Elasticsearch, and the bulk writer keeps one request in flight, so on two cores a second
     * thread turns Elasticsearch's waits into extraction.
     */
    static final int EXTRACTION_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** A file as a worker prepared it: unchanged (nothing to do), or extracted. */
    private record Prepared(Source source, CorpusWalker.Entry entry, long size, IndexedState.StoredDocument stored, boolean unchanged,
                            ExtractionOutcome outcome) {
    }

    private final ElasticsearchClient client;
    private final IndexLayout layout;
    private final IndexConfig config;
    private final Extractor extractor;
    private final ProgressDisplay progress;
    private final long bulkBytes;
    private final BulkWriter.Retry retry;
    private Duration lockStaleAfter = IndexerLock.DEFAULT_STALE_AFTER;
    private Duration lockMaxWait = IndexerLock.DEFAULT_MAX_WAIT;
    private String elasticsearchName = "Elasticsearch";
    private SourceStore sourceStore;
    private Path bundledCorpus;

    public Indexer(ElasticsearchClient client, IndexLayout layout, IndexConfig config, Extractor extractor,
                   ProgressDisplay progress, long bulkBytes, BulkWriter.Retry retry) {
        this.client = client;
        this.layout = layout;
        this.config = config;
        this.extractor = extractor;
        this.progress = progress;
        this.bulkBytes = bulkBytes;
        this.retry = retry;
        this.sourceStore = new SourceStore(client, layout, null);
    }

    public Indexer(ElasticsearchClient client, IndexLayout layout, IndexConfig config, Extractor extractor,
                   ProgressDisplay progress) {
        this(client, layout, config, extractor, progress, BulkWriter.DEFAULT_MAX_BYTES, BulkWriter.Retry.DEFAULT);
    }

    /** How long a silent lock holder counts as alive, and how long to wait for a live one. */
    public Indexer withLockTimings(Duration staleAfter, Duration maxWait) {
        this.lockStaleAfter = staleAfter;
        this.lockMaxWait = maxWait;
        return this;
    }

    /** Keeps the list of sources in {@code store} (with its mirror in the data folder) rather than in Elasticsearch only. */
    public Indexer withSourceStore(SourceStore store) {
        this.sourceStore = store;
        return this;
    }

    /**
     * Offers the bundled corpus: the first run of a collection (no source yet, never offered),
     * given no paths, adds it as a source. It is offered once only, so a user who removed it, or
     * started their collection from their own folders, does not get it back.
     */
    public Indexer withBundledCorpus(Path corpus) {
        this.bundledCorpus = corpus;
        return this;
    }

    /** Names Elasticsearch by its URL in messages ("Elasticsearch at http://...") rather than just "Elasticsearch". */
    public Indexer withElasticsearchUrl(URI url) {
        this.elasticsearchName = "Elasticsearch at " + url;
        return this;
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
        Tally tally = new Tally();
        IndexerLock lock;
        try {
            lock = IndexerLock.acquire(client, layout, lockStaleAfter, lockMaxWait);
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
    private RuntimeException stopped(Exception e, Tally tally) throws IOException {
        Optional<IndexingStoppedException.Reason> reason = ElasticsearchFaults.classify(e);
        if (reason.isPresent()) {
            IndexingStoppedException stop = IndexingStoppedException.of(reason.get(), elasticsearchName, tally.progress(),
                    Engine.describe(e), e);
            log.error(stop.getMessage());
            return stop;
        }
        if (e instanceof IOException io) {
            throw io;
        }
        return (RuntimeException) e;
    }

    /**
     * How far a run has got, for the message when it stops part-way: the files it set out to
     * index, and the last one Elasticsearch confirmed (updated from the bulk sender's thread).
     */
    private static final class Tally {
        private record Confirmed(int position, String path) {
        }

        private volatile int totalFiles = -1;
        private volatile Confirmed confirmed;

        void confirmed(int position, String path) {
            confirmed = new Confirmed(position, path);
        }

        IndexingStoppedException.Progress progress() {
            Confirmed last = confirmed;
            return new IndexingStoppedException.Progress(totalFiles, last == null ? 0 : last.position(),
                    last == null ? null : last.path());
        }
    }

    private IngestReport runLocked(List<Path> inputs, boolean forceRebuild, Tally tally) throws IOException {
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        SourceList known = sourceStore.load();
        if (!known.corpusOffered()) {
            // The first run of a collection: given no paths, it starts from the bundled corpus.
            if (inputs.isEmpty() && known.sources().isEmpty() && bundledCorpus != null && Files.isDirectory(bundledCorpus)) {
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
            IndexedState previous = hasLive ? IndexedState.read(client, layout.alias(IndexKind.DOCUMENTS)) : IndexedState.empty();
            Pass pass;
            try (BulkWriter bulk = new BulkWriter(client, bulkBytes, retry)) {
                pass = new Pass(plan, previous, bulk, tally);
                pass.walk(toRefresh);
                pass.removeMissing();
                pass.finishWrites();
            }
            pass.copyKeptSources(manager);
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
            IngestReport report = pass.report(startedAt, (System.nanoTime() - started) / 1e9,
                    toRefresh.stream().map(Source::path).toList(), orphans);
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

    /** One run's walk over the files and what it found. */
    private final class Pass {
        private final IndexManager.Plan plan;
        private final IndexedState previous;
        private final BulkWriter bulk;
        private final Tally tally;
        private final String documentsIndex;
        private final String passagesIndex;

        /** Ids of the documents the index held that this run accounted for: re-read, unchanged or kept. */
        private final Set<String> seen = new HashSet<>();
        /** The sources this run walked, and those it could not (their documents are kept as they were). */
        private final Set<String> walked = new HashSet<>();
        private final Map<String, SourceState> notWalked = new HashMap<>();
        private final Map<String, String> addedBySha = new HashMap<>();
        private final Map<String, String> pathById = new HashMap<>();
        private final Set<String> added = new LinkedHashSet<>();
        private final List<String> updated = new ArrayList<>();
        private final List<String> removed = new ArrayList<>();
        private final List<IngestReport.Rename> renamed = new ArrayList<>();
        private final List<IngestReport.RejectedFile> rejected = new ArrayList<>();
        private final List<IngestReport.DocumentWarning> warnings = new ArrayList<>();
        private int filesSeen;
        private int unchanged;
        private long passagesWritten;
        private long passagesDeleted;
        private long bytesRead;

        Pass(IndexManager.Plan plan, IndexedState previous, BulkWriter bulk, Tally tally) {
            this.plan = plan;
            this.previous = previous;
            this.bulk = bulk;
            this.tally = tally;
            this.documentsIndex = plan.target().get(IndexKind.DOCUMENTS);
            this.passagesIndex = plan.target().get(IndexKind.PASSAGES);
        }

        void walk(List<Source> sources) throws IOException {
            List<Source> readable = new ArrayList<>();
            for (Source source : sources) {
                SourceState found = onDisk(source.location());
                if (found == SourceState.INDEXED) {
                    readable.add(source);
                    walked.add(source.path());
                } else {
                    keepSource(source, found);
                }
            }
            long[] totals = new long[2];
            try (Stream<Walked> entries = entries(readable)) {
                entries.filter(walk -> walk.entry().rejection() == null).forEach(walk -> {
                    totals[0]++;
                    totals[1] += sizeOf(walk.entry().file());
                });
            }
            progress.start(totals[0], totals[1]);
            tally.totalFiles = (int) totals[0];
            ExecutorService workers = Executors.newFixedThreadPool(EXTRACTION_THREADS, runnable -> {
                Thread thread = new Thread(runnable, "extract");
                thread.setDaemon(true);
                return thread;
            });
            try (Stream<Walked> entries = entries(readable)) {
                Iterator<Walked> it = entries.iterator();
                Deque<Future<Prepared>> window = new ArrayDeque<>();
                while (it.hasNext() || !window.isEmpty()) {
                    while (it.hasNext() && window.size() < 2 * EXTRACTION_THREADS) {
                        Walked walk = it.next();
                        window.add(workers.submit(() -> prepare(walk.source(), walk.entry())));
                    }
                    Prepared prepared = await(window.removeFirst());
                    CorpusWalker.Entry entry = prepared.entry();
                    if (entry.rejection() != null) {
                        reject(prepared.source(), entry.rejection(), entry.root());
                        continue;
                    }
                    try {
                        file(prepared);
                    } catch (OutOfMemoryError e) {
                        // A last resort, as in the extractor: writing this file's entries needed more
                        // than the heap has. Its document entry, written last, is not sent, so the
                        // next run reads the file again; this run goes on with the next file.
                        log.error("out of memory writing {}", entry.file(), e);
                        reject(prepared.source(), new Rejection(entry.file(), Extractor.OUT_OF_MEMORY), entry.root());
                    }
                    bytesRead += prepared.size();
                    progress.fileDone(prepared.size());
                }
            } finally {
                workers.shutdownNow();
            }
            progress.finish();
        }

        /** A walked file and the source it belongs to. */
        private record Walked(Source source, CorpusWalker.Entry entry) {
        }

        private static Stream<Walked> entries(List<Source> sources) {
            return sources.stream().flatMap(source -> CorpusWalker.walk(source.location())
                    .map(entry -> new Walked(source, entry)));
        }

        /** Whether a source can be walked: there, and (for a folder) listable. */
        private static SourceState onDisk(Path location) {
            if (!Files.exists(location)) {
                return SourceState.MISSING;
            }
            return Files.isReadable(location) ? SourceState.INDEXED : SourceState.UNREADABLE;
        }

        /** A source that cannot be walked keeps all its documents; the report says so. */
        private void keepSource(Source source, SourceState found) {
            notWalked.put(source.path(), found);
            int kept = 0;
            for (IndexedState.StoredDocument stored : previous.documents()) {
                if (source.path().equals(stored.source()) && seen.add(stored.id())) {
                    kept++;
                }
            }
            String reason = (found == SourceState.MISSING ? "source is missing on disk" : "source cannot be read")
                    + "; its " + kept + " documents are kept as they were";
            log.warn("Source {}: {}", source.path(), reason);
            rejected.add(new IngestReport.RejectedFile(source.path(), reason));
        }

        /** What this run found of a source it set out to refresh. */
        SourceState stateOf(Source source) {
            return notWalked.getOrDefault(source.path(), SourceState.INDEXED);
        }

        /** What the index holds for a file of a source (a document indexed before sources were kept counts too). */
        private IndexedState.StoredDocument stored(Source source, String path) {
            IndexedState.StoredDocument stored = previous.find(source.path(), path);
            return stored != null ? stored : previous.find(null, path);
        }

        /**
         * The part of a file's work that touches nothing shared, done on a worker thread: whether it
         * is unchanged (its SHA-256 against what the index holds), and if not its extraction.
         */
        private Prepared prepare(Source source, CorpusWalker.Entry entry) {
            try {
                return prepareOrFail(source, entry);
            } catch (RuntimeException | Error e) {
                // The extractor turns its own failures into rejections; this is for the rest
                // (hashing, the look-up), so one file's failure, out of memory included, is that
                // file's rejection and the run goes on.
                log.error("preparing {} failed", entry.file(), e);
                return new Prepared(source, entry, sizeOf(entry.file()), null, false,
                        new Rejection(entry.file(), Extractor.internalError(e)));
            }
        }

        private Prepared prepareOrFail(Source source, CorpusWalker.Entry entry) {
            if (entry.rejection() != null) {
                return new Prepared(source, entry, 0, null, false, null);
            }
            long size = sizeOf(entry.file());
            IndexedState.StoredDocument stored = stored(source, Extractor.sourcePath(entry.file(), entry.root()));
            if (stored != null && !plan.rebuild() && source.path().equals(stored.source())
                    && stored.sha256().equals(Sha256.hexOfOrNull(entry.file()))) {
                return new Prepared(source, entry, size, stored, true, null);
            }
            return new Prepared(source, entry, size, stored, false,
                    extractor.extract(entry.file(), entry.root(), source.key()));
        }

        private static Prepared await(Future<Prepared> future) throws IOException {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while extracting", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IOException(e.getCause());
            }
        }

        /** Records and writes one prepared file, on the walking thread, in walk order. */
        private void file(Prepared prepared) throws IOException {
            filesSeen++;
            Path root = prepared.entry().root();
            String path = Extractor.sourcePath(prepared.entry().file(), root);
            IndexedState.StoredDocument stored = prepared.stored();
            if (prepared.unchanged()) {
                seen.add(stored.id());
                unchanged++;
                stored.warnings().forEach(warning -> warnings.add(new IngestReport.DocumentWarning(path, warning)));
                return;
            }
            ExtractionOutcome outcome = prepared.outcome();
            if (outcome instanceof ExtractedDocument document) {
                write(prepared.source(), document, stored);
            } else if (outcome instanceof Rejection rejection) {
                reject(prepared.source(), rejection, root);
            }
        }

        /**
         * Writes the passages first and the document entry last, in a later bulk request sent only
         * once Elasticsearch has acknowledged the passages ({@link BulkWriter#indexAfter}), and not
         * at all if it refused one. So the document entry, whose SHA-256 tells the next run the file
         * is indexed, is never kept without its passages, even when Elasticsearch dies mid-request.
         * A run stopped half-way leaves the old SHA-256 (or none) in place, and the next run redoes
         * the file.
         */
        private void write(Source source, ExtractedDocument document, IndexedState.StoredDocument stored) throws IOException {
            String path = document.sourcePath();
            if (stored != null) {
                seen.add(stored.id());
            }
            pathById.put(document.id(), path);
            ObjectNode entry = IndexEntries.document(document, source.path());
            List<String> written = new ArrayList<>(document.passages().size());
            List<byte[]> passages = IndexEntries.passages(document, entry);
            for (int i = 0; i < passages.size(); i++) {
                String id = document.passages().get(i).id();
                bulk.index(passagesIndex, id, passages.get(i));
                written.add(id);
            }
            passagesWritten += document.passages().size();
            if (stored != null && !plan.rebuild()) {
                if (!stored.id().equals(document.id())) {
                    deleteDocument(stored, 0);
                } else {
                    deletePassages(stored, document.passages().size());
                }
            }
            int position = filesSeen;
            bulk.indexAfter(documentsIndex, document.id(), IndexEntries.bytes(entry), written,
                    () -> tally.confirmed(position, path));
            if (stored == null) {
                added.add(path);
                addedBySha.putIfAbsent(document.sha256(), path);
            } else if (stored.sha256().equals(document.sha256())) {
                unchanged++;
            } else {
                updated.add(path);
            }
            document.warnings().forEach(warning -> warnings.add(new IngestReport.DocumentWarning(path, warning)));
        }

        private void reject(Source source, Rejection rejection, Path root) {
            String path = root == null ? rejection.file().toString() : Extractor.sourcePath(rejection.file(), root);
            String reason = rejection.reason();
            if (root != null && !plan.rebuild()) {
                int kept = keepIndexed(source, rejection.file(), root, path);
                if (kept > 0) {
                    reason += Files.isDirectory(rejection.file())
                            ? " (the " + kept + " documents indexed from it are kept)" : " (the indexed version is kept)";
                }
            }
            log.warn("Rejected {}: {}", path, reason);
            rejected.add(new IngestReport.RejectedFile(path, reason));
        }

        /**
         * Keeps what the index holds for a file or folder that is still there but could not be read
         * this time (changed while being read, permission denied, over a limit ...), so a passing
         * fault loses nothing already indexed; the reject line says so. A file that is gone is
         * removed as usual. Returns how many documents were kept.
         */
        private int keepIndexed(Source source, Path file, Path root, String path) {
            if (!Files.exists(file)) {
                return 0;
            }
            if (!Files.isDirectory(file)) {
                IndexedState.StoredDocument stored = stored(source, path);
                return stored != null && seen.add(stored.id()) ? 1 : 0;
            }
            boolean wholeRoot = file.toAbsolutePath().normalize().equals(root.toAbsolutePath().normalize());
            int kept = 0;
            for (IndexedState.StoredDocument stored : previous.documents()) {
                if (source.path().equals(stored.source())
                        && (wholeRoot || stored.sourcePath().startsWith(path + "/")) && seen.add(stored.id())) {
                    kept++;
                }
            }
            return kept;
        }

        /**
         * Documents of the walked sources whose file was not seen: removed, or renamed if their
         * content reappeared. A rebuild keeps only what it walked or copied, so there every document
         * not accounted for is gone; otherwise the documents of sources not walked stay.
         */
        void removeMissing() throws IOException {
            for (IndexedState.StoredDocument stored : previous.documents()) {
                if (seen.contains(stored.id())) {
                    continue;
                }
                if (!plan.rebuild() && !walked.contains(stored.source())) {
                    continue;
                }
                if (!plan.rebuild()) {
                    deleteDocument(stored, 0);
                }
                String newPath = addedBySha.get(stored.sha256());
                if (newPath != null && added.remove(newPath)) {
                    renamed.add(new IngestReport.Rename(stored.sourcePath(), newPath));
                } else {
                    removed.add(stored.sourcePath());
                }
            }
        }

        /**
         * In a rebuild, copies the documents and passages of the sources that could not be walked
         * from the live indices into the new ones, as they were, so a missing source loses nothing.
         */
        void copyKeptSources(IndexManager manager) throws IOException {
            if (!plan.rebuild() || notWalked.isEmpty() || plan.live().values().stream().anyMatch(List::isEmpty)) {
                return;
            }
            for (IndexKind kind : IndexKind.values()) {
                long copied = manager.copySources(layout.alias(kind), plan.target().get(kind), List.copyOf(notWalked.keySet()));
                log.info("Copied {} {} of sources not on disk into the new index", copied, kind.id());
            }
        }

        /**
         * Passages first, the document entry last and only once they are gone, so a run stopped
         * half-way leaves the entry that lets the next run find and delete the rest.
         */
        private void deleteDocument(IndexedState.StoredDocument stored, int keepPassages) throws IOException {
            List<String> deleted = deletePassages(stored, keepPassages);
            bulk.deleteAfter(documentsIndex, stored.id(), deleted, null);
        }

        private List<String> deletePassages(IndexedState.StoredDocument stored, int from) throws IOException {
            List<String> ids = new ArrayList<>();
            for (int ordinal = from; ordinal < stored.passageCount(); ordinal++) {
                String id = IndexEntries.passageId(stored.id(), ordinal);
                bulk.delete(passagesIndex, id);
                ids.add(id);
                passagesDeleted++;
            }
            return ids;
        }

        /**
         * Waits for the last bulk requests. A file any of whose passages Elasticsearch refused is
         * reported as rejected; its new document entry was never sent, and an older entry for it is
         * taken out, so the index never claims (by its SHA-256) to hold a file it holds only in
         * part: the next run retries the file.
         */
        void finishWrites() throws IOException {
            bulk.finish();
            Set<String> incompleteDocuments = new LinkedHashSet<>();
            for (BulkWriter.Failure failure : bulk.failures()) {
                String path = pathOf(failure.id());
                rejected.add(new IngestReport.RejectedFile(path, "Elasticsearch refused it (" + failure.status() + " "
                        + failure.reason() + ")"));
                if (failure.index().equals(passagesIndex) && failure.id().lastIndexOf('-') > 0) {
                    incompleteDocuments.add(failure.id().substring(0, failure.id().lastIndexOf('-')));
                }
            }
            for (String documentId : incompleteDocuments) {
                log.warn("Taking document {} out of the index: some of its passages were refused", documentId);
                client.delete(request -> request.index(documentsIndex).id(documentId));
                String path = pathById.get(documentId);
                if (path != null) {
                    added.remove(path);
                    updated.remove(path);
                }
            }
        }

        /**
         * The file an operation's id came from: a document's id is kept with its path; a passage's
         * is its document's id and ordinal. (Keeping every passage id would hold a third of a
         * million strings in memory for a 10,000-document run, for the rare refused one.)
         */
        private String pathOf(String id) {
            String path = pathById.get(id);
            if (path == null && id.lastIndexOf('-') > 0) {
                path = pathById.get(id.substring(0, id.lastIndexOf('-')));
            }
            return path == null ? id : path;
        }

        IngestReport report(Instant startedAt, double elapsedSeconds, List<String> inputs, List<String> orphans) {
            return new IngestReport(startedAt.toString(), elapsedSeconds, inputs,
                    config.version(), plan.rebuild(), plan.reason(), orphans, filesSeen, List.copyOf(added),
                    List.copyOf(updated), unchanged, List.copyOf(removed), List.copyOf(renamed), List.copyOf(rejected),
                    List.copyOf(warnings), passagesWritten, passagesDeleted, bytesRead, bulk.bytesSent(),
                    bulk.requests(), bulk.nanosInBulk() / 1e9);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
