package org.sendsearch.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendsearch.ingest.TermAnalysis;
import org.sendsearch.model.IndexField;

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

    private final SearchSender sender;
    private final Vocabulary vocabulary;
    private final QueryBuilder queries;
    private final HybridSearch hybrid;
    private final ResultCache<SearchQuery, SearchResult> cache; // null: every search goes to Elasticsearch

    public SearchService(Backend backend) {
        this(backend, null);
    }

    /** A service that answers a search again from {@code cache} while the index is unchanged. */
    public SearchService(Backend backend, ResultCache<SearchQuery, SearchResult> cache) {
        this(backend, cache, true);
    }

    /**
     * A service that never uses vectors (lexical retrieval alone, as when they are switched off):
     * for measuring what the semantic side adds.
     */
    public static SearchService lexical(Backend backend) {
        return new SearchService(backend, null, false);
    }

    private SearchService(Backend backend, ResultCache<SearchQuery, SearchResult> cache, boolean semantic) {
        this.sender = new SearchSender(backend.client(), backend.deadline());
        this.vocabulary = backend.vocabulary();
        this.queries = QueryBuilder.forApi(backend.indices(), backend.vocabulary());
        this.hybrid = new HybridSearch(sender, backend.indices(), backend.vocabulary(), semantic);
        this.cache = cache;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The query selecting exactly this search's results, as searched (for insights and export):
     * with semantic retrieval, the lexical matches and the kNN hits ({@link HybridSearch}).
     */
    public Query selection(SearchQuery request) {
        Query text = queries.text(request, request.query(), false);
        HybridSearch.Plan plan = hybrid.plan(request, request.query());
        return QueryBuilder.selection(request, plan.hybrid() ? HybridSearch.selection(text, plan) : text);
    }

    /**
     * The kNN side of a search alone: the ids of the passages nearest the query's meaning within
     * its filters, best first; empty when the search would be lexical only (quoted phrases, no
     * vectors). For measurement.
     */
    public List<String> semanticRanking(SearchQuery request) {
        return hybrid.plan(request, request.query()).knnIds();
    }

    /**
     * Searches as typed; when nothing has enough of the words, tries the spelling correction, and
     * then any of the words (saying so with {@link SearchResult#partial()}).
     */
    public SearchResult search(SearchQuery request) {
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

    private SearchResult searchElasticsearch(SearchQuery request) {
        SearchRound typed = new SearchRound(sender, queries, hybrid, request, request.query());
        String suggestion = suggestion(request.query(), typed.lexicalAnswer());
        if (typed.found() || !request.hasQuery()) {
            return result(request, typed.answer(), suggestion, null, false);
        }
        if (suggestion != null) {
            SearchRound corrected = new SearchRound(sender, queries, hybrid, request, suggestion);
            if (corrected.found()) {
                return result(request, corrected.answer(), suggestion, suggestion, false);
            }
        }
        SearchRound relaxed = typed.relaxed();
        if (relaxed.found()) {
            return result(request, relaxed.answer(), suggestion, null, true);
        }
        return result(request, typed.answer(), suggestion, null, false);
    }

    private SearchResult result(
            SearchQuery request, SearchRound.Answer ran, String suggestion, String resultsFor, boolean partial) {
        SearchAnswer answer = ran.answer();
        List<SearchHit> hits = new ArrayList<>();
        for (SearchAnswer.Hit hit : answer.hits()) {
            if (hit.source() != null) {
                hits.add(request.scope() == Scope.PASSAGES ? passageHit(hit) : documentHit(hit));
            }
        }
        return new SearchResult(
                answer.total(),
                request.page(),
                request.size(),
                answer.took(),
                suggestion,
                resultsFor,
                partial,
                hits,
                facets(request, answer.aggregations()),
                ran.lexicalOnly());
    }

    private SearchHit passageHit(SearchAnswer.Hit hit) {
        PassageSource passage = hit.source();
        List<String> highlighted = new ArrayList<>(hit.highlight(IndexField.TEXT));
        highlighted.addAll(hit.highlight(IndexField.TEXT_EXACT));
        Highlight marked = Highlight.merge(passage.text(), highlighted);
        String id = passage.id() == null ? hit.id() : passage.id();
        return SearchHit.finding(id, passage, marked);
    }

    private SearchHit documentHit(SearchAnswer.Hit hit) {
        PassageSource document = hit.source();
        List<String> fragments = hit.highlight(IndexField.TEXT_EXACT);
        if (fragments.isEmpty()) {
            fragments = hit.highlight(IndexField.TEXT);
        }
        Highlight marked =
                fragments.isEmpty() ? Highlight.plain(opening(document.text())) : Highlight.fragments(fragments);
        String id = document.id() == null ? hit.id() : document.id();
        return SearchHit.document(id, document.document(), document.themes(), opening(document.text()), marked);
    }

    private static String opening(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 300
                ? flat
                : flat.substring(0, flat.lastIndexOf(' ', 300) > 200 ? flat.lastIndexOf(' ', 300) : 300) + "…";
    }

    /** The document page, scrolled to the passage (its anchor is {@code p-<ordinal>}). */
    public static String passageUrl(String documentId, int ordinal) {
        return documentUrl(documentId) + "#p-" + ordinal;
    }

    /**
     * A finding's permanent address, which survives re-indexing (its id is); its pages hang below
     * it ({@code /cite}, {@code /similar}).
     */
    public static String findingUrl(String passageId) {
        return "/findings/" + URLEncoder.encode(passageId, StandardCharsets.UTF_8);
    }

    public static String documentUrl(String documentId) {
        return "/documents/" + URLEncoder.encode(documentId == null ? "" : documentId, StandardCharsets.UTF_8);
    }

    private Map<String, List<FacetValue>> facets(
            SearchQuery request, Map<String, SearchAnswer.Aggregation> aggregations) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            if (!facet.appliesTo(request.scope())) {
                continue;
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            SearchAnswer.Aggregation values = facetCounts(aggregations, facet);
            if (values != null && values.isBucketed()) {
                for (SearchAnswer.Bucket bucket : values.buckets()) {
                    counts.put(bucket.key(), bucket.docCount());
                }
            }
            for (String selected : request.values(facet)) {
                counts.putIfAbsent(selected, 0L);
            }
            List<FacetValue> list = new ArrayList<>();
            counts.forEach((value, count) -> list.add(
                    new FacetValue(value, vocabulary.label(facet, value), count, request.isSelected(facet, value))));
            if (!facet.worthShowing(list.size()) && request.values(facet).isEmpty()) {
                continue;
            }
            sort(facet, list);
            facets.put(facet.param(), list);
        }
        return facets;
    }

    /** A facet's terms aggregation, wherever {@link QueryBuilder} put it (see its {@code aggregations}). */
    private static SearchAnswer.Aggregation facetCounts(
            Map<String, SearchAnswer.Aggregation> aggregations, Facet facet) {
        SearchAnswer.Aggregation own = aggregations.get(facet.param());
        if (own != null) {
            return own.isBucketed() ? own : own.sub("values");
        }
        SearchAnswer.Aggregation shared = aggregations.get(FacetQueries.UNCHOSEN_FACETS);
        return shared != null && !shared.isBucketed() ? shared.sub(facet.param()) : null;
    }

    /** Fixed vocabularies in their own order, years newest first, names by count then alphabetically. */
    private void sort(Facet facet, List<FacetValue> values) {
        if (facet == Facet.YEAR) {
            values.sort(Comparator.comparing(FacetValue::value).reversed());
        } else if (vocabulary.fixedValues(facet).isPresent() && facet != Facet.THEME) {
            values.sort(Comparator.comparingInt((FacetValue value) -> {
                int rank = vocabulary.rank(facet, value.value());
                return rank < 0 ? Integer.MAX_VALUE : rank;
            }));
        } else {
            sortByCountThenLabel(values);
        }
    }

    /**
     * By count, then by label ignoring case. Each label is lower-cased once rather than at every
     * comparison: a name facet (inspectors) has up to 200 values, so a sort made thousands of
     * lower-cased copies on every search.
     */
    private static void sortByCountThenLabel(List<FacetValue> values) {
        record Keyed(FacetValue value, String key) {}
        List<Keyed> keyed = new ArrayList<>(values.size());
        for (FacetValue value : values) {
            keyed.add(new Keyed(value, value.label().toLowerCase(Locale.UK)));
        }
        keyed.sort(Comparator.comparingLong((Keyed k) -> k.value().count())
                .reversed()
                .thenComparing(Keyed::key));
        for (int i = 0; i < keyed.size(); i++) {
            values.set(i, keyed.get(i).value());
        }
    }

    /**
     * The typed text with each unknown word replaced by the suggester's best known word, or null
     * when every word is known (in some form: a word missing from the unstemmed field whose stem is
     * indexed is not a typo). The suggester reports each word's offset in what was typed, so
     * everything else (quotes, minus signs, spacing) is kept as it was.
     */
    static String suggestion(String typed, SearchAnswer answer) {
        StringBuilder corrected = new StringBuilder(typed);
        boolean changed = false;
        List<SearchAnswer.TermSuggestion> terms = new ArrayList<>(answer.suggestions(QueryBuilder.SUGGESTION));
        terms.sort(Comparator.comparingInt(SearchAnswer.TermSuggestion::offset).reversed());
        for (SearchAnswer.TermSuggestion term : terms) {
            if (term.options().isEmpty()) {
                continue;
            }
            int start = term.offset();
            int end = start + term.length();
            if (start < 0 || end > corrected.length()) {
                continue;
            }
            String word = typed.substring(start, end);
            String replacement = term.options().get(0);
            if (!STEMS.terms(word).isEmpty() && STEMS.terms(word).equals(STEMS.terms(replacement))) {
                continue; // "waits" is not a typo for "wait": the stemmed search already finds it
            }
            corrected.replace(start, end, replacement);
            changed = true;
        }
        if (!changed || corrected.toString().equalsIgnoreCase(typed)) {
            return null;
        }
        return corrected.toString();
    }
}
