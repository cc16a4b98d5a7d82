package org.sendsearch.insights;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.SignificantStringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sendsearch.model.IndexField;
import org.sendsearch.search.Backend;
import org.sendsearch.search.Deadline;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.QueryBuilder;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.util.WordList;

/**
 * The wording that sets a selection of findings apart from the whole collection, with
 * Elasticsearch's {@code significant_text} aggregation, then widened to phrases.
 *
 * <p>Words first, because the passages mapping has no shingle sub-field (the index belongs to
 * indexing, and a shingle field would double its size), and {@code significant_text} can only
 * score the tokens a field's analyzer makes. So it runs on {@code text.exact}, the unstemmed field,
 * re-analysing the stored {@code text}: readable whole words ("waiting", "adulthood") rather than
 * stems ("wait", "adulthood"). Near-duplicate boilerplate is filtered out
 * ({@code filter_duplicate_text}), and a sampler keeps the cost bounded on a large selection.
 * {@link PhraseExpander} then turns each word into the phrase it is most used in, counted and
 * scored exactly. Each phrase links to the selection narrowed to the exact phrase.
 */
public final class PhraseService {
    public static final int DEFAULT_SIZE = 15;
    public static final int MAX_SIZE = 50;
    /**
     * Function words, left out of the answer: the unstemmed field keeps them (quoted phrases need
     * them), and in a small selection "not" or "while" can score as significant, which tells a
     * reader nothing. Negation is what weaknesses are made of, so it is always over-represented.
     */
    static final List<String> FUNCTION_WORDS = WordList.resource(PhraseService.class, "function-words.txt");
    /** The top-scoring findings per shard that are analysed: enough for a stable signal, cheap. */
    private static final int SAMPLE_SIZE = 500;

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final Deadline deadline;
    private final PhraseExpander expander;
    private final Function<SearchQuery, Query> selection;

    /** @param selection the search's own query for a request ({@code SearchService::selection}) */
    public PhraseService(Backend backend, Function<SearchQuery, Query> selection) {
        this.client = backend.client();
        this.selection = selection;
        this.indices = backend.indices();
        this.deadline = backend.deadline();
        this.expander = new PhraseExpander(client, indices, deadline, selection);
    }

    public List<Phrase> phrases(SearchQuery request, int size) {
        int wanted = Math.max(1, Math.min(MAX_SIZE, size));
        SearchResponse<PassageSource> response = deadline.run(
                "Characteristic wording",
                () -> client.search(
                        s -> s.index(indices.passages())
                                .size(0)
                                .query(QueryBuilder.findingsOnly(selection.apply(request)))
                                .aggregations(
                                        "sample",
                                        a -> a.sampler(sm -> sm.shardSize(SAMPLE_SIZE))
                                                .aggregations(
                                                        "words",
                                                        w -> w.significantText(st -> st.field(IndexField.TEXT_EXACT)
                                                                .sourceFields(IndexField.TEXT)
                                                                .filterDuplicateText(true)
                                                                .exclude(e -> e.terms(FUNCTION_WORDS))
                                                                .minDocCount(2L)
                                                                .size(wanted)))),
                        PassageSource.class));
        List<Phrase> phrases = new ArrayList<>();
        Aggregate sample = response.aggregations().get("sample");
        if (sample == null || !sample.isSampler()) {
            return phrases;
        }
        Aggregate words = sample.sampler().aggregations().get("words");
        if (words == null || !words.isSigsterms()) {
            return phrases;
        }
        for (SignificantStringTermsBucket bucket : words.sigsterms().buckets().array()) {
            String word = bucket.key();
            String query = (request.query() + " \"" + word + "\"").strip();
            phrases.add(new Phrase(
                    word,
                    bucket.score(),
                    bucket.docCount(),
                    bucket.bgCount(),
                    Selections.searchUrl(request.withQuery(query))));
        }
        return expander.expand(request, phrases);
    }
}
