package org.sendsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Word families the stemmer must conflate, and neighbours it must keep apart. */
class SendStemmingTest {

    private final Analyzer index = SendAnalyzers.indexAnalyzer();

    private String stem(String word) {
        List<String> terms = Tokens.terms(index, word);
        assertEquals(1, terms.size(), () -> word + " gave " + terms);
        return terms.get(0);
    }

    private void assertConflated(String... words) {
        for (String word : words) {
            assertEquals(stem(words[0]), stem(word), () -> word + " vs " + words[0]);
        }
    }

    @Test
    void conflatesInflections() {
        assertConflated("wait", "waits", "waiting", "waited");
        assertConflated("assessment", "assessments");
        assertConflated("assess", "assessed", "assessing");
        assertConflated("plan", "plans", "planning", "planned");
        assertConflated("commission", "commissioning", "commissioned");
        assertConflated("improve", "improved", "improving", "improves");
        assertConflated("need", "needs", "needed");
        assertConflated("provide", "provided", "provides");
        assertConflated("family", "families");
        assertConflated("disability", "disabilities");
        assertConflated("year", "years");
        assertConflated("condition", "conditions");
    }

    @Test
    void conflatesIrregularPlurals() {
        assertConflated("child", "children", "children's");
    }

    @Test
    void keepsNeighboursApart() {
        for (List<String> pair : List.of(
                List.of("universe", "university"),
                List.of("organ", "organisation"),
                List.of("general", "generous"),
                List.of("new", "news"),
                List.of("care", "careful"),
                List.of("care", "carer"),
                List.of("author", "authority"),
                List.of("office", "officer"),
                List.of("communication", "community"),
                List.of("person", "personal"))) {
            assertNotEquals(stem(pair.get(0)), stem(pair.get(1)), pair::toString);
        }
    }

    @Test
    void leavesDerivationsApartByChoice() {
        assertNotEquals(stem("assess"), stem("assessment"));
    }
}
