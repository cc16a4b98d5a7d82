package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendsearch.ingest.TestCorpus.FIXTURES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Section;

/** Every kind of bad or messy input, in every format: one reject line with a reason, or text read right. */
class MessyInputTest {

    private static Rejection reject(String fixture) {
        return TestCorpus.rejection(TestCorpus.extractor(), FIXTURES.resolve(fixture));
    }

    @Test
    void binaryFileIsRejected() {
        assertEquals("binary content, not text", reject("binary.txt").reason());
    }

    @Test
    void emptyFileIsRejected() {
        assertEquals("empty file", reject("empty.txt").reason());
    }

    @Test
    void whitespaceOnlyFileIsRejected() {
        assertEquals("no text (whitespace only)", reject("whitespace-only.md").reason());
    }

    @Test
    void textThatIsNeitherUtf8NorWindows1252IsRejected() {
        assertEquals(
                "undecodable text (neither UTF-8 nor Windows-1252)",
                reject("invalid-encoding.txt").reason());
    }

    @Test
    void brokenPdfIsRejected() {
        assertTrue(
                reject("broken.pdf").reason().startsWith("broken PDF"),
                reject("broken.pdf").reason());
        assertEquals("not a PDF (no %PDF- header)", reject("not-a-pdf.pdf").reason());
    }

    @Test
    void unsupportedTypeIsRejected(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("letter.docx"), "text");
        assertTrue(TestCorpus.rejection(TestCorpus.extractor(), file).reason().startsWith("unsupported file type"));
    }

    @Test
    void oversizedFileIsRejectedByTheConfiguredLimit(@TempDir Path dir) throws IOException {
        Extractor small = new Extractor(
                ThemeTaxonomy.load(TestCorpus.CONFIG.resolve("themes.json")),
                LocalAuthorities.load(TestCorpus.CONFIG.resolve("local-authorities.tsv")),
                ExtractionRules.load(new ConfigDirectory(TestCorpus.CONFIG)),
                1000);
        Path file = Files.writeString(dir.resolve("big.txt"), "Main findings. ".repeat(100));
        Rejection rejection = TestCorpus.rejection(small, file);
        assertEquals("larger than the size limit (1500 bytes > 1000 bytes)", rejection.reason());
        assertEquals("rejected: " + file + ": larger than the size limit (1500 bytes > 1000 bytes)", rejection.line());
    }

    @Test
    void missingFileIsRejectedNotThrown(@TempDir Path dir) {
        Rejection rejection = TestCorpus.rejection(TestCorpus.extractor(), dir.resolve("gone.txt"));
        assertEquals("file vanished while being read", rejection.reason());
    }

    @Test
    void windows1252TextIsReadNotMangled() {
        ExtractedDocument d = TestCorpus.document(FIXTURES.resolve("cp1252-smart-quotes.txt"), FIXTURES);
        assertTrue(
                d.text()
                        .contains(
                                "The local area\u2019s \u201clocal offer\u201d cost \u00a3100k \u2013 parents said it was"
                                        + " \u2018hard to find\u2019."),
                d.text());
        assertTrue(d.text().contains("na\u00efve"));
        assertFalse(d.text().contains("\uFFFD"));
        assertEquals("Wigan", d.area());
    }

    @Test
    void htmlIsReadWithoutScriptsNavigationOrTags() {
        ExtractedDocument d = TestCorpus.document(FIXTURES.resolve("messy.html"), FIXTURES);
        assertEquals(DocumentFormat.HTML, d.format());
        assertEquals("Improvements made following SEND area inspection", d.title());
        assertFalse(d.text().contains("var x"));
        assertFalse(d.text().contains("Home"));
        assertFalse(d.text().contains("<"));
        assertTrue(d.text().contains("Wigan Council & partners welcomed the report on 2 April 2024."), d.text());
        assertTrue(d.text().contains("The inspection took place between 14 and 18 March 2022 and found that:"));
        assertTrue(d.text()
                .contains("- Leaders know the area well.\n- Waiting times for autism assessments are too long."));
        assertTrue(d.text().contains("Joint commissioning lead\t\u00a3100k"));
        assertEquals(LocalDate.of(2024, 4, 2), d.date());
        assertEquals(LocalDate.of(2022, 3, 14), d.inspectionStart());
        assertEquals("Wigan", d.area());
        Passage waits = TestCorpus.passageStartingWith(d, "Waiting times for autism");
        assertEquals(List.of("neurodevelopmental"), waits.themes());
    }

    @Test
    void markdownIsReadWithoutMarkup() {
        ExtractedDocument d = TestCorpus.document(FIXTURES.resolve("messy.md"), FIXTURES);
        assertEquals(DocumentFormat.MD, d.format());
        assertFalse(d.text().contains("**"));
        assertFalse(d.text().contains("##"));
        assertFalse(d.text().contains("https://"));
        assertTrue(
                d.text()
                        .contains(
                                "The report provides members of the Health and Wellbeing Board with an update on the SEND strategy."));
        assertEquals(DocumentType.COUNCIL_REPORT, d.type());
        assertEquals(LocalDate.of(2022, 2, 7), d.meetingDate());
        assertEquals("Health and Wellbeing Board", d.committee());
        assertEquals("Jane Smith", d.author());
        Passage lineBroken = TestCorpus.passageStartingWith(d, "The inspection found that waiting times");
        assertEquals(
                "The inspection found that waiting times for the neurodevelopmental pathway were too long.",
                lineBroken.text());
        assertEquals(Section.BACKGROUND, lineBroken.section());
        assertEquals(
                "REPORT SUMMARY",
                TestCorpus.passageStartingWith(d, "The report provides").heading());
    }
}
