package org.sendsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.CharFilter;
import org.junit.jupiter.api.Test;

class ApostrophesTest {
    @Test
    void everyLookAlikeReadsAsTheAsciiApostropheAndNothingElseChanges() throws IOException {
        String text =
                "parent\u2019s \u2018quoted\u2019 ma\u02BCam \u201Bit O\uFF07Brien caf\u00B4e \u201Cdouble\u201D naïve";
        assertEquals(
                "parent's 'quoted' ma'am 'it O'Brien caf'e \u201Cdouble\u201D naïve",
                readAll(Apostrophes.normalise(new StringReader(text)), 7));
    }

    @Test
    void offsetsStayThoseOfTheOriginalText() {
        CharFilter filter = (CharFilter) Apostrophes.normalise(new StringReader("the area\u2019s plan"));
        assertEquals(8, filter.correctOffset(8));
        assertEquals(15, filter.correctOffset(15));
    }

    @Test
    void readsLongTextInAnyBufferSize() throws IOException {
        String text = "children\u2019s needs ".repeat(2_000);
        String expected = text.replace('\u2019', '\'');
        assertEquals(expected, readAll(Apostrophes.normalise(new StringReader(text)), 1));
        assertEquals(expected, readAll(Apostrophes.normalise(new StringReader(text)), 4096));
    }

    private static String readAll(Reader reader, int bufferSize) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[bufferSize + 3];
        for (int n = reader.read(buffer, 3, bufferSize); n != -1; n = reader.read(buffer, 3, bufferSize)) {
            out.append(buffer, 3, n);
        }
        return out.toString();
    }
}
