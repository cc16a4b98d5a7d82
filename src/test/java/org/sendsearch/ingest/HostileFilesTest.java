package org.sendsearch.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files a shared server meets in the wild: one far larger than any letter, one that disappears
 * between the walk and the read. Each becomes one reject with a reason; the good file beside them
 * is still extracted.
 */
class HostileFilesTest {
    @Test
    void aTwoHundredMegabyteFileIsRejectedWithoutBeingRead(@TempDir Path folder) throws IOException {
        Path huge = folder.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: costs no disk, reads as 200 MB of NULs
        }
        long started = System.nanoTime();
        ExtractionOutcome outcome = TestCorpus.extractor().extract(huge, folder);
        Rejection rejection = assertInstanceOf(Rejection.class, outcome);
        assertTrue(rejection.reason().contains("larger than"), rejection.reason());
        assertTrue((System.nanoTime() - started) / 1_000_000 < 2_000, "the size is checked before reading");
    }

    @Test
    void aFileThatVanishesBeforeItIsReadIsReportedAndTheRestGoOn(@TempDir Path folder) throws IOException {
        Files.copy(TestCorpus.CORPUS.resolve("st-helens-2018-joint-local-area-send-inspection-letter.txt"),
                folder.resolve("st-helens.txt"));
        Path doomed = folder.resolve("vanishing.txt");
        Files.writeString(doomed, "Joint local area SEND inspection in Wirral\n\nMain findings\n\n- Leaders are strong.\n");
        List<CorpusWalker.Entry> entries;
        try (var walk = CorpusWalker.walk(folder)) {
            entries = walk.toList();
        }
        Files.delete(doomed);
        List<ExtractionOutcome> outcomes = entries.stream()
                .map(entry -> TestCorpus.extractor().extract(entry.file(), entry.root()))
                .toList();
        assertEquals(2, outcomes.size());
        Rejection vanished = outcomes.stream().filter(Rejection.class::isInstance).map(Rejection.class::cast)
                .findFirst().orElseThrow();
        assertEquals(doomed, vanished.file());
        assertEquals("file vanished while being read", vanished.reason());
        assertTrue(outcomes.stream().anyMatch(ExtractedDocument.class::isInstance), "the good file is still extracted");
    }
}
