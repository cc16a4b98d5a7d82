package org.sendsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.ingest.CorpusWalker;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.ExtractionJson;
import org.sendsearch.ingest.ExtractionLimits;
import org.sendsearch.ingest.ExtractionOutcome;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.ingest.PublishedAddresses;
import org.sendsearch.ingest.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code send-search extract}: runs the extraction stage over files and folders and prints the
 * documents as JSON, without Elasticsearch.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Extract structured documents and their findings from SEND inspection letters, inspection reports, "
                    + "council reports and press releases (.txt, .md, .html/.htm, .pdf), without indexing them.",
            "",
            "Prints a JSON array to standard output, one object per document: type, area, region, title, dates "
                    + "(printed and the research date), framework, inspection and previous inspection dates, outcome "
                    + "and its value, next inspection due, Written Statement of Action, areas of significant weakness, "
                    + "priority action and improvement, revisit or monitoring verdicts, inspectors, addressees, health "
                    + "bodies, committee, warnings, the cleaned text and its passages (section, heading, polarity, "
                    + "themes, text, offsets, the partner responsible). Files that are not readable documents are listed on "
                    + "standard error, one line each: 'rejected: <path>: <reason>'.",
            "",
            "Folders are walked recursively in name order; hidden files and files named README* or SOURCES* "
                    + "are skipped.",
            "",
            "Besides --max-size, " + ExtractionLimits.DEFAULT_LIMITS + ". A file that changes while being read "
                    + "is rejected, to be read again next time.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was extracted",
            "1:fatal error (for example a bad themes.json or local-authorities.tsv)",
            "2:bad usage",
            "3:done, but some files were rejected",
            ""
        })
public final class ExtractCommand implements Callable<Integer> {
    private static final Logger log = LogManager.getLogger(ExtractCommand.class);

    /** Exit code when some files were rejected. */
    public static final int SOME_REJECTED = 3;

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            defaultValue = "corpus",
            description = "Files or folders to extract (default: ${DEFAULT-VALUE}, the bundled corpus).")
    List<Path> paths = new ArrayList<>();

    @Mixin
    ConfigMixin configOptions;

    /** The option's earlier name, still accepted. */
    @Option(names = "--config", paramLabel = "DIR", hidden = true)
    Path configDir;

    @Option(
            names = "--max-size",
            paramLabel = "MB",
            defaultValue = "50",
            description = "Reject files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    long maxMegabytes;

    @Option(names = "--pretty", description = "Indent the JSON for reading.")
    boolean pretty;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (maxMegabytes <= 0) {
            throw new IllegalArgumentException("--max-size must be a positive number of megabytes");
        }
        Extractor extractor = Extractor.fromConfig(
                configDir != null ? configDir : configOptions.config().path(), maxMegabytes * 1024 * 1024);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Rejection> rejections = new ArrayList<>();
        int documents = 0;
        try (ExtractionJson json = new ExtractionJson(out, pretty)) {
            Set<PublishedAddresses> listsSeen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (CorpusWalker.Entry entry : (Iterable<CorpusWalker.Entry>) CorpusWalker.walk(paths)::iterator) {
                if (listsSeen.add(entry.addresses())) {
                    for (PublishedAddresses.Problem problem : entry.addresses().problems()) {
                        err.println(entry.root().resolve(PublishedAddresses.FILE_NAME) + ": " + problem.message());
                    }
                }
                ExtractionOutcome outcome = extractor.extract(entry, null);
                if (outcome instanceof ExtractedDocument document) {
                    json.write(document);
                    documents++;
                } else if (outcome instanceof Rejection rejection) {
                    rejections.add(rejection);
                }
            }
        }
        out.println();
        out.flush();
        for (Rejection rejection : rejections) {
            err.println(rejection.line());
        }
        err.flush();
        log.debug("extracted {} documents, rejected {} files", documents, rejections.size());
        return rejections.isEmpty() ? 0 : SOME_REJECTED;
    }
}
