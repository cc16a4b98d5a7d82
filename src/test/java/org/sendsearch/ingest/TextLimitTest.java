package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text limit ({@link ExtractionLimits#maxTextCharacters}) on literal inputs, at a limit of 100
 * characters: characters are counted as a Java string counts them, whatever the encoding and
 * however many bytes each takes, and a text one character over the limit is rejected with the
 * reason while one at the limit is read.
 */
class TextLimitTest {
    private static final int LIMIT = 100;

    @Test
    void aTextOneCharacterOverTheLimitIsRejectedAndOneAtItIsRead(@TempDir Path folder) throws IOException {
        Extractor extractor = extractor();
        Path over =
                Files.writeString(folder.resolve("over.txt"), "Main findings. Leaders are strong. " + "x".repeat(66));
        assertEquals(
                "text longer than 100 characters (101)",
                TestCorpus.rejection(extractor, over).reason());
        Path at = Files.writeString(folder.resolve("at.txt"), "Main findings. Leaders are strong. " + "x".repeat(65));
        assertInstanceOf(ExtractedDocument.class, extractor.extract(at, folder));
    }

    @Test
    void aTextFileOfMoreThanThreeBytesACharacterAtTheLimitIsRejectedBeforeItIsRead(@TempDir Path folder)
            throws IOException {
        Path big = Files.writeString(folder.resolve("big.txt"), "Main findings. ".repeat(21));
        assertEquals(315, Files.size(big));
        assertEquals(
                "text longer than 100 characters (a file of 315 bytes)",
                TestCorpus.rejection(extractor(), big).reason());
    }

    @Test
    void charactersAreCountedNotBytes(@TempDir Path folder) throws IOException {
        Extractor extractor = extractor();
        // 60 two-byte characters: 120 bytes, within the limit.
        Path accents = Files.writeString(folder.resolve("accents.txt"), "é".repeat(60), StandardCharsets.UTF_8);
        assertEquals(120, Files.size(accents));
        assertInstanceOf(ExtractedDocument.class, extractor.extract(accents, folder));
        // Characters outside the Basic Multilingual Plane take two chars each, as in a Java string.
        Path faces = Files.writeString(folder.resolve("faces.txt"), "\uD83D\uDE00 ".repeat(34), StandardCharsets.UTF_8);
        assertEquals(
                "text longer than 100 characters (102)",
                TestCorpus.rejection(extractor, faces).reason());
        // Windows-1252 (not UTF-8): a character a byte.
        byte[] latin = new byte[101];
        java.util.Arrays.fill(latin, (byte) 0xE9);
        Path windows = Files.write(folder.resolve("windows.txt"), latin);
        assertEquals(
                "text longer than 100 characters (101)",
                TestCorpus.rejection(extractor, windows).reason());
        // UTF-16 with a byte order mark: two bytes a character.
        Path utf16 = Files.writeString(folder.resolve("utf16.txt"), "a".repeat(101), StandardCharsets.UTF_16);
        assertEquals(
                "text longer than 100 characters (101)",
                TestCorpus.rejection(extractor, utf16).reason());
        Path utf16At = Files.writeString(folder.resolve("utf16-at.txt"), "a".repeat(100), StandardCharsets.UTF_16);
        assertInstanceOf(ExtractedDocument.class, extractor.extract(utf16At, folder));
    }

    @Test
    void anHtmlFilesMarkupCounts(@TempDir Path folder) throws IOException {
        Path html = Files.writeString(folder.resolve("page.html"), "<p>" + "a".repeat(89) + "</p><p>b</p>");
        assertEquals(104, Files.size(html));
        assertEquals(
                "text longer than 100 characters (104)",
                TestCorpus.rejection(extractor(), html).reason());
    }

    @Test
    void aPdfIsStoppedAtTheLimitAsItsTextIsExtracted(@TempDir Path folder) throws IOException {
        Path pdf = folder.resolve("letter.pdf");
        FormatEquivalenceTest.writePdf(
                TestCorpus.corpus("liverpool-2019-joint-local-area-send-inspection-letter.txt")
                        .text(),
                pdf);
        assertEquals(
                "text longer than 100 characters",
                TestCorpus.rejection(extractor(), pdf).reason());
        assertInstanceOf(
                ExtractedDocument.class, TestCorpus.extractor().extract(pdf, folder), "within the default limit");
    }

    @Test
    void anOutOfMemoryErrorIsNamedAsSuch() {
        assertEquals(Extractor.OUT_OF_MEMORY, Extractor.internalError(new OutOfMemoryError("Java heap space")));
        assertTrue(Extractor.internalError(new IllegalStateException("bug")).contains("IllegalStateException: bug"));
    }

    @Test
    void theDefaultLimitIsStatedInTheHelpSentence() {
        assertTrue(
                ExtractionLimits.DEFAULT_LIMITS.contains(
                        "text is longer than " + ExtractionLimits.DEFAULT_MAX_TEXT_CHARACTERS + " characters"),
                ExtractionLimits.DEFAULT_LIMITS);
    }

    private static Extractor extractor() throws IOException {
        return Extractor.fromConfig(TestCorpus.CONFIG, ExtractionLimits.DEFAULT.withMaxTextCharacters(LIMIT));
    }
}
