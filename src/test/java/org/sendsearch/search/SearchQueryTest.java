package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendsearch.ingest.ThemeTaxonomy;

class SearchQueryTest {
    private static final Vocabulary VOCABULARY = new Vocabulary(
            new ThemeTaxonomy(List.of(new ThemeTaxonomy.Theme("ehc-plans", "EHC plans", "Plans.", List.of("EHCP")))));

    private static SearchQuery parse(Map<String, List<String>> params) {
        return SearchQuery.parse(params, VOCABULARY);
    }

    @Test
    void defaultsBrowseEverything() {
        SearchQuery request = parse(Map.of());
        assertEquals("", request.query());
        assertEquals(Scope.PASSAGES, request.scope());
        assertEquals(ResultOrder.RELEVANCE, request.sort());
        assertEquals(1, request.page());
        assertEquals(20, request.size());
        assertEquals("", request.toQueryString());
    }

    @Test
    void readsEveryParameterAndWritesItBack() {
        SearchQuery request = parse(Map.of(
                "q",
                List.of(" autism waits "),
                "area",
                List.of("Liverpool", "Knowsley", "Liverpool"),
                "wsoa",
                List.of("yes"),
                "theme",
                List.of("ehc-plans"),
                "from",
                List.of("2019-01-01"),
                "to",
                List.of("2020-12-31"),
                "sort",
                List.of("newest"),
                "page",
                List.of("2"),
                "size",
                List.of("50")));
        assertEquals("autism waits", request.query());
        assertEquals(List.of("Liverpool", "Knowsley"), request.values(Facet.AREA), "repeats dropped, order kept");
        assertEquals(List.of("true"), request.values(Facet.WSOA));
        assertEquals(LocalDate.of(2019, 1, 1), request.from());
        assertEquals(50, request.offset());
        assertEquals(
                "q=autism+waits&area=Liverpool&area=Knowsley&theme=ehc-plans&wsoa=true&from=2019-01-01&to=2020-12-31"
                        + "&sort=newest&page=2&size=50",
                request.toQueryString());
        assertEquals(
                request,
                parse(Map.of(
                        "q",
                        List.of("autism waits"),
                        "area",
                        List.of("Liverpool", "Knowsley"),
                        "wsoa",
                        List.of("true"),
                        "theme",
                        List.of("ehc-plans"),
                        "from",
                        List.of("2019-01-01"),
                        "to",
                        List.of("2020-12-31"),
                        "sort",
                        List.of("newest"),
                        "page",
                        List.of("2"),
                        "size",
                        List.of("50"))));
    }

    @Test
    void changesGoBackToTheFirstPage() {
        SearchQuery request = parse(Map.of("area", List.of("Liverpool"), "page", List.of("3")));
        assertEquals(
                "area=Liverpool&area=Wirral",
                request.withFilter(Facet.AREA, "Wirral").toQueryString());
        assertEquals("", request.withoutFilter(Facet.AREA, "Liverpool").toQueryString());
        assertEquals("q=x&area=Liverpool", request.withQuery("x").toQueryString());
        SearchQuery findings = parse(Map.of("section", List.of("meeting-needs"), "area", List.of("Wirral")));
        assertEquals(
                "scope=documents&area=Wirral",
                findings.withScope(Scope.DOCUMENTS).toQueryString());
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        assertThrows(InvalidSearchException.class, () -> parse(Map.of("theme", List.of("autism"))));
        assertThrows(InvalidSearchException.class, () -> parse(Map.of("area", List.of("x".repeat(101)))));
        assertThrows(InvalidSearchException.class, () -> parse(Map.of("area", List.of("a\u0000b"))));
        assertThrows(InvalidSearchException.class, () -> parse(Map.of("size", List.of("-1"))));
        InvalidSearchException unknown =
                assertThrows(InvalidSearchException.class, () -> parse(Map.of("<b>", List.of("1"))));
        assertTrue(unknown.getMessage().startsWith("Unknown parameter '<b>'"), unknown.getMessage());
    }
}
