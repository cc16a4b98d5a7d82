package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Adversarial requests to every endpoint, from a seeded generator so a failure can be replayed:
 * query syntax of every kind, huge and odd values, control characters, right-to-left text, emoji,
 * NUL, invalid UTF-8 in the URL, unknown facet values, impossible dates. Every answer must be 200,
 * 400 or 404 with no stack trace and no raw Elasticsearch error, and the server's memory must stay
 * flat. A URL longer than the server accepts gets Jetty's 414 or 431, which are orderly answers too.
 * The count is {@code -Dfuzz.requests=N}: 2,000 in the ordinary test run (about a minute and a half
 * here); run it with 10,000 as {@code mvn test -Dtest=ApiFuzzTest -Dfuzz.requests=10000}.
 */
@ExtendWith(TestSite.Extension.class)
class ApiFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261125L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 2_000);

    private static final List<String> ENDPOINTS = List.of(
            "/api/search",
            "/api/search",
            "/api/search",
            "/search",
            "/api/insights/matrix",
            "/api/insights/phrases",
            "/api/phrases/usage",
            "/api/export",
            "/api/areas",
            "/insights");
    private static final List<String> PATH_ENDPOINTS = List.of(
            "/api/documents/",
            "/documents/",
            "/api/passages/%s/similar",
            "/findings/%s/similar",
            "/api/areas/",
            "/areas/",
            "/documents/%s/source");
    private static final List<String> PARAMETERS = List.of(
            "q",
            "scope",
            "area",
            "region",
            "type",
            "year",
            "section",
            "polarity",
            "theme",
            "wsoa",
            "from",
            "to",
            "sort",
            "page",
            "size",
            "leadInspector",
            "pivot",
            "format",
            "a",
            "b");
    private static final List<String> NASTY = List.of(
            "\"",
            "\"unbalanced",
            "((",
            ")]}",
            "field:value",
            "text:EHCP",
            "_id:1",
            "/regex.*/",
            "fuzzy~",
            "boost^9",
            "\\",
            "\\\\\\",
            "a AND",
            "OR OR OR",
            "NOT",
            "-",
            "*",
            "?",
            "&&||!",
            "{!lucene}",
            "<script>alert(1)</script>",
            "\" onmouseover=\"alert(1)",
            "javascript:alert(1)",
            "'; DROP TABLE x;--",
            "${jndi:ldap://x}",
            "%00",
            "\u0000",
            "\u0007\u001b[31m",
            "\u202Eevil\u202C",
            "مرحبا",
            "שלום",
            "😀🙈💥",
            "\uD83D",
            "null",
            "undefined",
            "NaN",
            "-1",
            "0",
            "2147483648",
            "99999999999999999999",
            "1e309",
            "0x1F",
            "2024-02-30",
            "2023-13-01",
            "9999-99-99",
            "31/02/2024",
            "yesterday",
            "true",
            "maybe",
            "inspection-letter",
            "weakness",
            "ehc-plans",
            "Knowsley",
            "{\"a\":1}",
            "[1,2]",
            "\r\nX-Injected: 1",
            "..%2F..%2Fetc%2Fpasswd",
            "../../etc/passwd",
            " ",
            "");

    @Test
    void everyAnswerIsAnOrderlyResponseAndMemoryStaysFlat(TestSite site) {
        Random random = new Random(SEED);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = usedHeapAfterGc(memory);
        for (int i = 0; i < REQUESTS; i++) {
            String request = randomRequest(random);
            HttpResponse<String> response = site.get(request);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String problem = problemWith(response);
            if (problem != null && failures.size() < 20) {
                failures.add(problem + " for " + abbreviate(request) + " -> " + abbreviate(response.body()));
            }
        }
        long heapAfter = usedHeapAfterGc(memory);
        System.out.printf(
                "fuzz: %d requests (seed %d), statuses %s, heap %d MB -> %d MB%n",
                REQUESTS, SEED, statuses, heapBefore >> 20, heapAfter >> 20);
        assertEquals(List.of(), failures);
        assertTrue(
                heapAfter - heapBefore < 64L << 20,
                "heap grew from " + (heapBefore >> 20) + " MB to " + (heapAfter >> 20) + " MB");
    }

    private static String problemWith(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status != 200 && status != 400 && status != 404 && status != 414 && status != 431) {
            return "status " + status;
        }
        String body = response.body();
        String leak = NoInternals.find(body);
        if (leak != null) {
            return "body leaks '" + leak + "'";
        }
        if (status == 400 && !body.contains("message") && !body.contains("<h1")) {
            return "a 400 without a message";
        }
        return null;
    }

    private static String randomRequest(Random random) {
        StringBuilder url = new StringBuilder();
        if (random.nextInt(4) == 0) {
            String template = PATH_ENDPOINTS.get(random.nextInt(PATH_ENDPOINTS.size()));
            String segment = encodePath(randomValue(random));
            url.append(template.contains("%s") ? template.replace("%s", segment) : template + segment);
        } else {
            url.append(ENDPOINTS.get(random.nextInt(ENDPOINTS.size())));
        }
        int parameters = random.nextInt(6);
        for (int p = 0; p < parameters; p++) {
            url.append(p == 0 ? '?' : '&');
            url.append(PARAMETERS.get(random.nextInt(PARAMETERS.size()))).append('=');
            if (random.nextInt(25) == 0) {
                url.append("%FF%FE%C0%80"); // Invalid UTF-8, percent-encoded as a client would send it.
            } else {
                url.append(TestSite.encode(randomValue(random)));
            }
        }
        return url.toString();
    }

    private static String randomValue(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> NASTY.get(random.nextInt(NASTY.size())) + " " + NASTY.get(random.nextInt(NASTY.size()));
            case 1 -> "x".repeat(1 + random.nextInt(10_000));
            case 2 -> randomCodePoints(random, 1 + random.nextInt(40));
            case 3 -> Integer.toString(random.nextInt() % 1_000_000);
            default -> NASTY.get(random.nextInt(NASTY.size()));
        };
    }

    private static String randomCodePoints(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x20) : random.nextInt(0x2FFFF);
            if (Character.isValidCodePoint(codePoint) && !(codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    private static String encodePath(String value) {
        return TestSite.encode(value).replace("+", "%20");
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
