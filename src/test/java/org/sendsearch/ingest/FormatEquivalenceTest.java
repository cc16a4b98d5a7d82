package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same document saved as .txt, .html and .pdf gives the same metadata and the same passages.
 * The HTML and PDF are written here from the cleaned text of the corpus file: paragraphs become
 * {@code <p>} and list items {@code <li>}; in the PDF, lines are wrapped to the page width and
 * paragraphs separated by an empty line, with page breaks wherever the page fills.
 */
class FormatEquivalenceTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "st-helens-2018-joint-local-area-send-inspection-letter.txt",
                "knowsley-2022-joint-area-send-inspection-letter.txt",
                "wirral-2022-health-and-wellbeing-board-send-inspection-update.txt"
            })
    void sameDocumentInEveryFormat(String name, @TempDir Path dir) throws IOException {
        ExtractedDocument txt = TestCorpus.corpus(name);
        String stem = name.substring(0, name.length() - 4);
        Path html = Files.writeString(dir.resolve(stem + ".html"), toHtml(txt.text()), StandardCharsets.UTF_8);
        Path pdf = dir.resolve(stem + ".pdf");
        writePdf(txt.text(), pdf);

        for (Path other : List.of(html, pdf)) {
            ExtractedDocument d = TestCorpus.document(other, dir);
            String format = other.getFileName().toString();
            assertEquals(txt.type(), d.type(), format);
            assertEquals(txt.area(), d.area(), format);
            assertEquals(txt.region(), d.region(), format);
            assertEquals(txt.title(), d.title(), format);
            assertEquals(txt.date(), d.date(), format);
            assertEquals(txt.year(), d.year(), format);
            assertEquals(txt.inspectionStart(), d.inspectionStart(), format);
            assertEquals(txt.inspectionEnd(), d.inspectionEnd(), format);
            assertEquals(txt.wsoaRequired(), d.wsoaRequired(), format);
            assertEquals(txt.significantWeaknesses(), d.significantWeaknesses(), format);
            assertEquals(txt.outcome(), d.outcome(), format);
            assertEquals(txt.leadInspector(), d.leadInspector(), format);
            assertEquals(txt.inspectors(), d.inspectors(), format);
            assertEquals(txt.addressees(), d.addressees(), format);
            assertEquals(txt.healthBodies(), d.healthBodies(), format);
            assertEquals(txt.committee(), d.committee(), format);
            assertEquals(txt.meetingDate(), d.meetingDate(), format);
            assertEquals(txt.author(), d.author(), format);
            assertEquals(txt.warnings(), d.warnings(), format);
            java.util.Set<Integer> tables = new java.util.HashSet<>();
            txt.passages().stream().filter(p -> p.text().contains("\t")).forEach(p -> tables.add(p.ordinal()));
            List<String> expected = summaries(txt, tables);
            List<String> actual = summaries(d, tables);
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                assertEquals(expected.get(i), actual.get(i), format + " passage " + i);
            }
            assertEquals(expected.size(), actual.size(), format + " passage count");
        }
    }

    /** What must agree between formats: everything about a passage except its offsets and id. */
    private static List<String> summaries(ExtractedDocument d, java.util.Set<Integer> tables) {
        List<String> out = new ArrayList<>();
        for (Passage p : d.passages()) {
            if (tables.contains(p.ordinal())) {
                // A table: a PDF interleaves the lines of cells that wrap, so only the words can agree.
                List<String> words = new ArrayList<>(List.of(p.text().split("\\s+")));
                java.util.Collections.sort(words);
                out.add(p.ordinal() + " " + p.section().id() + " "
                        + p.polarity().id() + " " + p.heading() + " | " + words);
                continue;
            }
            out.add(p.ordinal() + " " + p.section().id() + " " + p.polarity().id() + " " + p.themes() + " "
                    + p.heading() + " | " + p.text());
        }
        return out;
    }

    static String toHtml(String cleaned) {
        StringBuilder html = new StringBuilder(
                "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>t</title></head><body>\n");
        for (String block : cleaned.split("\n\n")) {
            String[] lines = block.split("\n");
            if (lines.length > 1 && block.contains("\t") && !block.startsWith("- ")) {
                // A table: one row per line, cells at the tabs.
                html.append("<table>\n");
                for (String line : lines) {
                    html.append("  <tr>");
                    for (String cell : line.split("\t", -1)) {
                        html.append("<td>").append(escape(cell)).append("</td>");
                    }
                    html.append("</tr>\n");
                }
                html.append("</table>\n");
                continue;
            }
            if (lines.length > 1 && !lines[0].startsWith("- ") && !lines[1].startsWith("- ")) {
                // An address, table or sign-off: one paragraph with line breaks.
                html.append("<p>");
                for (int i = 0; i < lines.length; i++) {
                    html.append(i == 0 ? "" : "<br>\n").append(escape(lines[i]));
                }
                html.append("</p>\n");
                continue;
            }
            boolean list = false;
            for (String line : lines) {
                if (line.startsWith("- ")) {
                    if (!list) {
                        html.append("<ul>\n");
                        list = true;
                    }
                    html.append("  <li>").append(escape(line.substring(2))).append("</li>\n");
                } else {
                    if (list) {
                        html.append("</ul>\n");
                        list = false;
                    }
                    html.append("<p>").append(escape(line)).append("</p>\n");
                }
            }
            if (list) {
                html.append("</ul>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\t", "    ");
    }

    /** One printed line: text segments at x offsets from the margin. */
    private record PrintedLine(List<Float> xs, List<String> texts) {
        static PrintedLine of(float x, String text) {
            return new PrintedLine(List.of(x), List.of(text));
        }
    }

    /**
     * Writes the text as a PDF with Helvetica 10pt: lines wrapped to the page, paragraphs separated
     * by an empty line, new pages as needed, and tab-separated rows (the inspection team) laid out
     * as a two-column table, the second column wrapped to its half of the page.
     */
    static void writePdf(String cleaned, Path file) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float fontSize = 10;
        float leading = 13;
        float margin = 56;
        PDRectangle size = PDRectangle.A4;
        float width = size.getWidth() - 2 * margin;
        List<PrintedLine> lines = new ArrayList<>();
        for (String block : cleaned.split("\n\n")) {
            for (String line : block.split("\n")) {
                if (line.contains("\t")) {
                    String[] cells = line.split("\t", 2);
                    List<String> first = wrap(cells[0], font, fontSize, width / 2 - 8);
                    List<String> second = wrap(cells[1], font, fontSize, width / 2);
                    for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
                        lines.add(new PrintedLine(
                                List.of(0f, width / 2),
                                List.of(i < first.size() ? first.get(i) : "", i < second.size() ? second.get(i) : "")));
                    }
                } else {
                    for (String wrapped : wrap(line, font, fontSize, width)) {
                        lines.add(PrintedLine.of(0, wrapped));
                    }
                }
            }
            lines.add(PrintedLine.of(0, ""));
        }
        try (PDDocument document = new PDDocument()) {
            PDPageContentStream stream = null;
            float y = 0;
            for (PrintedLine line : lines) {
                if (stream == null || y < margin) {
                    if (stream != null) {
                        stream.close();
                    }
                    PDPage page = new PDPage(size);
                    document.addPage(page);
                    stream = new PDPageContentStream(document, page);
                    y = size.getHeight() - margin;
                    if (String.join("", line.texts()).isEmpty()) {
                        continue;
                    }
                }
                for (int i = 0; i < line.texts().size(); i++) {
                    if (!line.texts().get(i).isEmpty()) {
                        stream.beginText();
                        stream.setFont(font, fontSize);
                        stream.newLineAtOffset(margin + line.xs().get(i), y);
                        stream.showText(line.texts().get(i));
                        stream.endText();
                    }
                }
                y -= leading;
            }
            if (stream != null) {
                stream.close();
            }
            document.save(file.toFile());
        }
    }

    private static List<String> wrap(String line, PDType1Font font, float fontSize, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * fontSize > width) {
                out.add(current.toString());
                current.setLength(0);
                current.append(word);
            } else {
                current.setLength(0);
                current.append(candidate);
            }
        }
        out.add(current.toString());
        return out;
    }
}
