package org.sendsearch.insights;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sendsearch.model.IndexField;
import org.sendsearch.model.IsoDate;
import org.sendsearch.model.Polarity;
import org.sendsearch.search.Backend;
import org.sendsearch.search.Citation;
import org.sendsearch.search.Deadline;
import org.sendsearch.search.DocumentFacts;
import org.sendsearch.search.DocumentSource;
import org.sendsearch.search.Facet;
import org.sendsearch.search.InspectionFacts;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.QueryBuilder;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.SearchService;
import org.sendsearch.search.Vocabulary;

/**
 * Reads what the index knows about local areas: the list of areas, one area's timeline and
 * profile, and two areas compared by theme. Areas are the {@code area} keyword extraction gives
 * documents (the council's short name, e.g. "St Helens"); a name the index does not hold is
 * "not found", never an empty page that looks like an area with no documents.
 */
public final class AreaService {
    private static final int MAX_AREAS = 1_000;
    /** More documents than any one area has; a timeline is read in one request. */
    private static final int MAX_DOCUMENTS = 1_000;

    private static final int MAX_THEMES = 500;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final Vocabulary vocabulary;
    private final Deadline deadline;

    public AreaService(Backend backend) {
        this.client = backend.client();
        this.indices = backend.indices();
        this.vocabulary = backend.vocabulary();
        this.deadline = backend.deadline();
    }

