package org.sendsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.engine.Engine;
import org.sendsearch.index.BulkWriter;
import org.sendsearch.index.IndexConfig;
import org.sendsearch.index.IndexLayout;
import org.sendsearch.index.Indexer;
import org.sendsearch.index.IndexingStoppedException;
import org.sendsearch.index.IngestReport;
import org.sendsearch.index.IngestReportStore;
import org.sendsearch.index.ProgressDisplay;
import org.sendsearch.index.SourceStore;
import org.sendsearch.index.VectorFill;
import org.sendsearch.ingest.ExtractionLimits;
import org.sendsearch.ingest.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code send-search index}: extracts the files under the given folders and loads them into
 * Elasticsearch, incrementally, then saves the report in the data folder.
 */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Extract the documents under the given folders and load them and their findings into Elasticsearch.",
            "",
            "Each folder or file given is a source the index remembers (see `send-search sources`): indexing",
            "one folder never removes the documents of another. With no FOLDER, every known source is",
            "refreshed (on a first run, the bundled corpus is added). A known source missing on disk keeps",
            "its documents and is reported.",
            "",
            "Incremental: files whose SHA-256 matches what the index holds are skipped, changed files are",
            "re-indexed with all their passages, files that disappeared are removed, renamed files are moved.",
            "A change to index-config/ (analysis.json, synonyms.txt, documents.json, passages.json) rebuilds",
            "into new indices while searches keep using the old ones, then swaps the aliases in one step.",
            "The report is printed and kept as ingest-report.json in the data folder.",
            "Besides --max-size, " + ExtractionLimits.DEFAULT_LIMITS + ". A file rejected this time (changed while",
            "being read, unreadable, over a limit) keeps what the index holds for it."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was indexed (or was already up to date)",
            "1:fatal error (Elasticsearch unreachable, bad index config, missing folder)",
            "2:bad usage",
            "3:done, but some files were rejected (listed in the report with their reasons)",
            "4:Elasticsearch stopped answering part-way; what is indexed is consistent: run again to complete",
            "5:Elasticsearch refused writes because its disk is full (flood-stage watermark); free space and run again"
        })
public final class IndexCommand implements Callable<Integer> {
    private static final Logger log = LogManager.getLogger(IndexCommand.class);
    /** The corpus shipped with the project, offered as a source on a first run. */
    static final Path BUNDLED_CORPUS = Path.of("corpus");

    @Parameters(
            paramLabel = "FOLDER",
            arity = "0..*",
            description =
                    "Files or folders to add or refresh (default: every known source; on a first run, the bundled corpus).")
    List<Path> paths = new ArrayList<>();

    @Option(
            names = "--rebuild",
            description = "Rebuild both indices from every source (behind the aliases, without downtime).")
    boolean rebuild;

    @Mixin
    ConfigMixin configOptions;

