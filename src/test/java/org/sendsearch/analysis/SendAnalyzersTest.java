package org.sendsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** The index chain, stage by stage, through {@link SendAnalyzers#indexAnalyzer()}. */
class SendAnalyzersTest {

    private final Analyzer index = SendAnalyzers.indexAnalyzer();

    @Test
    void dropsPossessivesWrittenWithAnyApostrophe() {
        assertEquals(List.of("area@0", "plan@1"), Tokens.positioned(index, "the area's plan"));
        assertEquals(List.of("area@0", "plan@1"), Tokens.positioned(index, "the area’s plan"));
        assertEquals(List.of("area@0", "plan@1"), Tokens.positioned(index, "the area‘s plan"));
        assertEquals(List.of("area@0", "plan@1"), Tokens.positioned(index, "the AREA＇S plan"));
    }

    @Test
    void apostrophesInsideWordsReadTheSameWhateverTheGlyph() {
        assertEquals(Tokens.terms(index, "don't"), Tokens.terms(index, "don’t"));
    }

    @Test
    void foldsAccents() {
        assertEquals(List.of("naive", "cafe"), Tokens.terms(index, "naïve café"));
        assertEquals(List.of("naive", "cafe"), Tokens.terms(index, "NAÏVE CAFÉ"));
    }

    @Test
    void removesStopWordsWithoutLeavingGaps() {
        assertEquals(
                List.of("education@0", "health@1", "care@2", "plan@3"),
                Tokens.positioned(index, "education, health and care plan"));
        assertEquals(List.of("sen@0", "disability@1"), Tokens.positioned(index, "SEN and/or disabilities"));
    }

    @Test
    void keepsNegationsWhichAreTheFinding() {
        assertEquals(List.of("not", "education"), Tokens.terms(index, "not in education"));
        assertEquals(List.of("no", "ehc", "plan"), Tokens.terms(index, "no EHC plan"));
    }

    @Test
    void stemsTheLastStage() {
        assertEquals(
                List.of("child", "wait", "ehcp", "assessment"),
                Tokens.terms(index, "Children waited for EHCP assessments"));
    }

    @Test
    void offsetsPointIntoTheOriginalText() throws Exception {
        String text = "the area’s plan";
        try (var stream = index.tokenStream("body", text)) {
            var offsets = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            stream.reset();
            stream.incrementToken();
            assertEquals("area’s", text.substring(offsets.startOffset(), offsets.endOffset()));
            stream.end();
        }
    }

    @Test
    void normalisesWildcardTermsLikeTheIndex() {
        assertEquals("cafe", index.normalize("body", "CAFÉ").utf8ToString());
    }
}
