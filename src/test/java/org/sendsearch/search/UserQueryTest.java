package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UserQueryTest {
    @Test
    void plainWordsPhrasesPrefixesAndExclusions() {
        UserQuery query = UserQuery.parse("autism \"tell their story\" assess* -ADHD -\"adult services\"");
        assertEquals("autism \"tell their story\" assess*", query.positive());
        assertEquals("ADHD \"adult services\"", query.negative());
        assertEquals(List.of("autism"), query.words());
        assertEquals(List.of("tell their story"), query.phrases());
        assertFalse(query.hasAlternatives());
    }

    @Test
    void orBetweenWordsBecomesTheOrOperator() {
        UserQuery query = UserQuery.parse("portage OR camhs");
        assertEquals("portage | camhs", query.positive());
        assertTrue(query.hasAlternatives());
        assertEquals("camhs", UserQuery.parse("OR camhs OR").positive(), "dangling ORs are dropped");
        assertEquals("or camhs", UserQuery.parse("or camhs").positive(), "lower-case 'or' is a word");
    }

    @Test
    void onlyExclusionsLeaveNothingPositive() {
        UserQuery query = UserQuery.parse("-adhd");
        assertEquals("", query.positive());
        assertEquals("adhd", query.negative());
        assertFalse(query.isEmpty());
    }

    @Test
    void operatorCharactersInsideWordsAndUnclosedQuotesAreHarmless() {
        assertEquals("co-production", UserQuery.parse("co-production").positive(), "a hyphen inside a word stays");
        assertEquals("\"unclosed phrase\"", UserQuery.parse("\"unclosed phrase").positive());
        assertEquals("ab", UserQuery.parse("a|b").positive());
        assertEquals("", UserQuery.parse("\"\" * | -").positive());
        assertTrue(UserQuery.parse("   ").isEmpty());
        assertEquals("a", UserQuery.parse("a - \"\"").positive());
    }

    @Test
    void curlyAndOtherTypedQuotesArePhrases() {
        for (String typed : List.of(
                "“tell their story”",
                "„tell their story“",
                "″tell their story″",
                "＂tell their story＂",
                "“tell their story\"")) {
            UserQuery query = UserQuery.parse(typed);
            assertEquals(List.of("tell their story"), query.phrases(), typed);
            assertEquals("\"tell their story\"", query.positive(), typed);
        }
        assertEquals("autism", UserQuery.parse("autism –“adult services”").positive());
        assertEquals(
                "\"adult services\"",
                UserQuery.parse("autism –“adult services”").negative());
        assertEquals("ADHD", UserQuery.parse("autism −ADHD").negative(), "minus sign");
        assertEquals("2019–2020", UserQuery.parse("2019–2020").positive(), "a dash inside a word stays");
        assertEquals("", UserQuery.parse("autism –").negative(), "a lone dash excludes nothing");
    }
}
