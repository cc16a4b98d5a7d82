package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.model.PublishedAddress;

/**
 * A saved web page's own address ({@code <link rel="canonical">}, {@code og:url}) as its published
 * address, in the layouts pages really use; relative and {@code javascript:} ones refused with a
 * warning; and the collection's list first.
 */
class PageAddressTest {
    private static final String BODY = "<body><h1>Knowsley SEND update</h1><p>Children wait too long.</p></body>";

    @Test
    void findsTheCanonicalLinkOrOgUrlWhereverThePagePutsIt() {
        assertEquals(
                "https://www.knowsley.gov.uk/send/update",
                own("<html><head><link rel=\"canonical\" href=\"https://www.knowsley.gov.uk/send/update\"></head>"
                        + BODY + "</html>"));
        assertEquals(
                "https://www.knowsley.gov.uk/news/1",
                own("<html><head><meta property=\"og:url\" content=\"https://www.knowsley.gov.uk/news/1\"></head>"
                        + BODY),
                "og:url when there is no canonical link");
        assertEquals(
                "https://example.org/named",
                own("<head><meta name=\"og:url\" content=\"https://example.org/named\"></head>" + BODY),
                "og:url written as a name");
        assertEquals(
                "https://example.org/canonical",
                own("<head><meta property=\"og:url\" content=\"https://example.org/og\">"
                        + "<link rel=\"stylesheet\" href=\"/style.css\">"
                        + "<LINK REL=\"Canonical\" HREF=\" https://example.org/canonical \"></head>" + BODY),
                "the canonical link wins, whatever its case and surrounding spaces");
        assertEquals(
                "https://example.org/body",
                own(BODY.replace("<body>", "<body><link rel=\"canonical\" href=\"https://example.org/body\">")),
                "a canonical link misplaced in the body");
        assertEquals(
                "https://example.org/second",
                own(
                        "<head><link rel=\"canonical\" href=\"\"><link rel=\"canonical\" href=\"https://example.org/second\">"
                                + "</head>" + BODY),
                "an empty href is passed over");
        assertEquals(
                "/relative/page",
                own("<head><link rel=\"canonical\" href=\"/relative/page\"></head>" + BODY),
                "returned as written, for the extractor to refuse");
        assertNull(
                own("<head><link rel=\"alternate\" href=\"https://example.org/rss\"><title>t</title></head>" + BODY));
        assertNull(own("<p>no head at all</p>"));
    }

    @Test
    void theRuleListFirstThenAValidPageAddressElseNone() {
        List<String> warnings = new ArrayList<>();
        assertEquals(
                PublishedAddress.listed("https://example.org/listed"),
                Extractor.publishedAddress("https://example.org/listed", "https://example.org/page", warnings));
        assertEquals(
                PublishedAddress.page("https://example.org/page"),
                Extractor.publishedAddress(null, "https://example.org/page", warnings));
        assertNull(Extractor.publishedAddress(null, null, warnings));
        assertEquals(List.of(), warnings);

        assertNull(Extractor.publishedAddress(null, "javascript:alert(document.cookie)", warnings));
        assertNull(Extractor.publishedAddress(null, "/provider/44/80538", warnings));
        assertEquals(
                List.of(
                        "The page's own address (javascript:alert(document.cookie)) is not taken as its published"
                                + " address: not an http or https address (scheme 'javascript:').",
                        "The page's own address (/provider/44/80538) is not taken as its published address: a relative"
                                + " address (it must start with http:// or https://)."),
                warnings);
    }

    @Test
    void anHtmlFileCarriesItsOwnAddressUnlessTheListSaysOtherwise(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("update.html"),
                "<html><head><link rel=\"canonical\" href=\"https://www.knowsley.gov.uk/send/update\"></head>" + BODY
                        + "</html>");
        Files.writeString(
                dir.resolve("attack.html"),
                "<html><head><link rel=\"canonical\" href=\"javascript:alert(window.pwned=1)\">"
                        + "<meta property=\"og:url\" content=\"data:text/html,x\"></head>" + BODY + "</html>");
        Files.writeString(dir.resolve("letter.txt"), "Main findings\n\nChildren wait too long for assessments.");

        ExtractedDocument update = document(dir.resolve("update.html"), dir);
        assertEquals(PublishedAddress.page("https://www.knowsley.gov.uk/send/update"), update.publishedAddress());
        assertTrue(
                update.warnings().stream().noneMatch(w -> w.contains("own address")),
                update.warnings().toString());

        ExtractedDocument attack = document(dir.resolve("attack.html"), dir);
        assertNull(attack.publishedAddress(), "javascript: is never taken");
        assertTrue(
                attack.warnings()
                        .contains("The page's own address (javascript:alert(window.pwned=1)) is not taken as its"
                                + " published address: not an http or https address (scheme 'javascript:')."),
                attack.warnings().toString());

        assertNull(document(dir.resolve("letter.txt"), dir).publishedAddress(), "a text file states none");

        Files.writeString(
                dir.resolve(PublishedAddresses.FILE_NAME),
                "update.html\thttps://www.knowsley.gov.uk/send/update-as-listed\n"
                        + "letter.txt\thttps://reports.ofsted.gov.uk/provider/44/80538\n");
        assertEquals(
                PublishedAddress.listed("https://www.knowsley.gov.uk/send/update-as-listed"),
                document(dir.resolve("update.html"), dir).publishedAddress(),
                "the collection's list comes first");
        assertEquals(
                PublishedAddress.listed("https://reports.ofsted.gov.uk/provider/44/80538"),
                document(dir.resolve("letter.txt"), dir).publishedAddress());
    }

    private static String own(String html) {
        return HtmlText.ownAddress(Jsoup.parse(html));
    }

    private static ExtractedDocument document(Path file, Path root) {
        return assertInstanceOf(ExtractedDocument.class, TestCorpus.extractor().extract(file, root));
    }
}
