package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sendsearch.web.page.Feedback;

/** {@code SENDSEARCH_FEEDBACK_URL}: what is accepted, and what stops the server with the variable named. */
class FeedbackTest {
    @Test
    void acceptsWebAndMailAddressesAndRefusesTheRest() {
        assertNull(Feedback.parse(null));
        assertNull(Feedback.parse("  "));
        assertEquals(
                "https://github.com/example/send-search/issues",
                Feedback.parse(" https://github.com/example/send-search/issues "));
        assertEquals("mailto:send-team@example.org", Feedback.parse("mailto:send-team@example.org"));
        for (String bad : new String[] {"javascript:alert(1)", "data:text/html,x", "not a url", "ftp://x"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Feedback.parse(bad));
            assertTrue(e.getMessage().startsWith(Feedback.VARIABLE + " must be"), e.getMessage());
        }
    }

    @Test
    void withoutAnAddressTheFooterLinksToTheHelpPage() {
        if (System.getenv(Feedback.VARIABLE) == null) {
            assertEquals(Feedback.FALLBACK, Feedback.href());
        }
    }
}
