package org.sendsearch.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's text stripper held to the {@link ExtractionLimits}: it counts pages, characters (per
 * page and in all), drawing operations, form drawings and form nesting as it goes, watches the
 * clock, and stops at the first limit passed.
 *
 * <p>PDFBox logs and swallows an exception thrown while drawing a form (the {@code Do} operator),
 * so the first limit passed is remembered: every later callback throws it again at once, which
 * unwinds the nesting quickly, and {@link #text} throws it when PDFBox returns.
 */
final class BoundedTextStripper extends PDFTextStripper {
    private final ExtractionLimits limits;
    private final long deadline;
    private final String timeLimit;
    private int pages;
    private int pageCharacters;
    private long characters;
    private long operations;
    private long formDrawings;
    private PdfLimitException exceeded;

    BoundedTextStripper(ExtractionLimits limits, long deadlineNanos, String timeLimit) {
        this.limits = limits;
        this.deadline = deadlineNanos;
        this.timeLimit = timeLimit;
    }

    /** The document's text, or the first limit it passed. */
    String text(PDDocument document) throws IOException {
        StringWriter out = new StringWriter();
        try {
            writeText(document, out);
        } catch (IOException | RuntimeException e) {
            if (exceeded != null) {
                throw exceeded;
            }
            throw e;
        }
        if (exceeded != null) {
            throw exceeded;
        }
        return out.toString();
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        stopIfExceeded();
        if (++pages > limits.maxPdfPages()) {
            exceed("PDF has more than " + limits.maxPdfPages() + " pages, the limit");
        }
        pageCharacters = 0;
        super.processPage(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        stopIfExceeded();
        if (++operations > limits.maxPdfOperations()) {
            exceed("PDF content exceeds " + limits.maxPdfOperations() + " drawing operations");
        }
        if (System.nanoTime() > deadline) {
            exceed(timeLimit);
        }
        super.processOperator(operator, operands);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        stopIfExceeded();
        if (getLevel() > limits.maxPdfFormDepth()) {
            exceed("PDF nests forms more than " + limits.maxPdfFormDepth() + " deep (a form that draws itself?)");
        }
        if (++formDrawings > limits.maxPdfFormDrawings()) {
            exceed("PDF draws forms more than " + limits.maxPdfFormDrawings()
                    + " times (forms drawn inside forms count each time)");
        }
        super.showForm(form);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        stopIfExceeded();
        if (++pageCharacters > limits.maxPdfPageCharacters()) {
            exceed("PDF page " + pages + " has more than " + limits.maxPdfPageCharacters() + " characters");
        }
        if (++characters > limits.maxPdfCharacters()) {
            exceed("PDF text exceeds " + limits.maxPdfCharacters() + " characters");
        }
        if (characters > limits.maxTextCharacters()) {
            exceed(limits.textTooLong());
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    private void stopIfExceeded() throws PdfLimitException {
        if (exceeded != null) {
            throw exceeded;
        }
    }

    private void exceed(String reason) throws PdfLimitException {
        exceeded = new PdfLimitException(reason);
        throw exceeded;
    }
}
