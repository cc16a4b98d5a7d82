package org.sendsearch.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendsearch.ingest.DocumentFormat;
import org.sendsearch.insights.Accountability;
import org.sendsearch.insights.AreaComparison;
import org.sendsearch.insights.AreaProfile;
import org.sendsearch.insights.AreaSummary;
import org.sendsearch.insights.Inspection;
import org.sendsearch.insights.Phrase;
import org.sendsearch.insights.PhraseUsage;
import org.sendsearch.insights.SimilarFindings;
import org.sendsearch.insights.SimilarMode;
import org.sendsearch.insights.ThemeBalance;
import org.sendsearch.insights.ThemeMatrix;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Framework;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.PublishedAddress;
import org.sendsearch.model.Section;
import org.sendsearch.search.CorpusIndex;
import org.sendsearch.search.CouncilPaper;
import org.sendsearch.search.DocumentFacts;
import org.sendsearch.search.DocumentSource;
import org.sendsearch.search.DocumentView;
import org.sendsearch.search.Facet;
import org.sendsearch.search.FacetValue;
import org.sendsearch.search.Highlight;
import org.sendsearch.search.InspectionFacts;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.ResultOrder;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchHit;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.SearchResult;
import org.sendsearch.search.StoredFile;
import org.sendsearch.search.Vocabulary;

/**
 * Literal inputs for the pages, with markup in every field a person or a file can fill (titles,
 * areas, queries, facet values, warnings, file formats), so that rendering tests prove it is shown
 * as text. Built here once, so that a change to a record's shape is fixed in one place.
 */
final class PageFixtures {
    /** Markup that would run, or break out of an attribute, if it were not escaped. */
    static final String MARKUP = "<script>alert(\"x\")</script> & 'q' <b>";

    static final String AREA = "Liverpool\"><img src=x onerror=alert(1)>";
    /** A published address with markup-breaking characters in its query (all legal in a URL). */
    static final String PUBLISHED = "https://reports.example.org/provider/44/80538?a=1&b='x'&c=(y)";

    static final Vocabulary VOCABULARY = CorpusIndex.vocabulary();

    private PageFixtures() {}

    static SearchQuery query() {
        Map<Facet, List<String>> filters = new LinkedHashMap<>();
        filters.put(Facet.AREA, List.of(AREA, "Wirral"));
        filters.put(Facet.POLARITY, List.of("weakness"));
        return new SearchQuery(
                MARKUP,
                Scope.PASSAGES,
                filters,
                LocalDate.of(2018, 1, 2),
                LocalDate.of(2023, 4, 5),
                ResultOrder.NEWEST,
                2,
                10);
    }

    static SearchHit hit(String id, String polarity) {
        return new SearchHit(
                id,
                "doc-1",
                "Joint local area SEND inspection in " + AREA + " " + MARKUP,
                AREA,
                DocumentType.INSPECTION_LETTER,
                LocalDate.of(2019, 3, 4),
                LocalDate.of(2019, 3, 4),
                Section.MAIN_FINDINGS,
                "Main findings",
                polarity == null ? null : Polarity.fromId(polarity),
                null,
                List.of("ehc-plans"),
                "Children " + MARKUP + " wait too long.",
                "ignored",
                "Ofsted, " + MARKUP,
                "/documents/doc-1#p-3",
                new Highlight(List.of(
                        new Highlight.Segment("Children ", false),
                        new Highlight.Segment(MARKUP, true),
                        new Highlight.Segment(" wait too long.", false))));
    }

    static SearchResult result() {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put(
                Facet.AREA.param(),
                List.of(
                        new FacetValue(AREA, AREA, 7, true),
                        new FacetValue("Wirral", "Wirral", 3, true),
                        new FacetValue("Knowsley", "Knowsley", 0, false),
                        new FacetValue("Sefton", "Sefton", 2, false)));
        facets.put(Facet.REGION.param(), List.of(new FacetValue("North West", "North West", 9, false)));
        facets.put(Facet.POLARITY.param(), List.of(new FacetValue("weakness", "Weakness", 9, true)));
        facets.put(Facet.INSPECTOR.param(), List.of(new FacetValue(MARKUP, MARKUP, 1, false)));
        return new SearchResult(
                95,
                2,
                10,
                3,
                null,
                null,
                true,
                List.of(hit("p-1", "weakness"), hit("p-2", null), hit("p-3", "strength")),
                facets);
    }

    static SearchResult suggested() {
        return new SearchResult(
                1, 1, 20, 3, "autism " + MARKUP, null, false, List.of(hit("p-1", "weakness")), Map.of());
    }

    static SearchResult resultsFor() {
        return new SearchResult(0, 1, 20, 3, null, "autism " + MARKUP, false, List.of(), Map.of());
    }

    static DocumentView document() {
        return document(null);
    }

