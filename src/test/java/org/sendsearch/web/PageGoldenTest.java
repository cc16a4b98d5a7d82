package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sendsearch.insights.Pivot;
import org.sendsearch.insights.SimilarMode;
import org.sendsearch.model.PublishedAddress;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.SearchResult;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.web.page.FieldError;
import org.sendsearch.web.page.Page;

/**
 * Every page rendered from {@link PageFixtures}, byte for byte as it was when the page components
 * were drawn out of the pages (the files under {@code src/test/resources/pages/}). A change to a
 * page that is meant shows here first: rewrite the files with {@code -Dpages.update=true} and
 * read their diff.
 */
class PageGoldenTest {
    private static final Path GOLDEN =
            Path.of(System.getProperty("sendsearch.project.dir", ".")).resolve("src/test/resources/pages");

    @Test
    void everyPageIsRenderedAsBefore() throws IOException {
        Map<String, String> pages = pages(PageFixtures.VOCABULARY);
        if (Boolean.getBoolean("pages.update")) {
            Files.createDirectories(GOLDEN);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Files.writeString(GOLDEN.resolve(page.getKey() + ".html"), page.getValue());
            }
            return;
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            assertEquals(Files.readString(GOLDEN.resolve(page.getKey() + ".html")), page.getValue(), page.getKey());
        }
        try (Stream<Path> files = Files.list(GOLDEN)) {
            assertEquals(pages.size(), files.count(), "a file in " + GOLDEN + " that no page renders");
        }
    }

    private static Map<String, String> pages(Vocabulary vocabulary) {
        Map<String, String> pages = new LinkedHashMap<>();
        SearchQuery query = PageFixtures.query();
        SearchResult result = PageFixtures.result();
        SearchPage search = new SearchPage(vocabulary);
        pages.put("search", search.render(query, result, null));
        pages.put("search-browse", search.render(SearchQuery.browse(), result, null));
        pages.put("search-docs", search.render(query.withScope(Scope.DOCUMENTS), result, null));
        pages.put("search-suggested", search.render(query, PageFixtures.suggested(), null));
        pages.put("search-for", search.render(query, PageFixtures.resultsFor(), null));
        pages.put("search-error", search.render(query, null, "Bad " + PageFixtures.MARKUP));
        pages.put("search-phrase", search.render(query, result, null, PageFixtures.phraseUsage()));
        for (int page = 1; page <= 10; page++) {
            pages.put(
                    "search-page" + page,
                    search.render(
                            query.withPage(page),
                            new SearchResult(95, page, 10, 3, null, null, false, result.hits(), result.facets()),
                            null));
        }
        pages.put(
                "search-kept-error",
                search.render(
                        new KeptSearch(
                                query,
                                new org.sendsearch.web.page.FieldError("date-from", "Bad " + PageFixtures.MARKUP),
                                java.util.Map.of("date-from", "x\"><b>")),
                        result));
        InfoPages info = new InfoPages();
        pages.put("help", info.helpPage());
        pages.put("accessibility", info.accessibilityPage());
        var view = PageFixtures.document();
        var cited = new CitePage.Cited(
                view,
                view.passages().get(0),
                "http://127.0.0.1:7070/documents/doc-1#p-0",
                true,
                java.time.LocalDate.of(2026, 1, 2));
        pages.put("cite", new CitePage().render(cited, CitePage.Style.PLAIN));
        pages.put("cite-harvard", new CitePage().render(cited, CitePage.Style.HARVARD));
        DocumentPage document = new DocumentPage(vocabulary);
        pages.put("document-from-search", document.render(PageFixtures.document(), true, "children wait*"));
        pages.put("document", document.render(PageFixtures.document(), true));
        pages.put("document-nosource", document.render(PageFixtures.document(), false));
        var published = PageFixtures.document(PublishedAddress.listed(PageFixtures.PUBLISHED));
        pages.put("document-published", document.render(published, true));
        pages.put(
                "cite-published",
                new CitePage()
                        .render(
                                new CitePage.Cited(
                                        published,
                                        published.passages().get(0),
                                        "http://127.0.0.1:7070/documents/doc-1#p-0",
                                        true,
                                        java.time.LocalDate.of(2026, 1, 2)),
                                CitePage.Style.PLAIN));
        AreaPage areas = new AreaPage(vocabulary);
        pages.put("areas", areas.list(PageFixtures.areas()));
        pages.put("areas-empty", areas.list(List.of()));
        pages.put("area", areas.profile(PageFixtures.profile(), PageFixtures.areas()));
        pages.put(
                "compare",
                areas.compare(
                        PageFixtures.areas(), List.of(PageFixtures.AREA, "Wirral"), PageFixtures.comparison(), null));
        pages.put(
                "compare-none",
                areas.compare(
                        PageFixtures.areas(),
                        List.of(PageFixtures.AREA, "x"),
                        null,
                        new FieldError(
                                "compare-b",
                                "There is no area called 'x' in the collection: choose the areas from the lists.")));
        pages.put("compare-unasked", areas.compare(PageFixtures.areas(), List.of(), null, null));
        InsightsPage insights = new InsightsPage(vocabulary);
        pages.put(
                "insights",
                insights.render(query, Pivot.AREA, "weakness", PageFixtures.matrix(), PageFixtures.phrases()));
        pages.put(
                "insights-year",
                insights.render(SearchQuery.browse(), Pivot.YEAR, "all", PageFixtures.matrix(), List.of()));
        pages.put(
                "insights-inspections",
                insights.render(
                        query, Pivot.AREA, "weakness", PageFixtures.inspectionMatrix(), PageFixtures.phrases()));
        pages.put(
                "insights-trend",
                insights.render(
                        SearchQuery.browse(), Pivot.YEAR, "weakness", PageFixtures.inspectionMatrix(), List.of()));
        SimilarPage similar = new SimilarPage(vocabulary);
        pages.put("similar", similar.render(PageFixtures.similar(), false, SimilarMode.DEFAULT));
        pages.put("similar-same", similar.render(PageFixtures.similar(), true, SimilarMode.DEFAULT));
        pages.put("similar-fallback", similar.render(PageFixtures.similarFallback(), false, SimilarMode.MEANING));
        pages.put("message", Page.message("T " + PageFixtures.MARKUP, "M " + PageFixtures.MARKUP));
        return pages;
    }
}
