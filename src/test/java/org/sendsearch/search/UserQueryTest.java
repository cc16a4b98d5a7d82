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

    @Test
    void aQuestionMatchesByItsSubject() {
        assertEquals(
                "to an EHC plan",
                UserQuery.parse("how long does it take to get an EHC plan")
                        .subject()
                        .positive());
        assertEquals(
                List.of("schools", "enough", "support?"),
                UserQuery.parse("Do schools have enough support?").subject().words());
        assertEquals(
                "needs identified in the early years",
                UserQuery.parse("how well are needs identified in the early years")
                        .subject()
                        .positive(),
                "'well' frames only right after 'how'");
        assertEquals(
                "parents \"tell their story\"",
                UserQuery.parse("do parents \"tell their story\"?").subject().positive(),
                "a quoted phrase is kept whole, even of framing words");
        assertEquals(
                "autism assessment?",
                UserQuery.parse("autism assessment?").subject().positive());
    }

    @Test
    void notAQuestionOrOnlyFramingIsLeftAsTyped() {
        assertEquals(
                "getting it right first time",
                UserQuery.parse("getting it right first time").subject().positive(),
                "no question word first, no question mark: framing words are words");
        assertEquals("how do they", UserQuery.parse("how do they").subject().positive(), "nothing else to keep");
        assertEquals(
                "what | autism",
                UserQuery.parse("what OR autism").subject().positive(),
                "alternatives are the person's own choice");
        UserQuery question = UserQuery.parse("how are EHC plans written -draft");
        assertEquals("draft", question.subject().negative(), "exclusions stay");
        assertEquals(
                "well-being",
                UserQuery.parse("how is well-being supported").subject().words().get(0));
    }
}
