package org.sendsearch.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Extracts a PDF's text with PDFBox in reading order. Paragraph gaps become blank lines, so a PDF
 * reaches the cleaner in the same shape as the text conversions in the corpus; its lines are
 * marked hard-wrapped so the cleaner re-joins them into paragraphs.
 *
 * <p>A PDF may cost only what the {@link ExtractionLimits} allow: the page count is checked
 * before any text is read, streams that would inflate too far are refused before PDFBox decodes
 * them ({@link PdfStreamCheck}), and the extraction itself counts characters, operations and form
 * nesting and watches the clock ({@link BoundedTextStripper}). Each limit passed is a reject with
 * its reason, as is a PDF whose objects refer to themselves too deeply for the stack.
 */
final class PdfText {
    private final ExtractionLimits limits;

    PdfText(ExtractionLimits limits) {
        this.limits = limits;
    }

    RawText read(byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new UnreadableDocumentException("not a PDF (no %PDF- header)");
        }
        long deadline = System.nanoTime() + limits.maxPdfTime().toNanos();
        String timeLimit = "PDF took longer than " + limits.maxPdfTime().toSeconds() + " s to extract, the limit";
        // Decrypted streams and streams PDFBox writes go to this cache: bounded like the inflated streams.
        MemoryUsageSetting cache = MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfStreamBytes());
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null, cache.streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages > limits.maxPdfPages()) {
                throw new UnreadableDocumentException(
                        "PDF has " + pages + " pages; the limit is " + limits.maxPdfPages());
            }
            new PdfStreamCheck(limits.maxPdfStreamBytes(), deadline, timeLimit).check(document.getDocument());
            BoundedTextStripper stripper = new BoundedTextStripper(limits, deadline, timeLimit);
            stripper.setSortByPosition(true);
            // Looking for duplicated overlapping glyphs (fake bold) costs more than half of the
            // extraction time, and documents of this kind do not use it: measured 2.5x faster on the
            // synthetic corpus with identical text.
            stripper.setSuppressDuplicateOverlappingText(false);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("\n");
            stripper.setParagraphEnd("");
            // Each page starts with a form feed, for PdfLayout to find its running header and footer.
            stripper.setPageStart("\f");
            // A page end is a line end: the cleaner re-joins a paragraph that runs on to the next page
            // by the same rule as any wrapped line (the last line of the page is full).
            stripper.setPageEnd("\n");
            // PDFBox's default drop threshold (2.5 glyph heights) tells an empty line between
            // paragraphs (about 2.6 glyph heights) from ordinary line spacing (about 1.3).
            return new RawText(PdfLayout.read(stripper.text(document)), true, "pdf");
        } catch (PdfLimitException e) {
            throw new UnreadableDocumentException(e.getMessage());
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("encrypted PDF (password required)");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("broken PDF (" + oneLine(e.getMessage()) + ")");
        } catch (StackOverflowError e) {
            throw new UnreadableDocumentException("broken PDF (objects nest or refer to themselves too deeply)");
        } catch (OutOfMemoryError e) {
            // A last resort: the limits above are meant to make this unreachable. The failed
            // allocation was this file's, so the rest of the run can go on.
            throw new UnreadableDocumentException("PDF needs more memory than the extractor has");
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
