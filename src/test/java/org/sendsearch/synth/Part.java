package org.sendsearch.synth;

import java.util.List;

/**
 * One block of a generated document, independent of the file format it is written in, so that the
 * same document comes out as .txt, .html and .pdf with the same blocks.
 *
 * @param kind  what the block is
 * @param text  its text; for a {@link Kind#ROW}, the cells joined by tabs
 */
public record Part(Kind kind, String text) {

    /** The kinds of block the real documents are made of. */
    public enum Kind {
        /** A section heading ("Main findings", "3.0 BACKGROUND INFORMATION"). */
        HEADING,
        /** The document's title line. */
        TITLE,
        /** A paragraph of prose, or a short line of a letterhead or address. */
        PARAGRAPH,
        /** A bulleted list item. */
        BULLET,
        /** A row of a two-column table (the inspection team, report details). */
        ROW
    }

    public Part {
        if (kind == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a part needs a kind and some text");
        }
    }

    public static Part heading(String text) {
        return new Part(Kind.HEADING, text);
    }

    public static Part title(String text) {
        return new Part(Kind.TITLE, text);
    }

    public static Part paragraph(String text) {
        return new Part(Kind.PARAGRAPH, text);
    }

    public static Part bullet(String text) {
        return new Part(Kind.BULLET, text);
    }

    public static Part row(String... cells) {
        return new Part(Kind.ROW, String.join("\t", cells));
    }

    /** The cells of a row (one cell for any other kind). */
    public List<String> cells() {
        return List.of(text.split("\t", -1));
    }
}