    @Option(
            names = "--max-size",
            paramLabel = "MB",
            defaultValue = "50",
            description = "Reject files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    long maxMegabytes;

    @Option(
            names = "--bulk-size",
            paramLabel = "MB",
            defaultValue = "5",
            description = "Size of each bulk request in megabytes, fractions allowed (default: ${DEFAULT-VALUE}).")
    double bulkMegabytes;

    @Option(
            names = "--retry-attempts",
            paramLabel = "N",
            hidden = true,
            description = "How many times a bulk request is tried when Elasticsearch is busy or unreachable.")
    int retryAttempts = BulkWriter.Retry.DEFAULT.maxAttempts();

    @Option(
            names = "--retry-delay",
            paramLabel = "MS",
            hidden = true,
            description = "Wait before the first retry, doubled for each next one (milliseconds).")
    long retryDelayMillis = BulkWriter.Retry.DEFAULT.firstDelayMillis();

    @Mixin
    LayoutMixin layoutOptions;

    @Mixin
    EngineMixin engineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (maxMegabytes <= 0 || !(bulkMegabytes > 0) || bulkMegabytes > 1024) {
            throw new IllegalArgumentException(
                    "--max-size and --bulk-size must be positive numbers of megabytes " + "(--bulk-size at most 1024)");
        }
        if (retryAttempts < 1 || retryDelayMillis < 0) {
            throw new IllegalArgumentException("--retry-attempts must be at least 1 and --retry-delay not negative");
        }
        BulkWriter.Retry retry =
                new BulkWriter.Retry(retryAttempts, retryDelayMillis, BulkWriter.Retry.DEFAULT.maxDelayMillis());
        ConfigDirectory config = configOptions.config();
        IndexSetup setup = IndexSetup.load(config, maxMegabytes * 1024 * 1024);
        try (Engine engine = Engine.open(engineOptions.engineOptions())) {
            Indexer indexer = setup.indexer(
                            engine,
                            layoutOptions.layout(),
                            ProgressDisplay.automatic(),
                            Math.max(1, Math.round(bulkMegabytes * 1024 * 1024)),
                            retry)
                    .withSourceStore(
                            new SourceStore(engine.client(), layoutOptions.layout(), engineOptions.dataDirectory()))
                    .withBundledCorpus(BUNDLED_CORPUS);
            IngestReport report;
            try {
                report = indexer.run(paths, rebuild);
            } catch (IndexingStoppedException e) {
                // Already logged by the indexer; the message says what happened and what to do.
                spec.commandLine().getErr().println("send-search: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return e.exitCode();
            }
            IngestReportStore.inDataDirectory(engineOptions.dataDirectory()).save(report);
            spec.commandLine().getOut().println(report.summary());
            spec.commandLine().getOut().flush();
            fillVectors(engine, layoutOptions.layout(), spec.commandLine().getErr());
            return report.exitCode();
        }
    }

    /**
     * Gives the live passages that have none their vector, once the index is published (lexical
     * search already works), reporting progress on {@code err}. A failure is logged, not fatal:
     * the next run fills in what is missing.
     */
    static void fillVectors(Engine engine, IndexLayout layout, java.io.PrintWriter err) {
        VectorFill.forLayout(engine.client(), layout).ifPresent(fill -> fillVectors(fill, err));
    }

    /**
     * How long a fill waits for the merge it started ({@link VectorFill#awaitMerge}): the
     * {@code index} command ends once the index is in its final shape, unless that takes longer.
     */
    private static final Duration MERGE_WAIT = Duration.ofMinutes(30);

    /** Runs {@code fill}, its progress on {@code err}, then waits for the merge it started; a failure is logged, never thrown. */
    static void fillVectors(VectorFill fill, java.io.PrintWriter err) {
        try {
            VectorFill.Totals totals = fill.run(t -> {
                err.printf(
                        "vectors: %d of %d passages (%d embedded, %d cached)%n",
                        t.updated(), t.missingAtStart(), t.embedded(), t.cached());
                err.flush();
            });
            log.info("{} passages given a vector, {} embedded", totals.updated(), totals.embedded());
            if (!fill.awaitMerge(MERGE_WAIT)) {
                log.info("The merge into one segment goes on in Elasticsearch after this");
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Filling in vectors failed ({}); search stays lexical where they are missing", Engine.describe(e));
        }
    }

    /** The checked config and the extractor, loaded before Elasticsearch is started or contacted. */
    record IndexSetup(IndexConfig config, Extractor extractor) {
        static IndexSetup load(ConfigDirectory directory, long maxBytes) throws IOException {
            IndexConfig config = IndexConfig.load(directory);
            return new IndexSetup(config, Extractor.fromConfig(directory.path(), maxBytes));
        }

        Indexer indexer(Engine engine, IndexLayout layout, ProgressDisplay progress, long bulkBytes) {
            return indexer(engine, layout, progress, bulkBytes, BulkWriter.Retry.DEFAULT);
        }

        Indexer indexer(
                Engine engine, IndexLayout layout, ProgressDisplay progress, long bulkBytes, BulkWriter.Retry retry) {
            return new Indexer(engine.client(), layout, config, extractor, progress, bulkBytes, retry)
                    .withElasticsearchUrl(engine.url());
        }
    }
}
