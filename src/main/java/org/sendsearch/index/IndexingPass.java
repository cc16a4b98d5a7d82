package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.index.IndexedState.StoredDocument;
import org.sendsearch.ingest.CorpusWalker;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.ExtractionOutcome;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.ingest.PublishedAddresses;
import org.sendsearch.ingest.Rejection;

/**
 * One indexing run's walk over the files of the sources it refreshes, and what it found: it feeds
 * the {@link ExtractionPipeline}'s prepared files, in walk order, to the {@link CorpusDiff} (what
 * changed) and the {@link DocumentWriter} (what goes to Elasticsearch), and collects the
 * rejections and warnings for the {@link IngestReport}.
 *
 * <p>A file or folder that is still there but could not be read this time, and a source that
 * cannot be walked, keep what the index holds for them, and the reject line says so. Call
 * {@link #walk}, {@link #removeMissing}, {@link #finishWrites} in that order, on one thread, then
 * {@link #copyKeptSources} and {@link #report}.
 */
final class IndexingPass {
    private static final Logger log = LogManager.getLogger(IndexingPass.class);

    private final IndexManager.Plan plan;
    private final BulkWriter bulk;
    private final CorpusDiff diff;
    private final DocumentWriter writer;
    private final ExtractionPipeline pipeline;
    private final ProgressDisplay display;
    private final RunProgress runProgress;

    /** The sources this run walked, and those it could not (their documents are kept as they were). */
    private final Set<String> walked = new HashSet<>();

    private final Map<String, SourceState> notWalked = new HashMap<>();
    private final List<IngestReport.RejectedFile> rejected = new ArrayList<>();
    private final List<IngestReport.DocumentWarning> warnings = new ArrayList<>();
    /** The lists of published addresses whose problems are reported (one per walked folder). */
    private final Set<PublishedAddresses> addressListsSeen = Collections.newSetFromMap(new IdentityHashMap<>());

    private int filesSeen;
    private long bytesRead;

    IndexingPass(
            ElasticsearchClient client,
            IndexManager.Plan plan,
            IndexedState previous,
            BulkWriter bulk,
            Extractor extractor,
            ProgressDisplay display,
            RunProgress runProgress) {
        this.plan = plan;
        this.bulk = bulk;
        this.display = display;
        this.runProgress = runProgress;
        this.diff = new CorpusDiff(previous, plan.rebuild());
        this.writer = new DocumentWriter(
                client,
                bulk,
                plan.target().get(IndexKind.DOCUMENTS),
                plan.target().get(IndexKind.PASSAGES),
                plan.rebuild());
        this.pipeline = new ExtractionPipeline(extractor, diff);
    }

