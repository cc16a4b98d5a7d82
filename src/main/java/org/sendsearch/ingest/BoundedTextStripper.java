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
import org.apache.pdfbox.text.TextPosition;
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
 *
 * <p>It also keeps what the layout says about columns, which plain text loses: a gap between two
 * words of a line wider than {@link #COLUMN_GAP} font sizes is written as a tab (the gap between
 * the cells of a table row), and a line that starts more than {@link #INDENT} of the page's width
 * in from the page's leftmost line start so far begins with a tab (a line of a table's right-hand
 * column only). Each page begins with a form feed. {@link PdfLayout} reads these marks and removes
 * them.
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

    /** A gap between words, in font sizes, beyond which they stand in different columns. */
    static final float COLUMN_GAP = 0.9f;
    /** A line start further in than this share of the page width is in a right-hand column. */
    static final float INDENT = 0.22f;

    private boolean lineStart = true;
    private boolean wordGap;
    private float lastEnd;
    private float leftmost = Float.MAX_VALUE;
    private float pageWidth;

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
        leftmost = Float.MAX_VALUE;
        lineStart = true;
        wordGap = false;
        pageWidth = page.getCropBox() == null ? 0 : page.getCropBox().getWidth();
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

    @Override
    protected void writeLineSeparator() throws IOException {
        super.writeLineSeparator();
        lineStart = true;
        wordGap = false;
    }

    @Override
    protected void writeWordSeparator() {
        wordGap = true; // written with the next word, once its gap is known
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (positions.isEmpty()) {
            if (wordGap) {
                writeString(getWordSeparator());
            }
            super.writeString(text, positions);
        } else {
            TextPosition first = positions.get(0);
            float x = first.getXDirAdj();
            if (lineStart) {
                leftmost = Math.min(leftmost, x);
                if (pageWidth > 0 && x - leftmost > INDENT * pageWidth) {
                    writeString("\t");
                }
            } else if (wordGap) {
                writeString(isColumnGap(lastEnd, first) ? "\t" : getWordSeparator());
            }
            writeString(withColumnGaps(text, positions));
            TextPosition last = positions.get(positions.size() - 1);
            lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
        }
        lineStart = false;
        wordGap = false;
    }

    /**
     * The text with each run of spaces that spans a column gap written as a tab. PDFBox gives a
     * line whose spaces are glyphs of the PDF as one string: the gaps are found in its glyphs'
     * positions. Where the glyphs do not spell the text (ligatures expanded, say), it is unchanged.
     */
    private static String withColumnGaps(String text, List<TextPosition> positions) {
        StringBuilder out = new StringBuilder(text.length());
        float end = Float.NaN;
        boolean space = false;
        for (TextPosition position : positions) {
            String glyph = position.getUnicode();
            if (glyph == null) {
                return text;
            }
            if (glyph.isBlank()) {
                space = true;
                continue;
            }
            if (!Float.isNaN(end) && isColumnGap(end, position)) {
                out.append('\t');
            } else if (space) {
                out.append(' ');
            }
            out.append(glyph);
            end = position.getXDirAdj() + position.getWidthDirAdj();
            space = false;
        }
        if (space) {
            out.append(' ');
        }
        String rebuilt = out.toString();
        return rebuilt.replace('\t', ' ').replace(" ", "").equals(text.replace(" ", "")) ? rebuilt : text;
    }

    private static boolean isColumnGap(float previousEnd, TextPosition next) {
        return next.getXDirAdj() - previousEnd > COLUMN_GAP * Math.max(1f, next.getFontSizeInPt());
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
