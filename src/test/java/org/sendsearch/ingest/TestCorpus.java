package org.sendsearch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.sendsearch.config.ConfigDirectory;

/** Shared fixtures: the project folders, one extractor for all tests, and helpers. */
final class TestCorpus {
    static final Path PROJECT =
            Path.of(System.getProperty("sendsearch.project.dir", ".")).toAbsolutePath();
    static final Path CORPUS = PROJECT.resolve("corpus");
    static final Path CONFIG = PROJECT.resolve("index-config");
    static final Path FIXTURES = PROJECT.resolve("src/test/resources/ingest");

    private static Extractor extractor;

    private TestCorpus() {}

    static synchronized Extractor extractor() {
        if (extractor == null) {
            try {
                extractor = Extractor.fromConfig(CONFIG, Extractor.DEFAULT_MAX_BYTES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return extractor;
    }

    /** The extraction rules of the bundled {@code index-config/}. */
    static ExtractionRules rules() {
        return ExtractionRules.load(new ConfigDirectory(CONFIG));
    }

    static ExtractedDocument document(Path file, Path root) {
        ExtractionOutcome outcome = extractor().extract(file, root);
        if (outcome instanceof Rejection rejection) {
            throw new AssertionError("unexpected reject: " + rejection.line());
        }
        return (ExtractedDocument) outcome;
    }

    static ExtractedDocument corpus(String fileName) {
        return document(CORPUS.resolve(fileName), CORPUS);
    }

    static Rejection rejection(Extractor extractor, Path file) {
        ExtractionOutcome outcome = extractor.extract(file, file.getParent());
        if (outcome instanceof ExtractedDocument) {
            throw new AssertionError("expected a reject: " + file);
        }
        return (Rejection) outcome;
    }

    /** "section/polarity" -> count, over the findings (standard text left out). */
    static Map<String, Integer> counts(ExtractedDocument document) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Passage passage : document.passages()) {
            if (passage.standard()) {
                continue;
            }
            counts.merge(passage.section().id() + "/" + passage.polarity().id(), 1, Integer::sum);
        }
        return counts;
    }

    static Passage passageStartingWith(ExtractedDocument document, String start) {
        return document.passages().stream()
                .filter(p -> p.text().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no passage starts with: " + start));
    }
}
