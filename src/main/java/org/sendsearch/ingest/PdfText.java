package org.sendsearch.ingest;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Extracts a PDF's text with PDFBox in reading order. Paragraph gaps become blank lines and page
 * ends become a run of blank lines, so a PDF reaches the cleaner in the same shape as the text
 * conversions in the corpus, and the same page-break rules apply to both.
 */
final class PdfText {

    RawText read(byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new UnreadableDocumentException("not a PDF (no %PDF- header)");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("\n");
            stripper.setParagraphEnd("");
            stripper.setPageStart("");
            stripper.setPageEnd("\n\n\n\n");
            // A blank line between paragraphs is about twice the line height: a drop larger than
            // 1.6 lines starts a paragraph, ordinary line spacing does not.
            stripper.setDropThreshold(1.6f);
            return new RawText(stripper.getText(document), true, "pdf");
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("encrypted PDF (password required)");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("broken PDF (" + oneLine(e.getMessage()) + ")");
        }
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.replaceAll("\\s+", " ").trim();
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }
}
