package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendsearch.ingest.TermAnalysis;
import org.sendsearch.search.Highlight;

/**
 * The search's words marked on the document page are the word forms the index matches them with
 * (its own analysis chain), not every word that starts the same way.
 */
class SearchTermsTest {

    private static List<String> marked(String typed, String text) {
        Highlight highlight = SearchTerms.of(typed).mark(text);
        assertEquals(
                text,
                String.join(
                        "",
                        highlight.segments().stream()
                                .map(Highlight.Segment::text)
                                .toList()));
        return highlight.segments().stream()
                .filter(Highlight.Segment::marked)
                .map(Highlight.Segment::text)
                .toList();
    }

    @Test
    void aWordMarksTheFormsTheIndexMatches() {
        assertEquals(
                List.of("Children", "child's", "child"),
                marked("children", "Children and their families; a child's plan; every child."));
        assertEquals(List.of("waits", "waiting", "waited"), marked("wait", "Long waits, waiting lists, they waited."));
    }

    @Test
    void aWordNoLongerMarksLongerWordsThatOnlyStartTheSame() {
        // Marking by prefix marked "career" for "care"; the index does not match it.
        assertEquals(List.of("care", "Care"), marked("care", "Health care and a career. Care leavers."));
    }

    @Test
    void assessmentsMarksAssessedOnlyIfTheIndexWouldMatchIt() {
        TermAnalysis index = TermAnalysis.indexChain();
        boolean oneTerm = index.terms("assessments").equals(index.terms("assessed"));
        List<String> marks = marked("assessments", "An assessment was assessed; assessments were late.");
        assertTrue(marks.contains("assessment"), marks.toString());
        assertTrue(marks.contains("assessments"), marks.toString());
        assertEquals(
                oneTerm,
                marks.contains("assessed"),
                marks + " (index: " + index.terms("assessments") + " / " + index.terms("assessed") + ")");
    }

    @Test
    void stopWordsMarkNothingAndExclusionsAreNotMarked() {
        assertEquals(List.of("autism"), marked("the autism -diagnosis", "The autism diagnosis is the start."));
    }

    @Test
    void phrasesMarkAsWrittenAndPrefixesMarkEveryWordStartingSo() {
        assertEquals(
                List.of("tell their story"),
                marked("\"tell their story\"", "They had to tell their story, told their stories again."));
        assertEquals(List.of("assessment", "assessed"), marked("assess*", "The assessment was assessed."));
    }

    @Test
    void aBlankSearchMarksNothing() {
        assertTrue(SearchTerms.of("  ").isEmpty());
        assertTrue(SearchTerms.of("-autism").isEmpty());
        assertTrue(SearchTerms.of("the").isEmpty(), "a stop word alone has no term to mark");
    }
}
