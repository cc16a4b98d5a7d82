package org.sendsearch.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Rewrites typographic apostrophes and single quotes (’ ‘ ʼ ‛ ＇ and the acute accent used as one)
 * to the ASCII apostrophe before tokenising.
 *
 * <p>Inspection letters are typeset: "the area’s plan" arrives with U+2019. Lucene's possessive
 * filter happens to know U+2019, but the other look-alikes it does not, and a word such as
 * "parent’s" must index exactly as "parent's" whichever glyph the writer's software chose. Doing
 * it as a character filter means every later stage (tokenizer, possessive filter, folding) sees
 * one spelling.
 *
 * <p>Every rewrite is one character for one, so the text keeps its length and offsets need no
 * correcting: highlighting still points into the original text. That is also why this is a plain
 * substitution over each buffer read rather than Lucene's general {@code MappingCharFilter},
 * whose per-character map lookups through a rolling buffer were a fifth of Elasticsearch's CPU
 * while indexing (every text field is read through this filter, some twice).
 */
public final class Apostrophes {

    private Apostrophes() {}

    /** Wraps a reader so that apostrophe look-alikes read as {@code '}. */
    public static Reader normalise(Reader reader) {
        return new ApostropheFilter(reader);
    }

    /** Whether {@code c} is one of the look-alikes rewritten to {@code '}. */
    static boolean isLookAlike(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u201B', '\uFF07', '\u00B4' -> true;
            default -> false;
        };
    }

    private static final class ApostropheFilter extends CharFilter {
        ApostropheFilter(Reader input) {
            super(input);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = input.read(buffer, offset, length);
            for (int i = offset; i < offset + read; i++) {
                // Everything the look-alikes share: none is below U+00B4.
                if (buffer[i] >= '\u00B4' && isLookAlike(buffer[i])) {
                    buffer[i] = '\'';
                }
            }
            return read;
        }

        @Override
        protected int correct(int currentOffset) {
            return currentOffset;
        }
    }
}
