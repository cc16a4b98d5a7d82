package org.sendsearch.ingest;

/**
 * The sentence around a match in cleaned text: from just after the last full stop or line break
 * before the match, to the first full stop (included) or line break (left out) after it, or the
 * end of the text. A line break ends a sentence because the cleaner has already joined the lines
 * of a paragraph: what is left on another line is another block.
 *
 * <p>The one way the extractor cuts a sentence out of a document when a rule needs the words
 * around a match (is this mention of a Written Statement of Action saying it is required? which
 * sentence states the outcome? does this sentence name a 2023-framework outcome?).
 *
 * @param start  where the sentence starts (its leading space kept, as the rules were written)
 * @param end    just past its last character
 * @param closed true if it ends with a full stop, false if a line break or the end of the text cut it
 */
record Sentence(int start, int end, boolean closed) {

    /** The sentence holding {@code text[from, to)}. */
    static Sentence around(String text, int from, int to) {
        return around(text, from, to, true);
    }

    /**
     * The sentence holding {@code text[from, to)}; with {@code lineBreakEnds} false only full stops
     * bound it, for text whose lines were not joined into paragraphs (a sentence boxed in a PDF
     * keeps its line breaks).
     */
    static Sentence around(String text, int from, int to, boolean lineBreakEnds) {
        int start = Math.max(text.lastIndexOf('.', from), lineBreakEnds ? text.lastIndexOf('\n', from) : -1) + 1;
        int end = to;
        while (end < text.length() && text.charAt(end) != '.' && (!lineBreakEnds || text.charAt(end) != '\n')) {
            end++;
        }
        boolean closed = end < text.length() && text.charAt(end) == '.';
        return new Sentence(start, closed ? end + 1 : end, closed);
    }

    /** The sentence's text. */
    String in(String text) {
        return text.substring(start, end);
    }

    /** True if the text ends a sentence: a full stop, question or exclamation mark, colon or semicolon, maybe quoted. */
    static boolean ends(CharSequence s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"'”’)]".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?:;".indexOf(s.charAt(i)) >= 0;
    }
}
