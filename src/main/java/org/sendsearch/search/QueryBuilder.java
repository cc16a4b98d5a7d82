package org.sendsearch.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.SuggestSort;
import co.elastic.clients.elasticsearch.core.search.Suggester;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendsearch.ingest.TermAnalysis;
import org.sendsearch.model.IndexField;
import org.sendsearch.model.Polarity;

/**
 * Turns a {@link SearchQuery} into an Elasticsearch search with the client's typed builders;
 * nothing the user typed is ever spliced into JSON or into query syntax beyond the one
 * {@code simple_query_string} with fixed fields and the operators in {@link #FLAGS}.
 *
 * <p>The parts and why:
 * <ul>
 *   <li>{@code query}: the typed text only. Words are OR'ed with a {@code minimum_should_match}
 *       so that short queries need every word and long questions most of them; passages holding
 *       more of the words, and holding them close together, rank first. Quoted phrases go to the
 *       unstemmed {@code .exact} sub-fields ({@code quote_field_suffix}), so precedent wording is
 *       found exactly as written; exclusions are a {@code must_not}.</li>
 *   <li>{@code post_filter}: the chosen facet values and dates, so hits are filtered but the
 *       aggregations are not.</li>
 *   <li>({@link FacetQueries}) one {@code filter} aggregation per facet with every filter except that facet's own, so
 *       each facet counts what choosing one more of its values would give.</li>
 *   <li>highlighting with the {@code html} encoder, whole passages for findings and fragments
 *       for documents; a term suggester on the unstemmed field for "did you mean".</li>
 * </ul>
 */
public final class QueryBuilder {
    /**
     * The themes a query names: {@code named} (passages tagged with them rank higher) and
     * {@code parts}: for each, the query's other terms; a passage tagged with the theme that holds
     * those terms matches too (with no other terms, every passage tagged with it).
     */
    public record NamedThemes(List<String> named, List<QueryThemes.Part> parts) {
        public static final NamedThemes NONE = new NamedThemes(List.of(), List.of());
    }

    /** The only query-syntax operators people can use: OR, -, "phrases", prefix* (and whitespace). */
    static final List<SimpleQueryStringFlag> FLAGS = List.of(
            SimpleQueryStringFlag.Or,
            SimpleQueryStringFlag.Not,
            SimpleQueryStringFlag.Phrase,
            SimpleQueryStringFlag.Prefix,
            SimpleQueryStringFlag.Whitespace);
    /** One or two words: all must match; three or four: all but one; more (questions): three in five. */
    static final String MINIMUM_SHOULD_MATCH = "2<-1 4<60%";

    static final String EXACT_SUFFIX = ".exact";
    /** A constant added for passages tagged with a theme the query names (BM25 scores here run ~5-20). */
    static final float THEME_BOOST = 3.0f;

    static final String SUGGESTION = "did-you-mean";

    private final SearchIndices indices;
    private final QueryThemes themes; // null: no theme boosts

    /** A builder without theme boosts. */
    public QueryBuilder(SearchIndices indices) {
        this(indices, null);
    }

    /** A builder that ranks passages tagged with the themes a query names higher. */
    public QueryBuilder(SearchIndices indices, QueryThemes themes) {
        this.indices = indices;
        this.themes = themes;
    }

    /**
     * The builder the search API uses: theme-aware, with the index's own stemming. Public so that
     * anything that must send exactly the API's request (the benchmark's direct side) builds it here.
     */
    public static QueryBuilder forApi(SearchIndices indices, Vocabulary vocabulary) {
        return new QueryBuilder(indices, new QueryThemes(vocabulary.taxonomy(), TermAnalysis.indexChain()));
    }

    /** The search the API sends for this request and text. */
    public SearchRequest build(SearchQuery request, String queryText) {
        return build(request, queryText, false);
    }

    /** The same, or with any one word enough ({@code relaxed}: the fallback when nothing has enough of them). */
    public SearchRequest build(SearchQuery request, String queryText, boolean relaxed) {
        return build(request, queryText, namedThemes(queryText), relaxed);
    }

