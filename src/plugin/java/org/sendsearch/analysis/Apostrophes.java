package org.sendsearch.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Rewrites typographic apostrophes and single quotes (’ ‘ ʼ ‛ ＇ and the acute accent used as one)
 * to the ASCII apostrophe before tokenising.
 *
 * <p>Inspection letters are typeset: "the area’s plan" arrives with U+2019. Lucene's possessive
 * filter happens to know U+2019, but the other look-alikes it does not, and a word such as
 * "parent’s" must index exactly as "parent's" whichever glyph the writer's software chose. Doing
 * it as a character filter means every later stage (tokenizer, possessive filter, folding) sees
 * one spelling. Offsets still point into the original text, so highlighting is unaffected.
 */
public final class Apostrophes {

    private static final NormalizeCharMap MAP = buildMap();

    private Apostrophes() {
    }

    /** Wraps a reader so that apostrophe look-alikes read as {@code '}. */
    public static Reader normalise(Reader reader) {
        return new MappingCharFilter(MAP, reader);
    }

    private static NormalizeCharMap buildMap() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String lookAlike : new String[] {"\u2019", "\u2018", "\u02BC", "\u201B", "\uFF07", "\u00B4"}) {
            builder.add(lookAlike, "'");
        }
        return builder.build();
    }
}
