package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWalkerTest {

    @Test
    void walksTheBundledCorpusInNameOrderWithoutItsSourcesFile() {
        List<String> names = CorpusWalker.walk(TestCorpus.CORPUS)
                .map(e -> e.file().getFileName().toString())
                .toList();
        assertEquals(
                List.of(
                        "knowsley-2022-joint-area-send-inspection-letter.txt",
                        "knowsley-2024-press-release-send-improvements.txt",
                        "liverpool-2019-joint-local-area-send-inspection-letter.txt",
                        "st-helens-2018-joint-local-area-send-inspection-letter.txt",
                        "wirral-2022-health-and-wellbeing-board-send-inspection-update.txt"),
                names);
    }

    @Test
    void ignoresHiddenFilesAndReadmeAndSourcesInAnyCase() {
        assertTrue(CorpusWalker.isIgnored("README.md"));
        assertTrue(CorpusWalker.isIgnored("readme"));
        assertTrue(CorpusWalker.isIgnored("Sources.txt"));
        assertTrue(CorpusWalker.isIgnored(".DS_Store"));
        assertTrue(!CorpusWalker.isIgnored("letter-sources-2019.txt"));
    }

    /** A folder mixing good and bad files: one reject line per bad file and every good document. */
    @Test
    void mixedFolderGivesEveryDocumentAndOneRejectPerBadFile(@TempDir Path dir) throws IOException {
        Path deep = Files.createDirectories(dir.resolve("b/c/d"));
        Files.copy(
                TestCorpus.CORPUS.resolve("liverpool-2019-joint-local-area-send-inspection-letter.txt"),
                dir.resolve("a-liverpool.txt"));
        Files.copy(
                TestCorpus.CORPUS.resolve("knowsley-2024-press-release-send-improvements.txt"),
                deep.resolve("press.txt"));
        Files.copy(TestCorpus.FIXTURES.resolve("messy.html"), dir.resolve("b/news.htm"));
        Files.copy(TestCorpus.FIXTURES.resolve("cp1252-smart-quotes.txt"), dir.resolve("b/c/cp1252.txt"));
        Files.copy(TestCorpus.FIXTURES.resolve("binary.txt"), dir.resolve("b/binary.txt"));
        Files.copy(TestCorpus.FIXTURES.resolve("empty.txt"), dir.resolve("b/c/empty.txt"));
        Files.copy(TestCorpus.FIXTURES.resolve("broken.pdf"), dir.resolve("broken.pdf"));
        Files.copy(TestCorpus.FIXTURES.resolve("invalid-encoding.txt"), deep.resolve("invalid.md"));
        Files.writeString(dir.resolve("README.md"), "about this folder");
        Files.writeString(dir.resolve(".hidden.txt"), "secret");
        Files.writeString(dir.resolve("data.csv"), "a,b\n1,2\n");
        Files.createSymbolicLink(deep.resolve("loop"), dir.resolve("b"));

        Extractor extractor = TestCorpus.extractor();
        List<String> documents = new ArrayList<>();
        List<String> rejects = new ArrayList<>();
        CorpusWalker.walk(List.of(dir)).forEach(entry -> {
            ExtractionOutcome outcome =
                    entry.rejection() != null ? entry.rejection() : extractor.extract(entry.file(), entry.root());
            if (outcome instanceof ExtractedDocument d) {
                documents.add(d.sourcePath());
            } else {
                rejects.add(dir.relativize(((Rejection) outcome).file()) + ": " + ((Rejection) outcome).reason());
            }
        });
        assertEquals(List.of("a-liverpool.txt", "b/c/cp1252.txt", "b/c/d/press.txt", "b/news.htm"), documents);
        assertEquals(
                List.of(
                        "b/binary.txt: binary content, not text",
                        "b/c/d/invalid.md: undecodable text (neither UTF-8 nor Windows-1252)",
                        "b/c/d/loop: symbolic link loop (folder is its own ancestor)",
                        "b/c/empty.txt: empty file",
                        "broken.pdf: "
                                + rejects.stream()
                                        .filter(r -> r.startsWith("broken.pdf"))
                                        .findFirst()
                                        .orElseThrow()
                                        .substring(12),
                        "data.csv: unsupported file type (not .txt, .md, .html, .htm or .pdf)"),
                rejects);
        assertTrue(rejects.stream().anyMatch(r -> r.startsWith("broken.pdf: broken PDF")), rejects.toString());
    }

    @Test
    void missingInputIsARejectNotACrash(@TempDir Path dir) {
        List<Rejection> rejects = CorpusWalker.walk(List.of(dir.resolve("nope")))
                .map(CorpusWalker.Entry::rejection)
                .toList();
        assertEquals(1, rejects.size());
        assertEquals("no such file or folder", rejects.get(0).reason());
    }

    @Test
    void aFileGivenDirectlyIsRelativeToItsFolder() {
        Path file = TestCorpus.CORPUS.resolve("knowsley-2024-press-release-send-improvements.txt");
        List<CorpusWalker.Entry> entries = CorpusWalker.walk(List.of(file)).collect(Collectors.toList());
        assertEquals(1, entries.size());
        ExtractedDocument d =
                TestCorpus.document(entries.get(0).file(), entries.get(0).root());
        assertEquals("knowsley-2024-press-release-send-improvements.txt", d.sourcePath());
        assertEquals(
                TestCorpus.corpus("knowsley-2024-press-release-send-improvements.txt")
                        .id(),
                d.id(),
                "ids are stable");
    }
}
