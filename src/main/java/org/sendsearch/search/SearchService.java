package org.sendsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;

import org.sendsearch.ingest.TermAnalysis;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs searches: builds the query ({@link QueryBuilder}), asks Elasticsearch within a time limit,
 * and turns the answer into a {@link SearchResult} with highlighted, cited hits, labelled facets
 * and a "did you mean". When the typed words match nothing and a correction exists, the
 * correction is searched instead and {@link SearchResult#resultsFor()} says so.
 */
public final class SearchService {
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);
    /** The index's own stemming, to tell a real typo from another form of a known word. */
    private static final TermAnalysis STEMS = TermAnalysis.indexChain();

    private final ElasticsearchClient client;
    private final Vocabulary vocabulary;
    private final QueryBuilder queries;
    private final Deadline deadline;
    private final ResultCache cache; // null: every search goes to Elasticsearch

    public SearchService(ElasticsearchClient client, SearchIndices indices, Vocabulary vocabulary, Duration timeLimit) {
        this(client, indices, vocabulary, timeLimit, null);
    }

    /** A service that answers a search again from {@code cache} while the index is unchanged. */
    public SearchService(ElasticsearchClient client, SearchIndices indices, Vocabulary vocabulary, Duration timeLimit,
                         ResultCache cache) {
        this.client = client;
        this.vocabulary = vocabulary;
        this.queries = QueryBuilder.forApi(indices, vocabulary);
        this.deadline = new Deadline(timeLimit);
        this.cache = cache;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The query selecting exactly this search's results, as searched (for insights and export). */
    public co.elastic.clients.elasticsearch._types.query_dsl.Query selection(SearchRequest request) {
        return queries.selection(request);
    }

    /**
     * Searches as typed; when nothing has enough of the words, tries the spelling correction, and
     * then any of the words (saying so with {@link SearchResult#partial()}).
     */
    public SearchResult search(SearchRequest request) {
        if (cache == null) {
            return searchElasticsearch(request);
        }
        var cached = cache.get(request);
        if (cached.isPresent()) {
            return cached.get();
        }
        long generation = cache.generation();
        SearchResult result = searchElasticsearch(request);
        cache.put(request, generation, result);
        return result;
    }

    private SearchResult searchElasticsearch(SearchRequest request) {
        SearchResponse<PassageSource> response = run(request, request.query(), false);
        String suggestion = suggestion(request.query(), response);
        if (total(response) > 0 || !request.hasQuery()) {
            return result(request, response, suggestion, null, false);
        }
        if (suggestion != null) {
            SearchResponse<PassageSource> corrected = run(request, suggestion, false);
            if (total(corrected) > 0) {
                return result(request, corrected, suggestion, suggestion, false);
            }
        }
        SearchResponse<PassageSource> relaxed = run(request, request.query(), true);
        if (total(relaxed) > 0) {
            return result(request, relaxed, suggestion, null, true);
        }
        return result(request, response, suggestion, null, false);
    }

    private static long total(SearchResponse<?> response) {
        return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
    }

    private SearchResponse<PassageSource> run(SearchRequest request, String queryText, boolean relaxed) {
        var search = queries.build(request, queryText, relaxed);
        return deadline.run("Search", () -> client.search(search, PassageSource.class));
    }

    private SearchResult result(SearchRequest request, SearchResponse<PassageSource> response, String suggestion,
                                String resultsFor, boolean partial) {
        List<SearchHit> hits = new ArrayList<>();
        for (Hit<PassageSource> hit : response.hits().hits()) {
            if (hit.source() != null) {
                hits.add(request.scope() == Scope.PASSAGES ? passageHit(hit) : documentHit(hit));
            }
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, request.page(), request.size(), response.took(), suggestion, resultsFor, partial,
                hits, facets(request, response.aggregations()));
    }

    private SearchHit passageHit(Hit<PassageSource> hit) {
        PassageSource passage = hit.source();
        List<String> highlighted = new ArrayList<>();
        hit.highlight().getOrDefault("text", List.of()).forEach(highlighted::add);
        hit.highlight().getOrDefault("text.exact", List.of()).forEach(highlighted::add);
        Highlight marked = Highlight.merge(passage.text(), highlighted);
        String id = passage.id() == null ? hit.id() : passage.id();
        return new SearchHit(id, passage.documentId(), passage.title(), passage.area(), passage.type(), passage.date(),
                passage.section(), passage.heading(), passage.polarity(), passage.themes(), passage.text(),
                marked.toHtml(), Citation.of(passage, vocabulary),
                passageUrl(passage.documentId(), passage.ordinalOrZero()), marked);
    }

    private SearchHit documentHit(Hit<PassageSource> hit) {
        PassageSource document = hit.source();
        List<String> fragments = hit.highlight().getOrDefault("text.exact", List.of());
        if (fragments.isEmpty()) {
            fragments = hit.highlight().getOrDefault("text", List.of());
        }
        Highlight marked = fragments.isEmpty() ? Highlight.plain(opening(document.text())) : Highlight.fragments(fragments);
        String id = document.id() == null ? hit.id() : document.id();
        DocumentSource asDocument = new DocumentSource(id, null, null, null, null, document.type(), document.area(),
                document.region(), document.title(), document.date(), document.year(), null, null, null, null, null,
                null, null, null, null, null, null, null, null, document.themes(), null);
        return new SearchHit(id, id, document.title(), document.area(), document.type(), document.date(), null, null, null,
                document.themes(), opening(document.text()), marked.toHtml(), Citation.of(asDocument), documentUrl(id), marked);
    }

    private static String opening(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, flat.lastIndexOf(' ', 300) > 200 ? flat.lastIndexOf(' ', 300) : 300) + "…";
    }

    /** The document page, scrolled to the passage (its anchor is {@code p-<ordinal>}). */
    public static String passageUrl(String documentId, int ordinal) {
        return documentUrl(documentId) + "#p-" + ordinal;
    }

    public static String documentUrl(String documentId) {
        return "/documents/" + URLEncoder.encode(documentId == null ? "" : documentId, StandardCharsets.UTF_8);
    }

    private Map<String, List<FacetValue>> facets(SearchRequest request, Map<String, Aggregate> aggregations) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            if (!facet.appliesTo(request.scope())) {
                continue;
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            Aggregate values = facetCounts(aggregations, facet);
            if (values != null && values.isSterms()) {
                for (StringTermsBucket bucket : values.sterms().buckets().array()) {
                    counts.put(bucket.key().stringValue(), bucket.docCount());
                }
            }
            for (String selected : request.values(facet)) {
                counts.putIfAbsent(selected, 0L);
            }
            List<FacetValue> list = new ArrayList<>();
            counts.forEach((value, count) -> list.add(new FacetValue(value, vocabulary.label(facet, value), count,
                    request.isSelected(facet, value))));
            list.sort(order(facet));
            facets.put(facet.param(), list);
        }
        return facets;
    }

    /** A facet's terms aggregation, wherever {@link QueryBuilder} put it (see its {@code aggregations}). */
    private static Aggregate facetCounts(Map<String, Aggregate> aggregations, Facet facet) {
        Aggregate own = aggregations.get(facet.param());
        if (own != null) {
            return own.isFilter() ? own.filter().aggregations().get("values") : own;
        }
        Aggregate shared = aggregations.get(QueryBuilder.UNCHOSEN_FACETS);
        return shared != null && shared.isFilter() ? shared.filter().aggregations().get(facet.param()) : null;
    }

    /** Fixed vocabularies in their own order, years newest first, names by count then alphabetically. */
    private Comparator<FacetValue> order(Facet facet) {
        if (facet == Facet.YEAR) {
            return Comparator.comparing(FacetValue::value).reversed();
        }
        if (vocabulary.fixedValues(facet).isPresent() && facet != Facet.THEME) {
            return Comparator.comparingInt((FacetValue value) -> {
                int rank = vocabulary.rank(facet, value.value());
                return rank < 0 ? Integer.MAX_VALUE : rank;
            });
        }
        return Comparator.comparingLong(FacetValue::count).reversed()
                .thenComparing(value -> value.label().toLowerCase(Locale.UK));
    }

    /**
     * The typed text with each unknown word replaced by the suggester's best known word, or null
     * when every word is known (in some form: a word missing from the unstemmed field whose stem is
     * indexed is not a typo). The suggester reports each word's offset in what was typed, so
     * everything else (quotes, minus signs, spacing) is kept as it was.
     */
    static String suggestion(String typed, SearchResponse<?> response) {
        List<? extends Suggestion<?>> entries = response.suggest().getOrDefault(QueryBuilder.SUGGESTION, List.of());
        StringBuilder corrected = new StringBuilder(typed);
        boolean changed = false;
        List<TermSuggest> terms = new ArrayList<>();
        for (Suggestion<?> entry : entries) {
            if (entry.isTerm()) {
                terms.add(entry.term());
            }
        }
        terms.sort(Comparator.comparingInt(TermSuggest::offset).reversed());
        for (TermSuggest term : terms) {
            if (term.options().isEmpty()) {
                continue;
            }
            int start = term.offset();
            int end = start + term.length();
            if (start < 0 || end > corrected.length()) {
                continue;
            }
            String word = typed.substring(start, end);
            String replacement = term.options().get(0).text();
            if (!STEMS.terms(word).isEmpty() && STEMS.terms(word).equals(STEMS.terms(replacement))) {
                continue; // "waits" is not a typo for "wait": the stemmed search already finds it
            }
            corrected.replace(start, end, term.options().get(0).text());
            changed = true;
        }
        if (!changed || corrected.toString().equalsIgnoreCase(typed)) {
            return null;
        }
        return corrected.toString();
    }
}
