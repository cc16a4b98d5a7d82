package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Unknown addresses get a 404 in the form the caller reads: JSON under /api, a page elsewhere. */
@ExtendWith(TestSite.Extension.class)
class NotFoundTest {
    @Test
    void anUnknownApiPathAnswersJson(TestSite site) {
        HttpResponse<String> response = site.get("/api/no-such-thing");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("json"));
        assertEquals(
                "No such API endpoint: /api/no-such-thing",
                TestSite.parse(response.body()).path("message").asText());
    }

    @Test
    void anEndpointsOwn404MessageIsKept(TestSite site) {
        HttpResponse<String> response = site.get("/api/documents/no-such-document");
        assertEquals(404, response.statusCode());
        assertTrue(
                !TestSite.parse(response.body()).path("message").asText().startsWith("No such API endpoint"),
                response.body());
    }

    @Test
    void anUnknownPageIsAPage(TestSite site) {
        HttpResponse<String> response = site.get("/no-such-page");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"));
        assertTrue(response.headers()
                .firstValue("Content-Security-Policy")
                .orElse("")
                .contains("frame-ancestors 'none'"));
    }
}
