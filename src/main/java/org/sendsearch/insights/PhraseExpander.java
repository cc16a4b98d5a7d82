package org.sendsearch.insights;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sendsearch.model.IndexField;
import org.sendsearch.search.Deadline;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.QueryBuilder;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchQuery;

/**
 * Turns significant words into the phrases they are used in ("adulthood" into "preparation for
 * adulthood", "story" into "tell their story"), because a researcher reads and searches phrases.
 *
 * <p>How, without a shingle field: the texts of a bounded sample of the selected findings are
 * split into words as the unstemmed field does, and the two- to four-word sequences holding a
 * significant word (not starting or ending with a function word) are counted per finding. The
 * most common sequence of each word, if at least two findings use it, is then counted exactly,
 * in the selection and in the whole collection, with one {@code filters} aggregation of
 * {@code match_phrase} queries on {@code text.exact}, and scored like {@code significant_text}
 * (JLH). Memory is bounded by the sample.
 */
final class PhraseExpander {
    static final int SAMPLE = 300;
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 4;
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Set<String> FUNCTION_WORDS = new HashSet<>(PhraseService.FUNCTION_WORDS);

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final Deadline deadline;
    private final Function<SearchQuery, Query> selector;

    PhraseExpander(
            ElasticsearchClient client,
            SearchIndices indices,
            Deadline deadline,
            Function<SearchQuery, Query> selector) {
        this.client = client;
        this.selector = selector;
        this.indices = indices;
        this.deadline = deadline;
    }

