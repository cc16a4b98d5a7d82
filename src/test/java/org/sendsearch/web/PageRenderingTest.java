package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sendsearch.insights.Pivot;
import org.sendsearch.insights.SimilarMode;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.web.page.Page;

/**
 * Every page rendered from literal values ({@link PageFixtures}), with markup in every field a
 * file or a person can fill: the markup shows as text, never as elements or attributes, and the
 * hidden search state of every form is the search itself. No server and no Elasticsearch.
 */
class PageRenderingTest {
    private static final Set<String> OWN_SCRIPTS = Set.of("/app.js", "/research.js");

    private static Map<String, String> pages() {
        var vocabulary = PageFixtures.VOCABULARY;
        Map<String, String> pages = new LinkedHashMap<>();
        SearchPage search = new SearchPage(vocabulary);
        pages.put("search", search.render(PageFixtures.query(), PageFixtures.result(), null));
        pages.put("search suggestion", search.render(PageFixtures.query(), PageFixtures.suggested(), null));
        pages.put("search results for", search.render(PageFixtures.query(), PageFixtures.resultsFor(), null));
        pages.put("search problem", search.render(PageFixtures.query(), null, "Refused: " + PageFixtures.MARKUP));
        pages.put("document", new DocumentPage(vocabulary).render(PageFixtures.document(), true));
        AreaPage areas = new AreaPage(vocabulary);
        pages.put("areas", areas.list(PageFixtures.areas()));
        pages.put("area", areas.profile(PageFixtures.profile(), PageFixtures.areas()));
        pages.put(
                "compare",
                areas.compare(
                        PageFixtures.areas(), List.of(PageFixtures.AREA, "Wirral"), PageFixtures.comparison(), null));
        pages.put(
                "insights",
                new InsightsPage(vocabulary)
                        .render(
                                PageFixtures.query(),
                                Pivot.AREA,
                                "weakness",
                                PageFixtures.matrix(),
                                PageFixtures.phrases()));
        pages.put("similar", new SimilarPage(vocabulary).render(PageFixtures.similar(), false, SimilarMode.DEFAULT));
        pages.put("message", Page.message("Title " + PageFixtures.MARKUP, "Message " + PageFixtures.MARKUP));
        return pages;
    }

    @Test
    void markupInTitlesAreasQueriesAndValuesIsShownAsText() {
        pages().forEach((name, html) -> {
            Document page = Jsoup.parse(html);
            for (Element element : page.getAllElements()) {
                String tag = element.normalName();
                assertFalse(
                        Set.of("b", "img", "iframe", "svg").contains(tag), name + ": a <" + tag + "> from the data");
                if (tag.equals("script")) {
                    assertTrue(
                            OWN_SCRIPTS.contains(element.attr("src"))
                                    && element.data().isEmpty(),
                            name + ": a script that is not the site's own: " + element);
                }
                for (Attribute attribute : element.attributes()) {
                    assertFalse(attribute.getKey().startsWith("on"), name + ": an event handler: " + element);
                }
            }
            assertTrue(
                    page.text().contains(PageFixtures.MARKUP.strip())
                            || page.text().contains(PageFixtures.AREA),
                    name + ": the markup is shown as text: " + page.text());
            assertFalse(html.contains("<script>alert"), name + ": raw markup in the page");
        });
    }

    @Test
    void theSearchPageEchoesTheQueryAndAreaAsTyped() {
        Document page = Jsoup.parse(pages().get("search"));
        assertEquals(PageFixtures.MARKUP, page.selectFirst("input#q").val());
        assertTrue(page.title().startsWith(PageFixtures.MARKUP.strip()), page.title());
        Element area = page.selectFirst("input[type=checkbox][name=area]");
        assertEquals(PageFixtures.AREA, area.val());
        assertTrue(area.hasAttr("checked"));
        assertTrue(
                page.selectFirst(".result-title a").text().contains("<img src=x onerror=alert(1)>"),
                page.selectFirst(".result-title a").text());
        assertEquals(
                "Children " + PageFixtures.MARKUP.strip() + " wait too long.",
                page.selectFirst(".result-text").text());
        assertEquals(
                PageFixtures.MARKUP.strip(),
                page.selectFirst(".result-text mark").text());
        assertNotNull(page.selectFirst(".filter-tags a[href^=/search?q=%3Cscript%3E]"));
        assertEquals(
                "Refused: " + PageFixtures.MARKUP.strip(),
                Jsoup.parse(pages().get("search problem"))
                        .selectFirst(".error-summary p")
                        .text());
    }

    @Test
    void everySearchFormCarriesTheSearchItWasRenderedFor() {
        SearchQuery query = PageFixtures.query();
        Set<List<String>> expected = pairs(query.withPage(1));
        Document page = Jsoup.parse(pages().get("search"));
        for (String form : List.of("form.search-form", "form.facets", "form.order-form")) {
            assertEquals(expected, submitted(page.selectFirst(form)), form);
        }
        // The insights form counts one polarity, chosen in its own select, and has no order or page size.
        Set<List<String>> insights =
                submitted(Jsoup.parse(pages().get("insights")).selectFirst("form.insights-form"));
        Set<List<String>> kept = new HashSet<>(expected);
        kept.removeIf(pair -> Set.of("sort", "size").contains(pair.get(0)));
        kept.add(List.of("pivot", "area"));
        kept.add(List.of("unit", "passages"));
        kept.add(List.of("authors", "all"));
        assertEquals(kept, insights);
    }

    /** The search's parameters as name-value pairs. */
    private static Set<List<String>> pairs(SearchQuery query) {
        Set<List<String>> pairs = new HashSet<>();
        query.parameters().forEach(parameter -> pairs.add(List.of(parameter.name(), parameter.value())));
        return pairs;
    }

    /** What a browser would submit from {@code form} as it is rendered, defaults and empty values left out. */
    private static Set<List<String>> submitted(Element form) {
        List<List<String>> pairs = new ArrayList<>();
        for (Element field : form.select("input[name], select[name]")) {
            String type = field.attr("type");
            String value;
            if (field.normalName().equals("select")) {
                Element chosen = field.selectFirst("option[selected]");
                value = chosen == null ? field.selectFirst("option").val() : chosen.val();
            } else if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            } else {
                value = field.val();
            }
            // The scope radio sends the default scope, which the search leaves out.
            if (!value.isEmpty() && !(field.attr("name").equals("scope") && value.equals("passages"))) {
                pairs.add(List.of(field.attr("name"), value));
            }
        }
        Set<List<String>> unique = new HashSet<>(pairs);
        assertEquals(pairs.size(), unique.size(), "a parameter sent twice: " + pairs);
        return unique;
    }
}
