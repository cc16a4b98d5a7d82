package org.sendsearch.synth;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sendsearch.util.Html;

/**
 * Writes a document as a simple web page such as councils publish: headings as {@code <h2>},
 * paragraphs, lists and a table for the team or details. The title stays a paragraph, as in the
 * text form, so that both give the same blocks.
 */
final class HtmlRenderer {
    private HtmlRenderer() {}

    static byte[] render(SyntheticDocument document) {
        StringBuilder out = new StringBuilder(
                        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(titleOf(document)))
                .append("</title>\n</head>\n<body>\n<main>\n");
        List<Part> parts = document.parts();
        Part.Kind previous = null;
        for (Part part : parts) {
            if (previous == Part.Kind.BULLET && part.kind() != Part.Kind.BULLET) {
                out.append("</ul>\n");
            } else if (previous == Part.Kind.ROW && part.kind() != Part.Kind.ROW) {
                out.append("</table>\n");
            }
            switch (part.kind()) {
                case HEADING ->
                    out.append("<h2>").append(Html.escape(part.text())).append("</h2>\n");
                case TITLE, PARAGRAPH ->
                    out.append("<p>").append(Html.escape(part.text())).append("</p>\n");
                case BULLET ->
                    out.append(previous == Part.Kind.BULLET ? "" : "<ul>\n")
                            .append("  <li>")
                            .append(Html.escape(part.text()))
                            .append("</li>\n");
                case ROW -> {
                    out.append(previous == Part.Kind.ROW ? "" : "<table>\n").append("  <tr>");
                    for (String cell : part.cells()) {
                        out.append("<td>").append(Html.escape(cell)).append("</td>");
                    }
                    out.append("</tr>\n");
                }
            }
            previous = part.kind();
        }
        if (previous == Part.Kind.BULLET) {
            out.append("</ul>\n");
        } else if (previous == Part.Kind.ROW) {
            out.append("</table>\n");
        }
        return out.append("</main>\n</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String titleOf(SyntheticDocument document) {
        return document.parts().stream()
                .filter(p -> p.kind() == Part.Kind.TITLE)
                .map(Part::text)
                .findFirst()
                .orElse(document.stem());
    }
}
