package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.cli.ExtractCommand;
import org.sendsearch.testing.ChildCli;
import org.sendsearch.testing.TestNodes;

/**
 * Files a shared server meets in the wild: one far larger than any letter, one that disappears
 * between the walk and the read, one rewritten while it is read, a folder and a file that cannot
 * be read. Each becomes one reject with a reason; the good files beside them are still extracted.
 * (PDF bombs: {@link PdfBombTest}; a symbolic-link loop: {@link CorpusWalkerTest}.)
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
        Files.copy(
                TestCorpus.CORPUS.resolve("st-helens-2018-joint-local-area-send-inspection-letter.txt"),
                folder.resolve("st-helens.txt"));
        Path doomed = folder.resolve("vanishing.txt");
        Files.writeString(
                doomed, "Joint local area SEND inspection in Wirral\n\nMain findings\n\n- Leaders are strong.\n");
        List<CorpusWalker.Entry> entries;
        try (var walk = CorpusWalker.walk(folder)) {
            entries = walk.toList();
        }
        Files.delete(doomed);
        List<ExtractionOutcome> outcomes = entries.stream()
                .map(entry -> TestCorpus.extractor().extract(entry.file(), entry.root()))
                .toList();
        assertEquals(2, outcomes.size());
        Rejection vanished = outcomes.stream()
                .filter(Rejection.class::isInstance)
                .map(Rejection.class::cast)
                .findFirst()
                .orElseThrow();
        assertEquals(doomed, vanished.file());
        assertEquals("file vanished while being read", vanished.reason());
        assertTrue(outcomes.stream().anyMatch(ExtractedDocument.class::isInstance), "the good file is still extracted");
    }

    /**
     * A writer rewrites a file in place over and over, alternating two versions of the same size
     * that differ at the start and at the end, while the extractor reads it. Every attempt is
     * either rejected as changed or is exactly one version, never a mix; and once the writer
     * stops, the next attempt reads it. Rejects are all but certain while the writer runs (every
     * read overlaps a rewrite), and the test asks for only one in twenty attempts.
     */
    @Test
    void aFileRewrittenWhileBeingReadIsRejectedNeverReadTorn(@TempDir Path folder) throws Exception {
        String body = Files.readString(TestCorpus.CORPUS.resolve("knowsley-2024-press-release-send-improvements.txt"));
        // The file is long so that reading it takes a while, longer than the text limit: this is
        // about reading a whole version of a file, so the limit is raised above it here.
        Extractor extractor = Extractor.fromConfig(
                TestCorpus.CONFIG, ExtractionLimits.DEFAULT.withMaxTextCharacters(32 * 1024 * 1024));
        byte[] first = rewritten(body, 'A');
        byte[] second = rewritten(body, 'B');
        assertEquals(first.length, second.length);
        String firstText = document(extractor, Files.write(folder.resolve("a.html"), first), folder)
                .text();
        String secondText = document(extractor, Files.write(folder.resolve("b.html"), second), folder)
                .text();
        Path file = Files.write(folder.resolve("changing.html"), first);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        CountDownLatch writing = new CountDownLatch(1);
        Thread writer = new Thread(
                () -> {
                    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        for (int i = 0; !stop.get(); i++) {
                            ByteBuffer content = ByteBuffer.wrap(i % 2 == 0 ? second : first);
                            long position = 0;
                            while (content.hasRemaining()) {
                                position += channel.write(content, position);
                            }
                            writing.countDown();
                        }
                    } catch (IOException | RuntimeException e) {
                        writerFailure.set(e);
                        writing.countDown();
                    }
                },
                "rewriter");
        List<String> outcomes = new ArrayList<>();
        writer.start();
        try {
            writing.await();
            for (int attempt = 0; attempt < 20 && !outcomes.contains("rejected"); attempt++) {
                ExtractionOutcome outcome = extractor.extract(file, folder);
                if (outcome instanceof Rejection rejection) {
                    assertEquals("changed while being read; try again", rejection.reason());
                    outcomes.add("rejected");
                } else {
                    String text = ((ExtractedDocument) outcome).text();
                    assertTrue(text.equals(firstText) || text.equals(secondText), "a torn read was extracted");
                    outcomes.add(text.equals(firstText) ? "first" : "second");
                }
            }
        } finally {
            stop.set(true);
            writer.join();
        }
        assertEquals(null, writerFailure.get());
        System.out.println("extracting a file being rewritten: " + outcomes);
        assertTrue(outcomes.contains("rejected"), "no read overlapped a rewrite in 20 attempts: " + outcomes);

        String settled = document(extractor, file, folder).text();
        assertTrue(settled.equals(firstText) || settled.equals(secondText), "read again once it stopped changing");
    }

    private static ExtractedDocument document(Extractor extractor, Path file, Path root) {
        return assertInstanceOf(ExtractedDocument.class, extractor.extract(file, root), file.toString());
    }

    /**
     * An HTML version of the text, 16 MB long so that reading it takes a while: the text marked
     * with the version at its start and end, and between them a comment (which extraction drops)
     * filled with the version's letter.
     */
    private static byte[] rewritten(String body, char version) {
        StringBuilder html =
                new StringBuilder("<html><head><title>Version ").append(version).append("</title></head><body>\n");
        html.append("<p>Version ").append(version).append(" of this news release.</p>\n");
        for (String paragraph : body.split("\n\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>")
                        .append(paragraph.replace("&", "&amp;").replace("<", "&lt;"))
                        .append("</p>\n");
            }
        }
        html.append("<!-- ")
                .append(String.valueOf(Character.toLowerCase(version)).repeat(16 * 1024 * 1024))
                .append(" -->\n");
        html.append("<p>End of version ").append(version).append(".</p>\n</body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A folder and a file without read permission, met by the {@code extract} command run as a
     * user that permissions apply to (root reads everything: see {@link ChildCli}). Each is one
     * reject line naming it, and the readable files are extracted.
     */
    @Test
    void anUnreadableFolderAndFileAreRejectedAndTheRestExtracted() throws IOException {
        String unavailable = ChildCli.unavailable();
        Assumptions.assumeTrue(unavailable == null, unavailable);
        Path corpus = TestNodes.newFolder("send-search-unreadable-");
        Path config = TestNodes.newFolder("send-search-unreadable-config-");
        Path locked = corpus.resolve("locked");
        Path secret = corpus.resolve("secret.txt");
        try {
            Files.copy(TestCorpus.CONFIG.resolve("themes.json"), config.resolve("themes.json"));
            Files.copy(TestCorpus.CONFIG.resolve("local-authorities.tsv"), config.resolve("local-authorities.tsv"));
            for (String rules : ExtractionRules.FILES) {
                Files.copy(TestCorpus.CONFIG.resolve(rules), config.resolve(rules));
            }
            Files.copy(
                    TestCorpus.CORPUS.resolve("liverpool-2019-joint-local-area-send-inspection-letter.txt"),
                    corpus.resolve("liverpool.txt"));
            Files.copy(
                    TestCorpus.CORPUS.resolve("knowsley-2024-press-release-send-improvements.txt"),
                    corpus.resolve("press.txt"));
            Files.createDirectories(locked);
            Files.copy(
                    TestCorpus.CORPUS.resolve("st-helens-2018-joint-local-area-send-inspection-letter.txt"),
                    locked.resolve("st-helens.txt"));
            Files.copy(
                    TestCorpus.CORPUS.resolve("wirral-2022-health-and-wellbeing-board-send-inspection-update.txt"),
                    secret);
            ChildCli.openToAll(config);
            ChildCli.openToAll(corpus);
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));

            ChildCli.Result result =
                    ChildCli.run(corpus, Map.of(), "extract", corpus.toString(), "--config", config.toString());

            assertEquals(ExtractCommand.SOME_REJECTED, result.exitCode(), result.err());
            List<String> rejects = result.err()
                    .lines()
                    .filter(line -> line.startsWith("rejected: "))
                    .toList();
            assertEquals(
                    List.of(
                            "rejected: " + locked + ": cannot read folder: permission denied",
                            "rejected: " + secret + ": cannot read file: permission denied"),
                    rejects,
                    result.err());
            List<String> extracted = new ArrayList<>();
            for (JsonNode document : new ObjectMapper().readTree(result.out())) {
                extracted.add(document.get("sourcePath").asText());
            }
            assertEquals(List.of("liverpool.txt", "press.txt"), extracted);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
            TestNodes.delete(corpus);
            TestNodes.delete(config);
        }
    }
}