    /** The document of {@link #document()}, published at {@code published} (null: not known). */
    static DocumentView document(PublishedAddress published) {
        String text = "Dear " + MARKUP + "\n\nMain findings\n\nChildren wait.\n\nLeaders know.\n\nYours sincerely";
        DocumentFacts facts = new DocumentFacts(
                "Joint local area SEND inspection in " + AREA,
                AREA,
                "North West",
                DocumentType.INSPECTION_LETTER,
                2019,
                LocalDate.of(2019, 3, 4),
                true,
                "Jane " + MARKUP,
                null,
                null,
                null,
                null,
                published);
        DocumentSource document = new DocumentSource(
                "doc-1",
                new StoredFile("/corpus/x.txt", DocumentFormat.TXT, 123_456L, "abc", "corpus"),
                facts,
                new InspectionFacts(
                        LocalDate.of(2019, 1, 7),
                        LocalDate.of(2019, 1, 11),
                        List.of("Waits " + MARKUP),
                        MARKUP,
                        List.of("A", MARKUP),
                        List.of("Director"),
                        List.of("CCG " + MARKUP),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                new CouncilPaper(null, null, null),
                List.of("Dated before " + MARKUP),
                List.of("ehc-plans"),
                text);
        DocumentFacts passageFacts = new DocumentFacts(
                "t",
                AREA,
                "North West",
                DocumentType.INSPECTION_LETTER,
                2019,
                LocalDate.of(2019, 3, 4),
                true,
                "Jane",
                null,
                null,
                null,
                null,
                published);
        int first = text.indexOf("Children");
        int second = text.indexOf("Leaders");
        List<PassageSource> passages = List.of(
                new PassageSource(
                        "doc-1-0",
                        "doc-1",
                        0,
                        Section.MAIN_FINDINGS,
                        "MAIN FINDINGS " + MARKUP,
                        Polarity.WEAKNESS,
                        List.of("ehc-plans"),
                        "Children wait.",
                        first,
                        first + 14,
                        null,
                        passageFacts),
                new PassageSource(
                        "doc-1-1",
                        "doc-1",
                        1,
                        Section.OTHER,
                        "Main findings > Leaders",
                        Polarity.NEUTRAL,
                        List.of(),
                        "Leaders know.",
                        second,
                        second + 13,
                        null,
                        passageFacts));
        return new DocumentView(document, passages, "Ofsted " + MARKUP);
    }

    static List<AreaSummary> areas() {
        return List.of(
                new AreaSummary(
                        AREA, "North West", 2, 30, LocalDate.of(2017, 1, 2), LocalDate.of(2021, 3, 4), "/areas/x"),
                new AreaSummary("Wirral", null, 1, 12, null, null, "/areas/Wirral"));
    }

    static AreaProfile profile() {
        return new AreaProfile(
                AREA,
                MARKUP,
                List.of(new Inspection(
                        "x-2016-2019-01-11",
                        AREA,
                        Framework.JOINT_LOCAL_AREA_2016,
                        LocalDate.of(2019, 1, 7),
                        LocalDate.of(2019, 1, 11),
                        null,
                        null,
                        true,
                        List.of(new Inspection.Linked(
                                "doc-1",
                                "Letter " + MARKUP,
                                DocumentType.INSPECTION_LETTER,
                                LocalDate.of(2019, 3, 4),
                                "4 March 2019",
                                Inspection.Link.REPORT,
                                "/documents/doc-1")),
                        List.of(),
                        List.of(new Inspection.Linked(
                                "doc-2",
                                "Council update " + MARKUP,
                                DocumentType.COUNCIL_REPORT,
                                LocalDate.of(2019, 6, 1),
                                "1 June 2019",
                                Inspection.Link.STATES_DATES,
                                "/documents/doc-2")))),
                List.of(
                        new AreaProfile.TimelineEntry(
                                "doc-1",
                                "Letter " + MARKUP,
                                DocumentType.INSPECTION_LETTER,
                                "Inspection letter",
                                LocalDate.of(2019, 3, 4),
                                "4 March 2019",
                                true,
                                "o",
                                12,
                                List.of("Dated " + MARKUP),
                                "/documents/doc-1",
                                "c"),
                        new AreaProfile.TimelineEntry(
                                "doc-2",
                                "Report",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                1,
                                List.of(),
                                "/documents/doc-2",
                                "c")),
                List.of(
                        new AreaProfile.SignificantWeakness(
                                "Waits " + MARKUP, "doc-1", LocalDate.of(2019, 3, 4), "/documents/doc-1"),
                        new AreaProfile.SignificantWeakness("Plans", "doc-2", null, "/documents/doc-2")),
                List.of(new ThemeBalance("ehc-plans", "EHC plans " + MARKUP, 3, 0, "/search?s", null)),
                List.of(new AreaProfile.DocumentWarning(
                        "doc-1", "Letter " + MARKUP, "dated " + MARKUP, "/documents/doc-1")),
                "/search?area=x",
                new Accountability(
                        "x-2016-2019-01-11",
                        Framework.JOINT_LOCAL_AREA_2016,
                        LocalDate.of(2019, 1, 11),
                        "11 January 2019",
                        "/documents/doc-1",
                        LocalDate.of(2026, 12, 4),
                        "7 years and 10 months",
                        "within five years " + MARKUP,
                        LocalDate.of(2024, 1, 11),
                        true,
                        List.of("Action " + MARKUP),
                        List.of(new Inspection.Linked(
                                "doc-2",
                                "Revisit",
                                DocumentType.REVISIT_LETTER,
                                LocalDate.of(2020, 5, 1),
                                "1 May 2020",
                                Inspection.Link.FOLLOWS,
                                "/documents/doc-2"))));
    }

    static AreaComparison comparison() {
        ThemeBalance a = new ThemeBalance("ehc-plans", "EHC plans", 2, 5, "/search?a", "/search?b");
        ThemeBalance b = new ThemeBalance("ehc-plans", "EHC plans", 0, 1, null, "/search?c");
        return new AreaComparison(
                List.of(AREA, "Wirral " + MARKUP), List.of(new AreaComparison.Row("ehc-plans", MARKUP, List.of(a, b))));
    }

    static ThemeMatrix matrix() {
        return new ThemeMatrix(
                "area",
                "passages",
                "all",
                List.of("weakness"),
                1234,
                null,
                null,
                "/search?t",
                List.of(
                        new ThemeMatrix.Column(AREA, 1000, null, null, null, "/search?c1"),
                        new ThemeMatrix.Column("Wirral", 234, null, null, null, "/search?c2")),
                List.of(new ThemeMatrix.Row(
                        "ehc-plans",
                        "EHC plans " + MARKUP,
                        2,
                        1100,
                        null,
                        null,
                        "/search?r",
                        List.of(
                                new ThemeMatrix.Cell(AREA, 1000, null, 5, "/search?x"),
                                new ThemeMatrix.Cell("Wirral", 0, null, 0, null)))));
    }

    /** The same by inspection: 2 of 3 inspections in the first area, none of 1 in Wirral. */
    static ThemeMatrix inspectionMatrix() {
        return new ThemeMatrix(
                "area",
                "inspections",
                "inspection",
                List.of("weakness"),
                40,
                4L,
                2L,
                "/search?t",
                List.of(
                        new ThemeMatrix.Column(AREA, 40, 3L, 2L, 2 / 3.0, "/search?c1"),
                        new ThemeMatrix.Column("Wirral", 0, 1L, 0L, 0.0, "/search?c2")),
                List.of(new ThemeMatrix.Row(
                        "ehc-plans",
                        "EHC plans " + MARKUP,
                        1,
                        12,
                        2L,
                        0.5,
                        "/search?r",
                        List.of(
                                new ThemeMatrix.Cell(AREA, 2, 2 / 3.0, 4, "/search?x"),
                                new ThemeMatrix.Cell("Wirral", 0, 0.0, 0, null)))));
    }

    static List<Phrase> phrases() {
        return List.of(new Phrase("annual " + MARKUP, 2.5, 4, 9, "/search?p"));
    }

    static SimilarFindings similar() {
        return similar(SimilarMode.DEFAULT, null);
    }

    /** Ranked by wording because the mode asked for had no vectors: the reason carries markup. */
    static SimilarFindings similarFallback() {
        return similar(SimilarMode.WORDS, "no vector " + MARKUP);
    }

    private static SimilarFindings similar(SimilarMode mode, String fallback) {
        return new SimilarFindings(
                hit("p-1", "weakness"),
                List.of(
                        new SimilarFindings.Similar(hit("p-7", "strength"), 1.5, false, "/findings/p-7/similar"),
                        new SimilarFindings.Similar(hit("p-8", null), 1.0, false, "/findings/p-8/similar")),
                mode,
                fallback);
    }

    /** A phrase's usage, its texts carrying markup, its neighbours found by wording (the reason carries markup too). */
    static PhraseUsage phraseUsage() {
        return new PhraseUsage(
                List.of("tell their " + MARKUP),
                "\"tell their " + MARKUP + "\"",
                false,
                12,
                10,
                2,
                9,
                7,
                6,
                2017,
                2022,
                List.of(
                        new PhraseUsage.Count("inspectorate", "inspectorate documents", 10, "/search?a"),
                        new PhraseUsage.Count("council", "council documents", 2, "/search?c"),
                        new PhraseUsage.Count("other", "other documents (forum posts and others)", 0, null)),
                List.of(
                        new PhraseUsage.Count(AREA, AREA, 8, "/search?area"),
                        new PhraseUsage.Count("Wirral", "Wirral", 4, "/search?wirral")),
                List.of(
                        new PhraseUsage.Count("2017", "2017", 5, "/search?y2017"),
                        new PhraseUsage.Count("2022", "2022", 7, "/search?y2022")),
                "/search?q",
                "/search?scope=documents",
                List.of(new PhraseUsage.Neighbour(
                        "p-7",
                        "/findings/p-7",
                        "Title " + MARKUP,
                        AREA,
                        2019,
                        "Main findings > " + MARKUP,
                        "main-findings",
                        "strength",
                        "Parents said they had to repeat " + MARKUP + " ".repeat(3) + "again and again. ".repeat(12))),
                "words",
                "no vectors " + MARKUP);
    }
}
