package org.sendsearch.synth;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a document as the converted plain text the bundled corpus holds: blocks separated by an
 * empty line, list items on consecutive lines starting "- ", table cells separated by tabs, and
 * headings either as lines of their own (letters) or as Markdown (council reports).
 */
final class TextRenderer {
    private TextRenderer() {}

    static byte[] render(SyntheticDocument document) {
        StringBuilder out = new StringBuilder();
        List<Part> parts = document.parts();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            Part.Kind next = i + 1 < parts.size() ? parts.get(i + 1).kind() : null;
            switch (part.kind()) {
                case HEADING ->
                    out.append(
                                    document.style() == SyntheticDocument.TextStyle.MARKDOWN
                                            ? "## **" + part.text() + "**"
                                            : part.text())
                            .append("\n\n");
                case TITLE, PARAGRAPH -> out.append(part.text()).append("\n\n");
                case BULLET -> out.append("- ").append(part.text()).append(next == Part.Kind.BULLET ? "\n" : "\n\n");
                case ROW -> out.append(part.text()).append(next == Part.Kind.ROW ? "\n" : "\n\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
