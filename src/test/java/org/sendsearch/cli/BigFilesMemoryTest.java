package org.sendsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.ingest.ExtractionLimits;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.testing.BigFiles;
import org.sendsearch.testing.CliProcess;

/**
 * {@code extract} in a child JVM with the launcher's heap (256 MB) over files under the size limit
 * that used to exhaust it: a 30 MB and a 49 MB text file and a 45 MB HTML page (made here, never
 * committed), beside a text just under the text limit and two ordinary letters. The big files are
 * rejected for their length, the rest is extracted, and nothing runs out of memory. And when a
 * file does exhaust the heap anyway (a heap far smaller than the launcher's), it is that file's
 * rejection and the run goes on.
 */
class BigFilesMemoryTest {
    private static final Path PROJECT =
            Path.of(System.getProperty("sendsearch.project.dir", ".")).toAbsolutePath();
    private static final Path CORPUS = PROJECT.resolve("corpus");
    private static final String KNOWSLEY = "knowsley-2022-joint-area-send-inspection-letter.txt";
    private static final String LIVERPOOL = "liverpool-2019-joint-local-area-send-inspection-letter.txt";

    @Test
    void bigFilesUnderTheSizeLimitAreRejectedForTheirLengthWithinTheLaunchersHeap(@TempDir Path temp) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("folder"));
        Files.copy(CORPUS.resolve(KNOWSLEY), folder.resolve("a-knowsley.txt"));
        BigFiles.text(folder.resolve("b-30mb.txt"), BigFiles.megabytes(30), CORPUS);
        BigFiles.text(folder.resolve("c-49mb.txt"), BigFiles.megabytes(49), CORPUS);
        BigFiles.html(folder.resolve("d-45mb.html"), BigFiles.megabytes(45), CORPUS);
        BigFiles.text(
                folder.resolve("e-near-limit.txt"), ExtractionLimits.DEFAULT_MAX_TEXT_CHARACTERS - 10_000, CORPUS);
        Files.copy(CORPUS.resolve(LIVERPOOL), folder.resolve("f-liverpool.txt"));
        assertTrue(
                Files.size(folder.resolve("c-49mb.txt")) < ExtractionLimits.DEFAULT_MAX_BYTES, "under the size limit");

        long started = System.nanoTime();
        CliProcess extract =
                CliProcess.start(temp.resolve("extract.log"), "256m", List.of("extract", folder.toString()));
        int exit = extract.await(Duration.ofMinutes(2));
        String output = extract.output();
        System.out.printf(
                "big files, extract with -Xmx256m: exit %d in %d ms%n",
                exit, (System.nanoTime() - started) / 1_000_000);

        assertFalse(output.contains("OutOfMemoryError"), tail(output));
        assertEquals(ExtractCommand.SOME_REJECTED, exit, tail(output));
        String tooLong = ": text longer than " + ExtractionLimits.DEFAULT_MAX_TEXT_CHARACTERS + " characters (";
        for (String big : List.of("b-30mb.txt", "c-49mb.txt", "d-45mb.html")) {
            assertTrue(output.contains("rejected: " + folder.resolve(big) + tooLong), big + ":\n" + tail(output));
        }
        for (String extracted : List.of("a-knowsley.txt", "e-near-limit.txt", "f-liverpool.txt")) {
            assertTrue(output.contains("\"sourcePath\":\"" + extracted + "\""), extracted + ":\n" + tail(output));
        }
        assertEquals(
                3, output.lines().filter(line -> line.startsWith("rejected: ")).count(), tail(output));
    }

    @Test
    void aFileThatExhaustsTheHeapIsRejectedAndTheRunGoesOn(@TempDir Path temp) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("folder"));
        Files.copy(CORPUS.resolve(KNOWSLEY), folder.resolve("a-knowsley.txt"));
        BigFiles.text(
                folder.resolve("b-near-limit.txt"), ExtractionLimits.DEFAULT_MAX_TEXT_CHARACTERS - 10_000, CORPUS);
        Files.copy(CORPUS.resolve(LIVERPOOL), folder.resolve("c-liverpool.txt"));

        // About 60 MB are needed to extract the big file alone, 40 MB is given for everything.
        CliProcess extract =
                CliProcess.start(temp.resolve("extract.log"), "40m", List.of("extract", folder.toString()));
        int exit = extract.await(Duration.ofMinutes(2));
        String output = extract.output();

        assertEquals(ExtractCommand.SOME_REJECTED, exit, tail(output));
        assertTrue(
                output.contains("rejected: " + folder.resolve("b-near-limit.txt") + ": " + Extractor.OUT_OF_MEMORY),
                tail(output));
        for (String extracted : List.of("a-knowsley.txt", "c-liverpool.txt")) {
            assertTrue(output.contains("\"sourcePath\":\"" + extracted + "\""), extracted + ":\n" + tail(output));
        }
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : "..." + output.substring(output.length() - 4000);
    }
}