    /** The words' phrases, scored and linked, best first; a word with no common phrase stays a word. */
    List<Phrase> expand(SearchQuery request, List<Phrase> words) {
        if (words.isEmpty()) {
            return words;
        }
        Query selection = QueryBuilder.findingsOnly(selector.apply(request));
        SearchResponse<PassageSource> sample = deadline.run(
                "Phrase sample",
                () -> client.search(
                        s -> s.index(indices.passages())
                                .size(SAMPLE)
                                .query(selection)
                                .source(src -> src.filter(f -> f.includes(IndexField.TEXT))),
                        PassageSource.class));
        Set<String> significant = new LinkedHashSet<>();
        words.forEach(word -> significant.add(word.text()));
        Map<String, Integer> findingsPerPhrase = new HashMap<>();
        for (Hit<PassageSource> hit : sample.hits().hits()) {
            if (hit.source() != null) {
                phrasesIn(hit.source().text(), significant)
                        .forEach(phrase -> findingsPerPhrase.merge(phrase, 1, Integer::sum));
            }
        }
        Map<String, String> best = new LinkedHashMap<>();
        for (String word : significant) {
            findingsPerPhrase.entrySet().stream()
                    .filter(entry -> entry.getValue() >= 2
                            && List.of(entry.getKey().split(" ")).contains(word))
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparingInt(entry -> entry.getKey().length()))
                    .ifPresent(entry -> best.put(word, entry.getKey()));
        }
        List<String> candidates = new ArrayList<>(new LinkedHashSet<>(best.values()));
        if (candidates.isEmpty()) {
            return words;
        }
        Map<String, long[]> counts = count(selection, candidates);
        long selected = counts.get("")[0];
        long collection = counts.get("")[1];
        List<Phrase> result = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Phrase word : words) {
            String phrase = best.get(word.text());
            long[] count = phrase == null ? null : counts.get(phrase);
            if (count == null || count[0] < 2) {
                if (done.add(word.text())) {
                    result.add(word);
                }
                continue;
            }
            if (done.add(phrase)) {
                String query = (request.query() + " \"" + phrase + "\"").strip();
                result.add(new Phrase(
                        phrase,
                        jlh(count[0], selected, count[1], collection),
                        count[0],
                        count[1],
                        Selections.searchUrl(request.withQuery(query))));
            }
        }
        result.sort(Comparator.comparingDouble(Phrase::score).reversed());
        List<Phrase> distinct = new ArrayList<>();
        for (Phrase phrase : result) {
            if (distinct.stream().noneMatch(kept -> overlap(kept.text(), phrase.text()))) {
                distinct.add(phrase);
            }
        }
        return distinct;
    }

    /**
     * Whether two phrases share two consecutive words ("attention deficit hyperactivity disorder"
     * and "deficit hyperactivity disorder adhd"): the second says nothing new.
     */
    static boolean overlap(String a, String b) {
        String[] words = a.split(" ");
        String padded = " " + b + " ";
        for (int i = 0; i + 1 < words.length; i++) {
            if (padded.contains(" " + words[i] + " " + words[i + 1] + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The phrases of two to four words around a significant word, once per text. */
    static Set<String> phrasesIn(String text, Set<String> significant) {
        String[] tokens = WORD_BREAK.split(text.toLowerCase(Locale.UK));
        Set<String> phrases = new LinkedHashSet<>();
        for (int start = 0; start < tokens.length; start++) {
            if (tokens[start].isEmpty() || FUNCTION_WORDS.contains(tokens[start])) {
                continue;
            }
            for (int length = MIN_WORDS; length <= MAX_WORDS && start + length <= tokens.length; length++) {
                String last = tokens[start + length - 1];
                if (last.isEmpty() || FUNCTION_WORDS.contains(last)) {
                    continue;
                }
                boolean holds = false;
                for (int i = start; i < start + length; i++) {
                    holds |= significant.contains(tokens[i]);
                }
                if (holds) {
                    phrases.add(String.join(" ", java.util.Arrays.copyOfRange(tokens, start, start + length)));
                }
            }
        }
        return phrases;
    }

    /** Per phrase (and "" for all findings): {findings in the selection, findings in the collection}. */
    private Map<String, long[]> count(Query selection, List<String> phrases) {
        Map<String, Query> filters = new LinkedHashMap<>();
        filters.put("_all", Query.of(q -> q.matchAll(m -> m)));
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = phrases.get(i);
            filters.put(
                    "p" + i,
                    Query.of(q ->
                            q.matchPhrase(m -> m.field(IndexField.TEXT_EXACT).query(phrase))));
        }
        SearchResponse<PassageSource> response = deadline.run(
                "Phrase counts",
                () -> client.search(
                        s -> s.index(indices.passages())
                                .size(0)
                                .aggregations("collection", a -> a.filters(f -> f.filters(k -> k.keyed(filters))))
                                .aggregations(
                                        "selection",
                                        a -> a.filter(selection)
                                                .aggregations(
                                                        "phrases",
                                                        p -> p.filters(f -> f.filters(k -> k.keyed(filters))))),
                        PassageSource.class));
        Map<String, FiltersBucket> all = buckets(response.aggregations().get("collection"));
        Aggregate selectionAggregate = response.aggregations().get("selection");
        Map<String, FiltersBucket> chosen = selectionAggregate != null && selectionAggregate.isFilter()
                ? buckets(selectionAggregate.filter().aggregations().get("phrases"))
                : Map.of();
        Map<String, long[]> counts = new HashMap<>();
        counts.put("", new long[] {docCount(chosen.get("_all")), docCount(all.get("_all"))});
        for (int i = 0; i < phrases.size(); i++) {
            counts.put(phrases.get(i), new long[] {docCount(chosen.get("p" + i)), docCount(all.get("p" + i))});
        }
        return counts;
    }

    private static Map<String, FiltersBucket> buckets(Aggregate aggregate) {
        if (aggregate == null
                || !aggregate.isFilters()
                || !aggregate.filters().buckets().isKeyed()) {
            return Map.of();
        }
        return aggregate.filters().buckets().keyed();
    }

    private static long docCount(FiltersBucket bucket) {
        return bucket == null ? 0 : bucket.docCount();
    }

    /** Elasticsearch's JLH score: how much more frequent in the selection, weighted by the absolute change. */
    static double jlh(long inSelection, long selection, long inCollection, long collection) {
        if (selection == 0 || collection == 0 || inCollection == 0) {
            return 0;
        }
        double foreground = (double) inSelection / selection;
        double background = (double) inCollection / collection;
        return foreground > background ? (foreground - background) * (foreground / background) : 0;
    }
}
