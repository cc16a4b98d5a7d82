package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.index.IndexedState.StoredDocument;
import org.sendsearch.ingest.CorpusWalker;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.util.Sha256;

/** The worker threads hand the files over in walk order, extracted unless unchanged; no node needed. */
class ExtractionPipelineTest {

    @Test
    void filesComeInWalkOrderAndOnlyChangedOnesAreExtracted(@TempDir Path temp) throws IOException {
        Path corpus = IndexFixtures.copyOf(IndexFixtures.bundledCorpus(), temp.resolve("corpus"));
        Source source = new Source(Source.normalise(corpus), "2026-01-01T00:00:00Z", null, null);
        List<Path> walkOrder;
        try (Stream<CorpusWalker.Entry> entries = CorpusWalker.walk(corpus)) {
            walkOrder = entries.filter(entry -> entry.rejection() == null)
                    .map(CorpusWalker.Entry::file)
                    .toList();
        }
        assertTrue(walkOrder.size() > 2, "the bundled corpus has a few files");
        Path first = walkOrder.get(0);
        Path second = walkOrder.get(1);
        StoredDocument same = new StoredDocument(
                "kept", source.path(), Extractor.sourcePath(first, corpus), Sha256.hexOf(first), 4, List.of());
        StoredDocument old = new StoredDocument(
                "old", source.path(), Extractor.sourcePath(second, corpus), "0".repeat(64), 4, List.of());
        CorpusDiff diff = new CorpusDiff(IndexedState.of(List.of(same, old)), false);
        Extractor extractor = Extractor.fromConfig(IndexFixtures.bundledConfig().path(), Extractor.DEFAULT_MAX_BYTES);

        ExtractionPipeline.Totals totals = ExtractionPipeline.count(List.of(source));
        long bytes = 0;
        for (Path file : walkOrder) {
            bytes += Files.size(file);
        }
        assertEquals(new ExtractionPipeline.Totals(walkOrder.size(), bytes), totals);

        List<ExtractionPipeline.Prepared> handed = new ArrayList<>();
        new ExtractionPipeline(extractor, diff).run(List.of(source), handed::add);

        assertEquals(walkOrder.size(), handed.size());
        for (int i = 0; i < handed.size(); i++) {
            assertEquals(walkOrder.get(i), handed.get(i).entry().file(), "walk order");
            assertSame(source, handed.get(i).source());
            assertEquals(Files.size(walkOrder.get(i)), handed.get(i).size());
        }
        assertTrue(handed.get(0).unchanged(), "same SHA-256: skipped");
        assertNull(handed.get(0).outcome(), "and not extracted");
        assertSame(same, handed.get(0).stored());
        assertFalse(handed.get(1).unchanged(), "other content: extracted again");
        assertSame(old, handed.get(1).stored());
        assertInstanceOf(ExtractedDocument.class, handed.get(1).outcome());
        assertNull(handed.get(2).stored(), "a file the index does not hold");
        assertInstanceOf(ExtractedDocument.class, handed.get(2).outcome());
    }
}
