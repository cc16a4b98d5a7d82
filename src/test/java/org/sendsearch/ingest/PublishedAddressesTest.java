package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.model.PublishedAddress;

/** The side file {@code published-addresses.tsv}: good lines are used, each bad one is skipped with its line number. */
class PublishedAddressesTest {
    private static final Set<String> FILES = Set.of("a.txt", "2019/b.pdf", "c.html");

    @Test
    void goodLinesGiveEachFileItsAddress() {
        PublishedAddresses list = PublishedAddresses.parse(
                "\uFEFF# where the letters are published\r\n"
                        + "\r\n"
                        + "a.txt\thttps://reports.ofsted.gov.uk/provider/44/80538\r\n"
                        + "  # an indented comment\n"
                        + "2019/b.pdf \t https://files.ofsted.gov.uk/v1/file/50183946 \n"
                        + "\n",
                FILES::contains);
        assertEquals(List.of(), list.problems());
        assertEquals(2, list.size());
        assertEquals("https://reports.ofsted.gov.uk/provider/44/80538", list.urlOf("a.txt"));
        assertEquals("https://files.ofsted.gov.uk/v1/file/50183946", list.urlOf("2019/b.pdf"));
        assertNull(list.urlOf("c.html"), "not listed");
        assertNull(list.urlOf("b.pdf"), "paths are relative to the folder, not bare names");
    }

    @Test
    void eachBadLineIsSkippedAndReportedWithItsLineNumber() {
        PublishedAddresses list = PublishedAddresses.parse(
                String.join(
                        "\n",
                        "# bad lines, one of each kind",
                        "a.txt https://example.org/spaces-not-a-tab",
                        "a.txt\tjavascript:alert(document.cookie)",
                        "c.html\t/relative/report",
                        "missing.txt\thttps://example.org/missing",
                        "../outside.txt\thttps://example.org/outside",
                        "/etc/passwd\thttps://example.org/absolute",
                        "README.md\thttps://example.org/readme",
                        "\thttps://example.org/no-name",
                        "a.txt\thttps://example.org/first",
                        "a.txt\thttps://example.org/second",
                        "c.html\thttps://ofsted.gov.uk@evil.example/"),
                FILES::contains);
        List<String> messages = list.problems().stream()
                .map(PublishedAddresses.Problem::message)
                .toList();
        assertEquals(
                List.of(
                        "line 2: no tab between the file name and its address; line skipped",
                        "line 3: the address of a.txt is refused: not an http or https address (scheme 'javascript:');"
                                + " line skipped",
                        "line 4: the address of c.html is refused: a relative address (it must start with http:// or"
                                + " https://); line skipped",
                        "line 5: no file missing.txt in this folder; line skipped",
                        "line 6: the file name ../outside.txt is not a path within this folder; line skipped",
                        "line 7: the file name /etc/passwd is not relative to this folder ('/'-separated); line skipped",
                        "line 8: README.md is not indexed (hidden, README, SOURCES and this list are left out);"
                                + " line skipped",
                        "line 9: no file name before the tab; line skipped",
                        "line 11: a.txt is listed already on line 10; this line is skipped",
                        "line 12: the address of c.html is refused: carries a user name or password before the host;"
                                + " line skipped"),
                messages);
        assertEquals(1, list.size(), "only the first good line for a.txt counts");
        assertEquals("https://example.org/first", list.urlOf("a.txt"));
        assertNull(list.urlOf("c.html"));
    }

    @Test
    void readsTheListAtTheTopOfAFolderAndChecksNamesOnDisk(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("2019"));
        Files.writeString(dir.resolve("a.txt"), "Main findings\n\nChildren wait.");
        Files.writeString(dir.resolve("2019/b.txt"), "Main findings\n\nLeaders know.");
        Files.createDirectories(dir.resolve("folder.txt"));
        Files.writeString(
                dir.resolve(PublishedAddresses.FILE_NAME),
                "a.txt\thttps://example.org/a\n2019/b.txt\thttps://example.org/b\nfolder.txt\thttps://example.org/f\n");
        PublishedAddresses list = PublishedAddresses.read(dir);
        assertEquals("https://example.org/a", list.urlOf("a.txt"));
        assertEquals("https://example.org/b", list.urlOf("2019/b.txt"));
        assertEquals(
                List.of(new PublishedAddresses.Problem(3, "no file folder.txt in this folder; line skipped")),
                list.problems(),
                "a folder is not a file");
        assertSame(PublishedAddresses.none(), PublishedAddresses.read(dir.resolve("2019")), "no list there");
    }

    @Test
    void aListThatCannotBeReadGivesNoAddressAndOneProblem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "text");
        Files.write(
                dir.resolve(PublishedAddresses.FILE_NAME),
                "a.txt\thttps://example.org/caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        PublishedAddresses list = PublishedAddresses.read(dir);
        assertEquals(0, list.size());
        assertEquals(
                List.of("not UTF-8 text; no address is read from it"),
                list.problems().stream()
                        .map(PublishedAddresses.Problem::message)
                        .toList());
    }

    @Test
    void theWalkSkipsTheListAndGivesItWithEveryEntry(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("a.txt"), "Main findings\n\nChildren wait too long for assessments.");
        Files.writeString(dir.resolve("sub/b.txt"), "Main findings\n\nLeaders know their area well.");
        Files.writeString(dir.resolve(PublishedAddresses.FILE_NAME), "sub/b.txt\thttps://example.org/b\n");
        Files.writeString(dir.resolve("sub/" + PublishedAddresses.FILE_NAME), "b.txt\thttps://example.org/nested\n");
        List<CorpusWalker.Entry> entries = CorpusWalker.walk(dir).toList();
        assertEquals(
                List.of("a.txt", "b.txt"),
                entries.stream().map(e -> e.file().getFileName().toString()).toList(),
                "neither list is a document");
        assertSame(entries.get(0).addresses(), entries.get(1).addresses(), "read once per walk");
        assertTrue(CorpusWalker.isIgnored(PublishedAddresses.FILE_NAME));
        assertTrue(CorpusWalker.isIgnored("Published-Addresses.TSV"));

        ExtractedDocument b =
                assertInstanceOf(ExtractedDocument.class, TestCorpus.extractor().extract(entries.get(1), null));
        assertEquals(
                PublishedAddress.listed("https://example.org/b"),
                b.publishedAddress(),
                "the top list, not the nested one");
        ExtractedDocument a =
                assertInstanceOf(ExtractedDocument.class, TestCorpus.extractor().extract(entries.get(0), null));
        assertNull(a.publishedAddress());

        // A file given on its own is read with the list of the folder it is in.
        CorpusWalker.Entry alone =
                CorpusWalker.walk(dir.resolve("sub/b.txt")).findFirst().orElseThrow();
        ExtractedDocument single =
                assertInstanceOf(ExtractedDocument.class, TestCorpus.extractor().extract(alone, null));
        assertEquals(PublishedAddress.listed("https://example.org/nested"), single.publishedAddress());
    }
}