    /** Walks the sources that are there and readable, and keeps the documents of the others. */
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
        ExtractionPipeline.Totals totals = ExtractionPipeline.count(readable);
        display.start(totals.files(), totals.bytes());
        runProgress.totalFiles((int) totals.files());
        pipeline.run(readable, this::prepared);
        display.finish();
    }

    private void prepared(ExtractionPipeline.Prepared prepared) throws IOException {
        CorpusWalker.Entry entry = prepared.entry();
        reportAddressList(entry);
        if (entry.rejection() != null) {
            reject(prepared.source(), entry.rejection(), entry.root());
            return;
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
        display.fileDone(prepared.size());
    }

    /**
     * Reports the skipped lines of the list of published addresses an entry's walk read, once per
     * list: each a warning for that {@value PublishedAddresses#FILE_NAME} (its path as the source
     * folder's) with its line number, and in the log. The run goes on; the lines that are right
     * are used.
     */
    private void reportAddressList(CorpusWalker.Entry entry) {
        PublishedAddresses addresses = entry.addresses();
        if (addresses.problems().isEmpty() || !addressListsSeen.add(addresses)) {
            return;
        }
        String list = Source.normalise(entry.root().resolve(PublishedAddresses.FILE_NAME));
        for (PublishedAddresses.Problem problem : addresses.problems()) {
            log.warn("{}: {}", list, problem.message());
            warnings.add(new IngestReport.DocumentWarning(list, problem.message()));
        }
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
        int kept = diff.keepSource(source.path());
        String reason = (found == SourceState.MISSING ? "source is missing on disk" : "source cannot be read")
                + "; its " + kept + " documents are kept as they were";
        log.warn("Source {}: {}", source.path(), reason);
        rejected.add(new IngestReport.RejectedFile(source.path(), reason));
    }

    /** What this run found of a source it set out to refresh. */
    SourceState stateOf(Source source) {
        return notWalked.getOrDefault(source.path(), SourceState.INDEXED);
    }

    /** Records and writes one prepared file, in walk order. */
    private void file(ExtractionPipeline.Prepared prepared) throws IOException {
        filesSeen++;
        Path root = prepared.entry().root();
        StoredDocument stored = prepared.stored();
        if (prepared.unchanged()) {
            String path = Extractor.sourcePath(prepared.entry().file(), root);
            diff.skipped(stored);
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

    private void write(Source source, ExtractedDocument document, StoredDocument stored) throws IOException {
        String path = document.sourcePath();
        diff.rewriting(stored);
        int position = filesSeen;
        writer.write(source.path(), document, stored, () -> runProgress.confirmed(position, path));
        diff.written(stored, path, document.sha256(), document.publishedAddress());
        document.warnings().forEach(warning -> warnings.add(new IngestReport.DocumentWarning(path, warning)));
    }

    private void reject(Source source, Rejection rejection, Path root) {
        String path = root == null ? rejection.file().toString() : Extractor.sourcePath(rejection.file(), root);
        String reason = rejection.reason();
        if (root != null && !plan.rebuild()) {
            int kept = keepIndexed(source, rejection.file(), root, path);
            if (kept > 0) {
                reason += Files.isDirectory(rejection.file())
                        ? " (the " + kept + " documents indexed from it are kept)"
                        : " (the indexed version is kept)";
            }
        }
        log.warn("Rejected {}: {}", path, reason);
        rejected.add(new IngestReport.RejectedFile(path, reason));
    }

    /**
     * Keeps what the index holds for a file or folder that is still there but could not be read
     * this time (changed while being read, permission denied, over a limit ...), so a passing
     * fault loses nothing already indexed. A file that is gone is removed as usual. Returns how
     * many documents were kept.
     */
    private int keepIndexed(Source source, Path file, Path root, String path) {
        if (!Files.exists(file)) {
            return 0;
        }
        if (!Files.isDirectory(file)) {
            return diff.keepFile(source.path(), path);
        }
        boolean wholeRoot =
                file.toAbsolutePath().normalize().equals(root.toAbsolutePath().normalize());
        return diff.keepFolder(source.path(), path, wholeRoot);
    }

    /**
     * Deletes the documents of the walked sources whose file was not seen (removed, or renamed if
     * their content reappeared). A rebuild writes into new indices, so there nothing is deleted.
     */
    void removeMissing() throws IOException {
        for (CorpusDiff.Removal removal : diff.missing(walked)) {
            if (!plan.rebuild()) {
                writer.delete(removal.stored());
            }
        }
    }

    /** Waits for the last bulk requests; a file Elasticsearch refused part of is rejected, not added. */
    void finishWrites() throws IOException {
        DocumentWriter.Refusals refusals = writer.finish();
        rejected.addAll(refusals.rejected());
        refusals.notWrittenPaths().forEach(diff::notWritten);
    }

    /**
     * In a rebuild, copies the documents and passages of the sources that could not be walked
     * from the live indices into the new ones, as they were, so a missing source loses nothing.
     */
    void copyKeptSources(IndexManager manager, IndexLayout layout) throws IOException {
        if (!plan.rebuild()
                || notWalked.isEmpty()
                || plan.live().values().stream().anyMatch(List::isEmpty)) {
            return;
        }
        for (IndexKind kind : IndexKind.values()) {
            long copied =
                    manager.copySources(layout.alias(kind), plan.target().get(kind), List.copyOf(notWalked.keySet()));
            log.info("Copied {} {} of sources not on disk into the new index", copied, kind.id());
        }
    }

    IngestReport report(
            Instant startedAt, double elapsedSeconds, List<String> inputs, List<String> orphans, String indexVersion) {
        CorpusDiff.Result changes = diff.result();
        return new IngestReport(
                startedAt.toString(),
                elapsedSeconds,
                inputs,
                indexVersion,
                plan.rebuild(),
                plan.reason(),
                orphans,
                filesSeen,
                changes.added(),
                changes.updated(),
                changes.unchanged(),
                changes.removed(),
                changes.renamed(),
                List.copyOf(rejected),
                List.copyOf(warnings),
                writer.passagesWritten(),
                writer.passagesDeleted(),
                bytesRead,
                bulk.bytesSent(),
                bulk.requests(),
                bulk.nanosInBulk() / 1e9);
    }
}
