package org.sendsearch.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseExpanderTest {

    @Test
    void phrasesHoldASignificantWordAndDoNotStartOrEndWithAFunctionWord() {
        Set<String> phrases =
                PhraseExpander.phrasesIn("Parents often must tell their story more than once.", Set.of("story"));
        assertTrue(phrases.contains("tell their story"), phrases.toString());
        assertFalse(phrases.contains("their story"), "starts with a function word");
        assertFalse(phrases.contains("story more than"), "ends with a function word");
        assertFalse(phrases.contains("must tell"), "no significant word");
        assertFalse(phrases.stream().anyMatch(p -> p.split(" ").length > 4));
    }

    @Test
    void wordsAreSplitAsTheUnstemmedFieldDoes() {
        Set<String> phrases =
                PhraseExpander.phrasesIn("Young people post-16 wait; children's plans", Set.of("16", "children's"));
        assertTrue(phrases.contains("post 16"), phrases.toString());
        assertTrue(phrases.contains("children's plans"), phrases.toString());
    }

    @Test
    void phrasesSharingTwoWordsAreOneFinding() {
        assertTrue(PhraseExpander.overlap(
                "attention deficit hyperactivity disorder", "deficit hyperactivity disorder adhd"));
        assertFalse(PhraseExpander.overlap("wait too long", "waiting times"));
        assertFalse(PhraseExpander.overlap("post 16", "16"), "a single word is not a phrase");
    }

    @Test
    void jlhRewardsWhatIsCommonerInTheSelection() {
        assertEquals(0, PhraseExpander.jlh(1, 10, 100, 100), 1e-9, "rarer in the selection than overall");
        assertTrue(PhraseExpander.jlh(3, 20, 3, 273) > PhraseExpander.jlh(5, 20, 24, 273));
        assertEquals(0, PhraseExpander.jlh(0, 0, 0, 0), 1e-9);
    }
}
