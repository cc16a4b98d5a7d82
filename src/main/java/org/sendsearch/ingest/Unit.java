package org.sendsearch.ingest;

/**
 * A block in the making while text is cleaned: its label or bullet, text so far, and what the
 * joining rules need to know about it (gap before it, Markdown level, indent, the length of its
 * last source line, whether it is a heading). Mutable, owned by one cleaning run.
 */
final class Unit {
    String label = "";
    boolean bullet;
    final StringBuilder text = new StringBuilder();
    boolean multiline;
    int gapBefore;
    int markdownLevel;
    int indent;
    int lastLineLength;
    boolean heading;

    String text() {
        return text.toString();
    }

    /**
     * Appends the next line or block of the same sentence: a word hyphenated at the end of a line
     * ("assess-" / "ment") is joined without the hyphen's space, anything else after a space.
     */
    void join(String next) {
        int n = text.length();
        if (n > 1
                && text.charAt(n - 1) == '-'
                && Character.isLetter(text.charAt(n - 2))
                && Words.startsLowercase(next)) {
            text.append(next);
        } else {
            text.append(' ').append(next);
        }
    }
}
