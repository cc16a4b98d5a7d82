package org.sendsearch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which addresses may become a link: absolute http(s) with a host, nothing else. */
class PublishedAddressTest {
    @Test
    void absoluteHttpAndHttpsAddressesAreTaken() {
        for (String url : new String[] {
            "https://reports.ofsted.gov.uk/provider/44/80538",
            "http://www.knowsley.gov.uk/send/report.pdf",
            "HTTPS://files.ofsted.gov.uk/v1/file/50183946?x=1&y=(2)'",
            "https://example.org:8443/a%20b#page=3"
        }) {
            assertEquals(Optional.empty(), PublishedAddress.refusal(url), url);
        }
        PublishedAddress listed = PublishedAddress.listed("https://reports.ofsted.gov.uk/provider/44/80538");
        assertEquals(PublishedAddress.Origin.LISTED, listed.origin());
        assertEquals("https://reports.ofsted.gov.uk/provider/44/80538", listed.listedUrl());
        assertEquals("reports.ofsted.gov.uk", listed.host());
        assertEquals(null, PublishedAddress.page("https://example.org/").listedUrl(), "not from the list");
    }

    @Test
    void everyOtherAddressIsRefusedWithItsReason() {
        assertRefused("javascript:alert(document.cookie)", "not an http or https address (scheme 'javascript:')");
        assertRefused("JavaScript:alert(1)", "not an http or https address (scheme 'javascript:')");
        assertRefused("data:text/html,<script>alert(1)</script>", "not a valid web address");
        assertRefused("data:text/html;base64,PHNjcmlwdD4=", "not an http or https address (scheme 'data:')");
        assertRefused("vbscript:msgbox(1)", "not an http or https address (scheme 'vbscript:')");
        assertRefused("ftp://example.org/report.pdf", "not an http or https address (scheme 'ftp:')");
        assertRefused("/provider/44/80538", "a relative address");
        assertRefused("reports.ofsted.gov.uk/provider/44", "a relative address");
        assertRefused("//reports.ofsted.gov.uk/provider/44", "a relative address");
        assertRefused("https:///no-host", "has no host name");
        assertRefused("https://ofsted.gov.uk@evil.example/", "carries a user name or password");
        assertRefused("https://example.org/a b", "contains a space or a control character");
        assertRefused(" https://example.org/\n", "contains a space or a control character");
        assertRefused("java\tscript:alert(1)", "contains a space or a control character");
        assertRefused("https://example.org/\"><script>", "not a valid web address");
        assertRefused("", "no address given");
        assertRefused("https://example.org/" + "a".repeat(PublishedAddress.MAX_LENGTH), "longer than 2048 characters");
        assertThrows(IllegalArgumentException.class, () -> PublishedAddress.listed("javascript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> PublishedAddress.page("/relative"));
    }

    private static void assertRefused(String url, String reason) {
        Optional<String> refusal = PublishedAddress.refusal(url);
        assertTrue(refusal.isPresent(), url);
        assertTrue(refusal.get().startsWith(reason), url + ": " + refusal.get());
    }
}
