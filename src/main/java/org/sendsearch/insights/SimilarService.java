package org.sendsearch.insights;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendsearch.model.IndexField;
import org.sendsearch.model.Polarity;
import org.sendsearch.search.Backend;
import org.sendsearch.search.Deadline;
import org.sendsearch.search.DocumentService;
import org.sendsearch.search.Highlight;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.SearchHit;
import org.sendsearch.search.SearchIndices;

/**
 * Finds precedent wording: the findings of other documents most like a given one, with
 * {@code more_like_this} on the stemmed text (so "waits"/"waiting" and the SEND synonyms count
 * as shared), the shared words highlighted, and findings of the same kind (strength or weakness)
 * lifted by a boost.
 *
 * <p>Why a boost and not a strict "same kind first": the closest precedent for a weakness is often
 * a strength elsewhere that solved it (Liverpool's parents telling their story more than once,
 * Wirral's "tell it once" approach), and a strict order would bury it under any weakly similar
 * weakness. The boost is a fixed amount in score units, enough to break near-ties.
 */
public final class SimilarService {
    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    static final float SAME_POLARITY_BOOST = 2.0f;

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final Deadline deadline;

    public SimilarService(Backend backend) {
        this.client = backend.client();
        this.indices = backend.indices();
        this.deadline = backend.deadline();
    }

    /** Empty when there is no finding with this id. */
    public Optional<SimilarFindings> similar(String passageId, int size) {
        return similar(passageId, size, false);
    }

    /**
     * @param sameKindOnly only findings of the same kind (strengths for a strength, weaknesses of
     *                     any seriousness for a weakness)
     */
    public Optional<SimilarFindings> similar(String passageId, int size, boolean sameKindOnly) {
        if (!DocumentService.isWellFormedId(passageId)) {
            return Optional.empty();
        }
        SearchResponse<PassageSource> found =
                deadline.run("Finding lookup", () -> client.search(lookup(passageId), PassageSource.class));
        Optional<PassageSource> source = found.hits().hits().stream()
                .map(Hit::source)
                .filter(Objects::nonNull)
                .findFirst();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        PassageSource passage = source.get();
        List<Polarity> kind = kindOf(passage.polarity());
        SearchResponse<PassageSource> response = deadline.run(
                "Similar findings", () -> client.search(request(passage, size, sameKindOnly), PassageSource.class));
        List<SimilarFindings.Similar> similar = new ArrayList<>();
        for (Hit<PassageSource> hit : response.hits().hits()) {
            PassageSource other = hit.source();
            if (other == null) {
                continue;
            }
            Highlight marked = Highlight.merge(other.text(), hit.highlight().getOrDefault(IndexField.TEXT, List.of()));
            SearchHit finding = hit(other, hit.id(), marked);
            similar.add(new SimilarFindings.Similar(
                    finding,
                    hit.score() == null ? 0 : hit.score(),
                    other.polarity() != null && kind.contains(other.polarity()),
                    similarUrl(finding.id())));
        }
        return Optional.of(new SimilarFindings(hit(passage, passageId, Highlight.plain(passage.text())), similar));
    }

    /** The search finding the passage itself, by id. */
    public SearchRequest lookup(String passageId) {
        return SearchRequest.of(s -> s.index(indices.passages())
                .query(q -> q.term(t -> t.field(IndexField.ID).value(FieldValue.of(passageId))))
                .size(1));
    }

    /**
     * The search for findings like {@code passage}: its words as a {@code more_like_this} query,
     * other documents only, findings of the same kind boosted (or required). Public so that a
     * benchmark can send exactly this request straight to Elasticsearch.
     */
    public SearchRequest request(PassageSource passage, int size, boolean sameKindOnly) {
        int wanted = Math.max(1, Math.min(MAX_SIZE, size));
        Query like = Query.of(q -> q.moreLikeThis(m -> m.fields(IndexField.TEXT)
                .like(l -> l.text(passage.text()))
                .minTermFreq(1)
                .minDocFreq(1)
                .maxQueryTerms(40)
                .minimumShouldMatch("15%")));
        List<FieldValue> kind = kindOf(passage.polarity()).stream()
                .map(polarity -> FieldValue.of(polarity.id()))
                .toList();
        return SearchRequest.of(s -> s.index(indices.passages())
                .size(wanted)
                .query(q -> q.bool(b -> {
                    b.must(like);
                    b.mustNot(n -> n.term(t -> t.field(IndexField.STANDARD).value(true)));
                    if (passage.documentId() != null) {
                        b.mustNot(n -> n.term(
                                t -> t.field(IndexField.DOCUMENT_ID).value(FieldValue.of(passage.documentId()))));
                    }
                    if (!kind.isEmpty() && sameKindOnly) {
                        b.filter(f -> f.terms(t -> t.field(IndexField.POLARITY).terms(v -> v.value(kind))));
                    } else if (!kind.isEmpty()) {
                        b.should(sh -> sh.constantScore(c -> c.filter(f -> f.terms(
                                        t -> t.field(IndexField.POLARITY).terms(v -> v.value(kind))))
                                .boost(SAME_POLARITY_BOOST)));
                    }
                    return b;
                }))
                .highlight(h -> h.encoder(HighlighterEncoder.Html)
                        .preTags("<mark>")
                        .postTags("</mark>")
                        .type(HighlighterType.Unified)
                        .highlightQuery(like)
                        .fields(NamedValue.of(IndexField.TEXT, HighlightField.of(f -> f.numberOfFragments(0))))));
    }

    /** The polarities counted as the same kind of finding: every weakness for a weakness. */
    public static List<Polarity> kindOf(Polarity polarity) {
        if (polarity == null) {
            return List.of();
        }
        return polarity.isWeakness() ? Polarity.WEAKNESSES : List.of(polarity);
    }

    private static SearchHit hit(PassageSource passage, String fallbackId, Highlight marked) {
        return SearchHit.finding(passage.id() == null ? fallbackId : passage.id(), passage, marked);
    }

    /** The page of findings similar to a finding. */
    public static String similarUrl(String passageId) {
        return "/findings/" + URLEncoder.encode(passageId, StandardCharsets.UTF_8) + "/similar";
    }
}