    /** Every area with documents, alphabetically. */
    public List<AreaSummary> areas() {
        SearchResponse<DocumentSource> documents = deadline.run(
                "Area list",
                () -> client.search(
                        s -> s.index(indices.documents())
                                .size(0)
                                .aggregations(
                                        "areas",
                                        a -> a.terms(t ->
                                                        t.field(IndexField.AREA).size(MAX_AREAS))
                                                .aggregations(
                                                        "region",
                                                        r -> r.terms(t -> t.field(IndexField.REGION)
                                                                .size(1)))
                                                .aggregations(
                                                        "first",
                                                        r -> r.min(m -> m.field(IndexField.RESEARCH_DATE)
                                                                .format("strict_date")))
                                                .aggregations(
                                                        "last",
                                                        r -> r.max(m -> m.field(IndexField.RESEARCH_DATE)
                                                                .format("strict_date")))),
                        DocumentSource.class));
        Map<String, Long> findings = MatrixService.counts(deadline.run(
                        "Area findings",
                        () -> client.search(
                                s -> s.index(indices.passages())
                                        .size(0)
                                        .query(QueryBuilder.findingsOnly(Query.of(q -> q.matchAll(m -> m))))
                                        .aggregations(
                                                "areas",
                                                a -> a.terms(t ->
                                                        t.field(IndexField.AREA).size(MAX_AREAS))),
                                PassageSource.class))
                .aggregations()
                .get("areas"));
        List<AreaSummary> areas = new ArrayList<>();
        Aggregate aggregate = documents.aggregations().get("areas");
        if (aggregate != null && aggregate.isSterms()) {
            for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                String area = bucket.key().stringValue();
                Map<String, Long> region =
                        MatrixService.counts(bucket.aggregations().get("region"));
                areas.add(new AreaSummary(
                        area,
                        region.isEmpty() ? null : region.keySet().iterator().next(),
                        bucket.docCount(),
                        findings.getOrDefault(area, 0L),
                        dateOf(bucket.aggregations().get("first"), true),
                        dateOf(bucket.aggregations().get("last"), false),
                        areaUrl(area)));
            }
        }
        areas.sort(Comparator.comparing(area -> area.area().toLowerCase(Locale.UK)));
        return areas;
    }

    private static LocalDate dateOf(Aggregate aggregate, boolean min) {
        if (aggregate == null) {
            return null;
        }
        if (min && aggregate.isMin() && aggregate.min().valueAsString() != null) {
            return IsoDate.parse(aggregate.min().valueAsString());
        }
        if (!min && aggregate.isMax() && aggregate.max().valueAsString() != null) {
            return IsoDate.parse(aggregate.max().valueAsString());
        }
        return null;
    }

    /** The area's profile, or empty when no document is about an area of that name. */
    public Optional<AreaProfile> profile(String area) {
        if (!isPlausibleName(area)) {
            return Optional.empty();
        }
        SearchResponse<DocumentSource> response = deadline.run(
                "Area timeline",
                () -> client.search(
                        s -> s.index(indices.documents())
                                .size(MAX_DOCUMENTS)
                                .source(src -> src.filter(f -> f.excludes(IndexField.TEXT)))
                                .query(q -> q.term(t -> t.field(IndexField.AREA).value(FieldValue.of(area))))
                                .sort(o -> o.field(f -> f.field(IndexField.RESEARCH_DATE)
                                        .order(SortOrder.Asc)
                                        .missing(FieldValue.of("_last"))))
                                .sort(QueryBuilder.tieBreakers(Scope.DOCUMENTS)),
                        DocumentSource.class));
        List<DocumentSource> documents = response.hits().hits().stream()
                .map(Hit::source)
                .filter(Objects::nonNull)
                .toList();
        if (documents.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> findingsByDocument = MatrixService.counts(deadline.run(
                        "Area findings",
                        () -> client.search(
                                s -> s.index(indices.passages())
                                        .size(0)
                                        .query(QueryBuilder.findingsOnly(Query.of(q -> q.term(
                                                t -> t.field(IndexField.AREA).value(FieldValue.of(area))))))
                                        .aggregations(
                                                "documents",
                                                a -> a.terms(t -> t.field(IndexField.DOCUMENT_ID)
                                                        .size(MAX_DOCUMENTS))),
                                PassageSource.class))
                .aggregations()
                .get("documents"));

        List<AreaProfile.TimelineEntry> timeline = new ArrayList<>();
        List<AreaProfile.SignificantWeakness> significant = new ArrayList<>();
        List<AreaProfile.DocumentWarning> warnings = new ArrayList<>();
        String region = null;
        for (DocumentSource document : documents) {
            DocumentFacts facts = document.facts();
            String url = SearchService.documentUrl(document.id());
            String title = facts.title() == null || facts.title().isBlank()
                    ? "Untitled document"
                    : Citation.readable(facts.title().strip());
            timeline.add(new AreaProfile.TimelineEntry(
                    document.id(),
                    title,
                    facts.type(),
                    facts.type() == null ? null : facts.type().label(),
                    facts.date(),
                    Citation.longDate(facts.date()),
                    facts.wsoaRequired(),
                    document.inspection().outcome(),
                    findingsByDocument.getOrDefault(document.id(), 0L),
                    document.warnings(),
                    url,
                    Citation.of(facts)));
            Set<String> seen = new LinkedHashSet<>();
            for (String weakness : document.inspection().significantWeaknesses()) {
                if (seen.add(weakness.strip())) {
                    significant.add(
                            new AreaProfile.SignificantWeakness(weakness.strip(), document.id(), facts.date(), url));
                }
            }
            for (String warning : document.warnings()) {
                warnings.add(new AreaProfile.DocumentWarning(document.id(), title, warning, url));
            }
            if (region == null) {
                region = facts.region();
            }
        }
        SearchQuery areaSearch = SearchQuery.browse().withFilter(Facet.AREA, area);
        List<Inspection> inspections = InspectionLinker.link(area, documents);
        Map<String, InspectionFacts> stated = new HashMap<>();
        documents.forEach(document -> stated.put(document.id(), document.inspection()));
        return Optional.of(new AreaProfile(
                area,
                region,
                inspections,
                timeline,
                significant,
                balance(area),
                warnings,
                Selections.searchUrl(areaSearch),
                Accountability.of(inspections, stated, LocalDate.now(ZoneOffset.UTC))
                        .orElse(null)));
    }

    /**
     * Two to {@value AreaComparison#MAX_AREAS} areas by theme, in the order given, or empty when any
     * is unknown.
     */
    public Optional<AreaComparison> compare(List<String> areas) {
        if (areas.size() < 2
                || areas.size() > AreaComparison.MAX_AREAS
                || !areas.stream().allMatch(area -> isPlausibleName(area) && exists(area))) {
            return Optional.empty();
        }
        List<Map<String, ThemeBalance>> balances = new ArrayList<>();
        Set<String> themes = new LinkedHashSet<>();
        for (String area : areas) {
            Map<String, ThemeBalance> byTheme = byTheme(balance(area));
            balances.add(byTheme);
            themes.addAll(byTheme.keySet());
        }
        List<AreaComparison.Row> rows = new ArrayList<>();
        for (String theme : themes) {
            rows.add(new AreaComparison.Row(
                    theme,
                    vocabulary.themeLabel(theme),
                    balances.stream()
                            .map(byTheme -> byTheme.getOrDefault(theme, empty(theme)))
                            .toList()));
        }
        rows.sort(Comparator.comparingLong(AreaComparison.Row::areasWithWeaknesses)
                .reversed()
                .thenComparing(
                        Comparator.comparingLong(AreaComparison.Row::weaknesses).reversed())
                .thenComparing(row -> row.label().toLowerCase(Locale.UK)));
        return Optional.of(new AreaComparison(areas, rows));
    }

    private ThemeBalance empty(String theme) {
        return new ThemeBalance(theme, vocabulary.themeLabel(theme), 0, 0, null, null);
    }

    private static Map<String, ThemeBalance> byTheme(List<ThemeBalance> balances) {
        Map<String, ThemeBalance> map = new LinkedHashMap<>();
        balances.forEach(balance -> map.put(balance.theme(), balance));
        return map;
    }

    private boolean exists(String area) {
        SearchResponse<DocumentSource> response = deadline.run(
                "Area lookup",
                () -> client.search(
                        s -> s.index(indices.documents())
                                .size(0)
                                .trackTotalHits(t -> t.enabled(true))
                                .query(q -> q.term(t -> t.field(IndexField.AREA).value(FieldValue.of(area)))),
                        DocumentSource.class));
        return response.hits().total() != null && response.hits().total().value() > 0;
    }

    /** The area's strengths and weaknesses per theme, most weaknesses first. */
    List<ThemeBalance> balance(String area) {
        SearchResponse<PassageSource> response = deadline.run(
                "Area themes",
                () -> client.search(
                        s -> s.index(indices.passages())
                                .size(0)
                                .query(QueryBuilder.findingsOnly(Query.of(q ->
                                        q.term(t -> t.field(IndexField.AREA).value(FieldValue.of(area))))))
                                .aggregations(
                                        "themes",
                                        a -> a.terms(t -> t.field(IndexField.THEMES)
                                                        .size(MAX_THEMES))
                                                .aggregations(
                                                        "polarity",
                                                        p -> p.terms(t -> t.field(IndexField.POLARITY)
                                                                .size(20)))),
                        PassageSource.class));
        SearchQuery areaSearch = SearchQuery.browse().withFilter(Facet.AREA, area);
        SearchQuery strengths = areaSearch.withFilter(Facet.POLARITY, Polarity.STRENGTH.id());
        SearchQuery weaknesses = areaSearch;
        for (String polarity : Polarity.weaknessIds()) {
            weaknesses = weaknesses.withFilter(Facet.POLARITY, polarity);
        }
        List<ThemeBalance> balances = new ArrayList<>();
        Aggregate themes = response.aggregations().get("themes");
        if (themes != null && themes.isSterms()) {
            for (StringTermsBucket bucket : themes.sterms().buckets().array()) {
                String theme = bucket.key().stringValue();
                Map<String, Long> polarity =
                        MatrixService.counts(bucket.aggregations().get("polarity"));
                long strong = polarity.getOrDefault(Polarity.STRENGTH.id(), 0L);
                long weak = Polarity.weaknessIds().stream()
                        .mapToLong(id -> polarity.getOrDefault(id, 0L))
                        .sum();
                if (strong == 0 && weak == 0) {
                    continue;
                }
                balances.add(new ThemeBalance(
                        theme,
                        vocabulary.themeLabel(theme),
                        strong,
                        weak,
                        strong == 0 ? null : Selections.searchUrl(strengths.withFilter(Facet.THEME, theme)),
                        weak == 0 ? null : Selections.searchUrl(weaknesses.withFilter(Facet.THEME, theme))));
            }
        }
        balances.sort(Comparator.comparingLong(ThemeBalance::weaknesses)
                .reversed()
                .thenComparing(Comparator.comparingLong(ThemeBalance::strengths).reversed())
                .thenComparing(balance -> balance.label().toLowerCase(Locale.UK)));
        return balances;
    }

    static boolean isPlausibleName(String area) {
        return area != null
                && !area.isBlank()
                && area.length() <= 100
                && !CONTROL.matcher(area).find();
    }

    public static String areaUrl(String area) {
        return "/areas/" + URLEncoder.encode(area, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