    NamedThemes namedThemes(String queryText) {
        if (themes == null) {
            return NamedThemes.NONE;
        }
        UserQuery parsed = UserQuery.parse(queryText).subject();
        boolean plainWords = parsed.phrases().isEmpty() && !parsed.hasAlternatives();
        return new NamedThemes(themes.of(parsed.positive()), plainWords ? themes.parts(parsed.positive()) : List.of());
    }

    /** The fields the text is searched in, with their weights. */
    static List<String> fields(Scope scope) {
        return scope == Scope.PASSAGES
                ? List.of(
                        IndexField.TEXT,
                        IndexField.boosted(IndexField.HEADING, 0.3),
                        IndexField.boosted(IndexField.TITLE, 0.5))
                : List.of(
                        IndexField.boosted(IndexField.TITLE, 2),
                        IndexField.TEXT,
                        IndexField.boosted(IndexField.SIGNIFICANT_WEAKNESSES, 1.5),
                        IndexField.OUTCOME);
    }

    /**
     * @param themes  the taxonomy themes the text names (ranked higher) or is the name of (found too)
     * @param relaxed whether any one word is enough (the fallback when no passage has enough of them)
     */
    SearchRequest build(SearchQuery request, String queryText, NamedThemes themes, boolean relaxed) {
        Scope scope = request.scope();
        UserQuery parsed = UserQuery.parse(queryText);
        // Only quoted phrases search the unstemmed sub-field; highlighting it for other queries
        // found nothing and cost about half of a facets + highlights search (see BENCHMARKS.md).
        boolean highlightExact = !parsed.phrases().isEmpty();
        return SearchRequest.of(s -> {
            s.index(indices.of(scope))
                    .query(textQuery(scope, parsed, themes, relaxed))
                    .from(request.offset())
                    .size(request.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(sort(request.sort(), scope))
                    .aggregations(FacetQueries.aggregations(request))
                    // Repeated searches (paging back, popular queries, several people) are answered
                    // from the shard request cache until the index next changes.
                    .requestCache(true)
                    .highlight(h -> {
                        h.encoder(HighlighterEncoder.Html)
                                .preTags(Highlight.OPEN)
                                .postTags(Highlight.CLOSE)
                                .type(HighlighterType.Unified)
                                .requireFieldMatch(true);
                        highlightQuery(scope, parsed).ifPresent(h::highlightQuery);
                        h.fields(NamedValue.of(IndexField.TEXT, highlightField(scope, true)));
                        if (highlightExact) {
                            h.fields(NamedValue.of(IndexField.TEXT_EXACT, highlightField(scope, false)));
                        }
                        return h;
                    });
            FacetQueries.filter(request, null).ifPresent(s::postFilter);
            if (!queryText.isBlank()) {
                s.suggest(didYouMean(queryText));
            }
            return s;
        });
    }

    /** The term suggester behind "did you mean", on the unstemmed field ({@link #SUGGESTION}). */
    static Suggester didYouMean(String queryText) {
        return Suggester.of(g -> g.text(queryText)
                .suggesters(
                        SUGGESTION,
                        f -> f.term(t -> t.field(IndexField.TEXT_EXACT)
                                .suggestMode(SuggestMode.Missing)
                                .size(1)
                                .minWordLength(4)
                                .maxEdits(2)
                                .prefixLength(1)
                                .sort(SuggestSort.Score))));
    }

    /**
     * The query selecting exactly the results of {@code request}: its text as {@link #build} reads
     * it (named themes included) and every filter. For features that must agree with the search
     * they link to (insights counts, export).
     */
    public Query selection(SearchQuery request) {
        return selection(request, text(request, request.query(), false));
    }

    /** {@code text} (the relevance part of a search) with every filter of {@code request}. */
    static Query selection(SearchQuery request, Query text) {
        return FacetQueries.filter(request, null)
                .map(f -> Query.of(q -> q.bool(b -> b.must(text).filter(f))))
                .orElse(text);
    }

    /**
     * What the highlighter marks: every typed word and phrase, in any of its forms, as one plain
     * query on the searched fields. Marking the same words through the scoring query (theme parts,
     * the proximity clause) gives the same marks at about twice the cost, since the highlighter
     * re-runs every clause per hit, phrase positions included.
     */
    static Optional<Query> highlightQuery(Scope scope, UserQuery query) {
        if (query.positive().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(words(query.positive(), fields(scope), null, true));
    }

    /**
     * How a text field is highlighted: a finding whole, a document as up to three 220-character
     * fragments ({@code opening}: its first 300 characters when nothing in it matched).
     */
    private static HighlightField highlightField(Scope scope, boolean opening) {
        if (scope == Scope.PASSAGES) {
            return HighlightField.of(f -> f.numberOfFragments(0));
        }
        return HighlightField.of(f -> {
            f.fragmentSize(220).numberOfFragments(3);
            if (opening) {
                f.noMatchSize(300);
            }
            return f;
        });
    }

    /** The relevance part of the API's search for this request and text (named themes included). */
    Query text(SearchQuery request, String queryText, boolean relaxed) {
        return textQuery(request.scope(), UserQuery.parse(queryText), namedThemes(queryText), relaxed);
    }

    /**
     * The passages holding every word of the query's subject (in any of the forms the index
     * matches: stems, synonyms), the strongest lexical evidence; null when the subject has no
     * words. For a one-word query every lexical match holds it, so the lexical ranking counts
     * twice: tried on the tuning half, leaving one-word queries out scored lower (hybrid nDCG@10
     * 0.814 against 0.822). Hybrid search fuses it as a ranking of its own ({@link RankFusion}): a passage with
     * every typed word is not outranked by those holding one of them that the kNN side also finds.
     */
    Query everyWord(SearchQuery request, String queryText) {
        UserQuery subject = UserQuery.parse(queryText).subject();
        if (subject.isEmpty() || subject.positive().isBlank()) {
            return null;
        }
        return words(subject.positive(), fields(request.scope()), "100%", true);
    }

    /**
     * How far standard text (what every letter repeats) is scored down: below the findings that
     * match as well, so that it is found but comes after them.
     */
    static final float STANDARD_TEXT_WEIGHT = 0.05f;

    /**
     * The relevance part: only the typed text, never the filters. Standard text ranks below the
     * findings, except for a query of quoted phrases only: precedent wording is found wherever it is.
     */
    static Query textQuery(Scope scope, UserQuery query, NamedThemes themes, boolean relaxed) {
        Query match = matchQuery(scope, query, themes, relaxed);
        boolean phrasesOnly = !query.phrases().isEmpty() && query.words().isEmpty();
        if (scope != Scope.PASSAGES || phrasesOnly) {
            return match;
        }
        if (query.isEmpty()) {
            // Browsing (nothing typed): findings first, then neutral text and standard text, so a list
            // of everything does not open with filler ("There are no ... implications at this time.").
            return Query.of(q -> q.boosting(bq -> bq.positive(match)
                    .negative(n -> n.bool(nb -> nb.should(s ->
                                    s.term(t -> t.field(IndexField.STANDARD).value(true)))
                            .should(s -> s.term(
                                    t -> t.field(IndexField.POLARITY).value(FieldValue.of(Polarity.NEUTRAL.id()))))
                            .minimumShouldMatch("1")))
                    .negativeBoost(STANDARD_TEXT_WEIGHT)));
        }
        return Query.of(q -> q.boosting(bq -> bq.positive(match)
                .negative(n -> n.term(t -> t.field(IndexField.STANDARD).value(true)))
                .negativeBoost(STANDARD_TEXT_WEIGHT)));
    }

    /** Findings only: {@code query} without the standard text, for research that counts findings. */
    public static Query findingsOnly(Query query) {
        return Query.of(q -> q.bool(b -> b.must(query)
                .mustNot(n -> n.term(t -> t.field(IndexField.STANDARD).value(true)))));
    }

    private static Query matchQuery(Scope scope, UserQuery typed, NamedThemes themes, boolean relaxed) {
        // A question must match by its subject: "how long does it take to get an EHC plan" as "EHC plan".
        UserQuery query = typed.subject();
        if (query.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        List<String> fields = fields(scope);
        return Query.of(q -> q.bool(b -> {
            if (query.positive().isEmpty()) {
                b.must(m -> m.matchAll(a -> a));
            } else {
                // An explicit OR asks for alternatives: then any one clause is enough.
                String minimum = query.hasAlternatives() || relaxed ? "1" : MINIMUM_SHOULD_MATCH;
                Query words = words(query.positive(), fields, minimum, true);
                if (themes.parts().isEmpty() || scope != Scope.PASSAGES) {
                    b.must(words);
                } else {
                    // A theme stands in for the words that named it: "autism waits" also matches a
                    // passage tagged neurodevelopmental that speaks of waiting.
                    b.must(m -> m.bool(either -> {
                        either.should(words).minimumShouldMatch("1");
                        // Within such passages, those sharing more of the typed words come first.
                        Query anyWord = words(query.positive(), fields, "1", true);
                        for (QueryThemes.Part part : themes.parts()) {
                            Query tagged = Query.of(t ->
                                    t.term(tt -> tt.field(IndexField.THEMES).value(FieldValue.of(part.theme()))));
                            if (part.rest().isEmpty()) {
                                either.should(
                                        p -> p.bool(pb -> pb.filter(tagged).should(anyWord)));
                            } else {
                                String rest = String.join(" ", part.rest());
                                Query restWords = words(rest, fields, relaxed ? "1" : MINIMUM_SHOULD_MATCH, false);
                                either.should(p -> p.bool(
                                        pb -> pb.filter(tagged).should(anyWord).must(restWords)));
                            }
                        }
                        return either;
                    }));
                }
                if (!themes.named().isEmpty()) {
                    List<FieldValue> ids =
                            themes.named().stream().map(FieldValue::of).toList();
                    b.should(t -> t.terms(ts ->
                            ts.field(IndexField.THEMES).terms(v -> v.value(ids)).boost(THEME_BOOST)));
                }
                if (query.words().size() > 1) {
                    // Words near one another, in any form (stems and synonyms), rank higher.
                    b.should(p -> p.matchPhrase(mp -> mp.field(IndexField.TEXT)
                            .query(String.join(" ", query.words()))
                            .slop(3)
                            .boost(2.0f)));
                }
            }
            if (!query.negative().isEmpty()) {
                b.mustNot(words(query.negative(), fields, null, true));
            }
            return b;
        }));
    }

    /**
     * The one text clause every part of the query is made of: {@code text} in the people's query
     * syntax ({@link #FLAGS} only) on {@code fields}, words OR'ed.
     *
     * @param minimum      how many of the words must match ({@code minimum_should_match}); null: no minimum
     * @param exactPhrases whether quoted phrases go to the unstemmed {@code .exact} sub-fields
     */
    private static Query words(String text, List<String> fields, String minimum, boolean exactPhrases) {
        return Query.of(q -> q.simpleQueryString(sq -> {
            sq.query(text).fields(fields).defaultOperator(Operator.Or).flags(FLAGS);
            if (minimum != null) {
                sq.minimumShouldMatch(minimum);
            }
            if (exactPhrases) {
                sq.quoteFieldSuffix(EXACT_SUFFIX);
            }
            return sq;
        }));
    }

    private static List<SortOptions> sort(ResultOrder order, Scope scope) {
        List<SortOptions> sorts = new ArrayList<>();
        SortOrder byDate = order == ResultOrder.OLDEST ? SortOrder.Asc : SortOrder.Desc;
        if (order == ResultOrder.RELEVANCE) {
            sorts.add(SortOptions.of(o -> o.score(sc -> sc)));
        }
        sorts.add(SortOptions.of(o ->
                o.field(f -> f.field(IndexField.RESEARCH_DATE).order(byDate).unmappedType(FieldType.Date))));
        if (order != ResultOrder.RELEVANCE) {
            sorts.add(SortOptions.of(o -> o.score(sc -> sc)));
        }
        sorts.addAll(tieBreakers(scope));
        return sorts;
    }

    /**
     * The sort keys that come after the chosen ones and make an order total, so that equal scores
     * or dates always come back in the same order and pages never repeat or skip a hit: a passage
     * by its document and its place in it, a document by its id. Every search that sorts (results,
     * export, an area's timeline) ends with these.
     */
    public static List<SortOptions> tieBreakers(Scope scope) {
        return scope == Scope.PASSAGES
                ? List.of(
                        SortOptions.of(o -> o.field(f -> f.field(IndexField.DOCUMENT_ID))),
                        SortOptions.of(o -> o.field(f -> f.field(IndexField.ORDINAL))))
                : List.of(SortOptions.of(o -> o.field(f -> f.field(IndexField.ID))));
    }
}
