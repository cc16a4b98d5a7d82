package org.sendsearch.synth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.sendsearch.model.DocumentType;

/**
 * Writes a document as an A4 PDF in Helvetica 10pt, lines wrapped to the page width, blocks
 * separated by an empty line, list items starting "- " and table cells in two columns; headings
 * and the title in bold (a 2023 report's title large, so that it runs over two lines as Ofsted's do); a document's running header, if any, in small type at the top of every
 * page, as Ofsted prints one on each page of a report. The file ID is derived from the document's name instead of the clock,
 * so the same document always gives the same bytes.
 */
final class PdfRenderer {
    private static final float FONT_SIZE = 10;
    private static final float LEADING = 13;
    private static final float HEADER_SIZE = 8;
    private static final float TITLE_SIZE = 22;
    private static final float MARGIN = 56;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private PdfRenderer() {}

    /** One printed line: its font, and its text at one or two x offsets. */
    private record Line(PDType1Font font, float size, List<Float> xs, List<String> texts) {
        static Line of(PDType1Font font, String text) {
            return new Line(font, FONT_SIZE, List.of(0f), List.of(text));
        }

        static final Line EMPTY = new Line(REGULAR, FONT_SIZE, List.of(), List.of());
    }

    static byte[] render(SyntheticDocument document) throws IOException {
        PDRectangle size = PDRectangle.A4;
        float width = size.getWidth() - 2 * MARGIN;
        List<Line> lines = layout(document, width);
        try (PDDocument pdf = new PDDocument()) {
            PDPageContentStream stream = null;
            float y = 0;
            try {
                for (Line line : lines) {
                    if (stream == null || y < MARGIN) {
                        if (stream != null) {
                            stream.close();
                        }
                        PDPage page = new PDPage(size);
                        pdf.addPage(page);
                        stream = new PDPageContentStream(pdf, page);
                        y = size.getHeight() - MARGIN;
                        if (document.runningHeader() != null) {
                            stream.beginText();
                            stream.setFont(REGULAR, HEADER_SIZE);
                            stream.newLineAtOffset(MARGIN, size.getHeight() - MARGIN / 2);
                            stream.showText(printable(document.runningHeader()));
                            stream.endText();
                        }
                        if (line.texts().isEmpty()) {
                            continue; // no empty line at the top of a page
                        }
                    }
                    for (int i = 0; i < line.texts().size(); i++) {
                        stream.beginText();
                        stream.setFont(line.font(), line.size());
                        stream.newLineAtOffset(MARGIN + line.xs().get(i), y);
                        stream.showText(line.texts().get(i));
                        stream.endText();
                    }
                    y -= LEADING * line.size() / FONT_SIZE;
                }
            } finally {
                if (stream != null) {
                    stream.close();
                }
            }
            byte[] id = document.stem().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
            pdf.setDocumentId(0L);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static List<Line> layout(SyntheticDocument document, float width) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<Part> parts = document.parts();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            Part.Kind next = i + 1 < parts.size() ? parts.get(i + 1).kind() : null;
            switch (part.kind()) {
                case TITLE -> {
                    // A report's title is printed large, as Ofsted's are, and so runs over two lines.
                    float size = document.type() == DocumentType.INSPECTION_REPORT
                                    || document.type() == DocumentType.MONITORING_REPORT
                            ? TITLE_SIZE
                            : FONT_SIZE;
                    wrap(printable(part.text()), BOLD, width, size)
                            .forEach(t -> lines.add(new Line(BOLD, size, List.of(0f), List.of(t))));
                }
                case HEADING -> wrap(printable(part.text()), BOLD, width).forEach(t -> lines.add(Line.of(BOLD, t)));
                case PARAGRAPH ->
                    wrap(printable(part.text()), REGULAR, width).forEach(t -> lines.add(Line.of(REGULAR, t)));
                case BULLET ->
                    wrap("- " + printable(part.text()), REGULAR, width).forEach(t -> lines.add(Line.of(REGULAR, t)));
                case ROW -> {
                    List<String> cells = part.cells();
                    List<String> first = wrap(printable(cells.get(0)), REGULAR, width / 2 - 8);
                    List<String> second =
                            cells.size() > 1 ? wrap(printable(cells.get(1)), REGULAR, width / 2) : List.of();
                    for (int row = 0; row < Math.max(first.size(), second.size()); row++) {
                        List<Float> xs = new ArrayList<>();
                        List<String> texts = new ArrayList<>();
                        if (row < first.size()) {
                            xs.add(0f);
                            texts.add(first.get(row));
                        }
                        if (row < second.size()) {
                            xs.add(width / 2);
                            texts.add(second.get(row));
                        }
                        lines.add(new Line(REGULAR, FONT_SIZE, xs, texts));
                    }
                    if (next == Part.Kind.ROW && Math.max(first.size(), second.size()) > 1) {
                        lines.add(Line.EMPTY); // a cell's padding: rows of wrapped text stand apart, as in print
                    }
                }
            }
            boolean sameList = (part.kind() == Part.Kind.BULLET && next == Part.Kind.BULLET)
                    || (part.kind() == Part.Kind.ROW && next == Part.Kind.ROW);
            if (!sameList) {
                lines.add(Line.EMPTY);
            }
        }
        return lines;
    }

    private static List<String> wrap(String text, PDType1Font font, float width) throws IOException {
        return wrap(text, font, width, FONT_SIZE);
    }

    private static List<String> wrap(String text, PDType1Font font, float width, float size) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                out.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    /** Keeps what Helvetica's WinAnsi encoding can show; other characters become their nearest plain form. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n') {
                out.append(' ');
            } else if ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff) || "‘’“”–—…•€".indexOf(c) >= 0) {
                out.append(c);
            } else if (c == '■' || c == '▪' || c == '●') {
                out.append('-');
            } else if (!Character.isISOControl(c)) {
                out.append('?');
            }
        }
        return out.toString();
    }
}
