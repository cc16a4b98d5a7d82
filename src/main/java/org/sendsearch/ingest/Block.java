package org.sendsearch.ingest;

/**
 * One unit of cleaned text: a heading, a list item or a paragraph.
 *
 * @param kind          what it is
 * @param label         "-" for a bullet, the number or letter for a numbered item ("3.5", "a)"), "" otherwise
 * @param text          the text without its bullet or label, as it appears in the cleaned text
 * @param start         offset of {@code text} in the cleaned text
 * @param end           offset just past it
 * @param markdownLevel the number of '#' a Markdown (or HTML h1-h6) heading had, 0 if none
 * @param multiline     true if it kept line breaks (tables, addresses, sign-offs): never a finding on its own
 * @param gapBefore     0 if it followed the previous block on the next line, 1 after a blank line, 2 after a page break
 */
record Block(
        Kind kind, String label, String text, int start, int end, int markdownLevel, boolean multiline, int gapBefore) {

    enum Kind {
        HEADING,
        ITEM,
        PARAGRAPH
    }

    boolean isHeading() {
        return kind == Kind.HEADING;
    }

    boolean isItem() {
        return kind == Kind.ITEM;
    }

    boolean isBullet() {
        return "-".equals(label);
    }
}
