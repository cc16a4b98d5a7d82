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
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendsearch.embed.VectorSwitch;
import org.sendsearch.index.VectorCoverage;
import org.sendsearch.model.IndexField;
import org.sendsearch.model.Polarity;
import org.sendsearch.search.Backend;
import org.sendsearch.search.Deadline;
import org.sendsearch.search.DocumentService;
import org.sendsearch.search.Highlight;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.QueryBuilder;
import org.sendsearch.search.RankFusion;
import org.sendsearch.search.SearchHit;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchService;

/**
 * Finds precedent wording and the same point made elsewhere: the findings of other documents most
 * like a given one, ranked by one of three {@link SimilarMode}s. By wording, with
 * {@code more_like_this} on the stemmed text (so "waits"/"waiting" and the SEND synonyms count as
 * shared); by meaning, with a kNN search on the finding's own stored vector (no model needed at
 * query time); or both, fused by reciprocal rank ({@link RankFusion}). Either way only findings of
 * other documents are candidates (never standard text, never the finding itself), the words shared
 * with the finding are highlighted, and findings of the same kind (strength or weakness) are lifted
 * by a small boost.
 *
 * <p>Why a boost and not a strict "same kind first": the closest precedent for a weakness is often
 * a strength elsewhere that solved it (Liverpool's parents telling their story more than once,
 * Wirral's "tell it once" approach), and a strict order would bury it under any weakly similar
 * weakness. The boost is a fixed amount in score units, enough to break near-ties: 2 in
 * more_like_this's units (scores of about 10 to 60 here), 0.01 in the kNN query's (cosine
 * similarity mapped to 0..1, the nearest findings within a few hundredths of each other).
 *
 * <p>A mode that needs vectors falls back to wording, and says why ({@link SimilarFindings#fallback}),
 * when vectors are switched off, the finding has no vector, or the vectors are still filling in
 * (a kNN search would then see only some of the findings).
 */
public final class SimilarService {
    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    static final float SAME_POLARITY_BOOST = 2.0f;
    static final float SAME_POLARITY_VECTOR_BOOST = 0.01f;
    /** HNSW candidates examined for the kNN side. */
    static final int CANDIDATES = 200;
    /** How deep each ranking goes before a mix is fused: past the page, so that fusion can reorder it. */
    static final int MIX_DEPTH = 30;

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
        return similar(passageId, size, sameKindOnly, SimilarMode.DEFAULT);
    }

    /**
     * The findings like {@code passageId}'s, ranked by {@code mode} (or by wording, said in
     * {@link SimilarFindings#fallback}, when the mode needs vectors that are not there); empty when
     * there is no finding with this id.
     */
    public Optional<SimilarFindings> similar(String passageId, int size, boolean sameKindOnly, SimilarMode mode) {
        if (!DocumentService.isWellFormedId(passageId)) {
            return Optional.empty();
        }
        SearchResponse<PassageSource> found =
                deadline.run("Finding lookup", () -> client.search(lookup(passageId), PassageSource.class));
        Optional<Hit<PassageSource>> first =
                found.hits().hits().stream().filter(hit -> hit.source() != null).findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        PassageSource passage = first.get().source();
        List<Polarity> kind = kindOf(passage.polarity());
        float[] vector = null;
        String fallback = null;
        if (mode.needsVectors()) {
            vector = vectorOf(passageId);
            fallback = vectorsMissing(vector);
        }
        SimilarMode used = fallback == null ? mode : SimilarMode.WORDS;
        int wanted = Math.max(1, Math.min(MAX_SIZE, size));
        List<SimilarFindings.Similar> similar = switch (used) {
            case WORDS -> ranked(send("Similar findings", request(passage, wanted, sameKindOnly)), kind);
            case MEANING -> ranked(send("Similar findings", knnRequest(passage, vector, wanted, sameKindOnly)), kind);
            case MIX -> mix(passage, vector, wanted, sameKindOnly, kind);
        };
        return Optional.of(
                new SimilarFindings(hit(passage, passageId, Highlight.plain(passage.text())), similar, used, fallback));
    }

    /** Why a kNN search with this vector would not see every finding, or null when it would. */
    private String vectorsMissing(float[] vector) {
        if (!VectorSwitch.enabled()) {
            return "search by meaning is switched off";
        }
        if (vector == null) {
            return "this finding has no vector yet";
        }
        VectorCoverage coverage = deadline.run("Vector coverage", () -> VectorCoverage.of(client, indices.passages()));
        return coverage.complete() ? null : "vectors are still being filled in (" + coverage.describe() + ")";
    }

    /** Both rankings, {@value #MIX_DEPTH} deep, fused by reciprocal rank (wording as the first ranking). */
    private List<SimilarFindings.Similar> mix(
            PassageSource passage, float[] vector, int wanted, boolean sameKindOnly, List<Polarity> kind) {
        int depth = Math.max(wanted, MIX_DEPTH);
        SearchResponse<PassageSource> words = send("Similar findings", request(passage, depth, sameKindOnly));
        SearchResponse<PassageSource> meaning =
                send("Similar findings", knnRequest(passage, vector, depth, sameKindOnly));
        Map<String, SimilarFindings.Similar> byId = new HashMap<>();
        for (SimilarFindings.Similar one : ranked(meaning, kind)) {
            byId.put(one.finding().id(), one);
        }
        for (SimilarFindings.Similar one : ranked(words, kind)) {
            byId.put(one.finding().id(), one);
        }
        List<SimilarFindings.Similar> fused = new ArrayList<>();
        for (RankFusion.Fused id : RankFusion.fuseScored(ids(words), ids(meaning))) {
            if (fused.size() == wanted) {
                break;
            }
            SimilarFindings.Similar one = byId.get(id.id());
            if (one != null) {
                fused.add(new SimilarFindings.Similar(one.finding(), id.score(), one.samePolarity(), one.similarUrl()));
            }
        }
        return fused;
    }

    private static List<String> ids(SearchResponse<PassageSource> response) {
        return response.hits().hits().stream()
                .filter(hit -> hit.source() != null)
                .map(Hit::id)
                .toList();
    }

    private SearchResponse<PassageSource> send(String what, SearchRequest request) {
        return deadline.run(what, () -> client.search(request, PassageSource.class));
    }

    private static List<SimilarFindings.Similar> ranked(SearchResponse<PassageSource> response, List<Polarity> kind) {
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
        return similar;
    }

    /**
     * The finding's stored vector, as the vector fill wrote it into {@code _source}; null when it
     * has none (yet).
     */
    private float[] vectorOf(String passageId) {
        SearchResponse<StoredVector> found = deadline.run(
                "Finding vector",
                () -> client.search(
                        SearchRequest.of(s -> s.index(indices.passages())
                                .query(q -> q.term(t -> t.field(IndexField.ID).value(FieldValue.of(passageId))))
                                .source(src -> src.filter(f -> f.includes(IndexField.VECTOR)))
                                .size(1)),
                        StoredVector.class));
        return found.hits().hits().stream()
                .map(Hit::source)
                .filter(stored -> stored != null
                        && stored.vector() != null
                        && !stored.vector().isEmpty())
                .findFirst()
                .map(stored -> {
                    float[] vector = new float[stored.vector().size()];
                    for (int i = 0; i < vector.length; i++) {
                        vector[i] = stored.vector().get(i);
                    }
                    return vector;
                })
                .orElse(null);
    }

    /** A passage's {@code _source} filtered to its vector. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StoredVector(List<Float> vector) {}

    /** The search finding the passage itself, by id. */
    public SearchRequest lookup(String passageId) {
        return SearchRequest.of(s -> s.index(indices.passages())
                .source(src -> src.filter(f -> f.excludes(IndexField.VECTOR)))
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
        Query like = likeQuery(passage);
        List<FieldValue> kind = kindOf(passage.polarity()).stream()
                .map(polarity -> FieldValue.of(polarity.id()))
                .toList();
        return SearchRequest.of(s -> s.index(indices.passages())
                .size(wanted)
                .source(src -> src.filter(f -> f.excludes(IndexField.VECTOR)))
                .query(q -> q.bool(b -> {
                    b.must(like);
                    b.mustNot(n -> n.term(t -> t.field(IndexField.STANDARD).value(true)));
                    if (passage.id() != null) {
                        b.mustNot(n -> n.term(t -> t.field(IndexField.ID).value(FieldValue.of(passage.id()))));
                    }
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
                .highlight(sharedWordsMarked(passage)));
    }

    /**
     * The search for findings like {@code passage} by meaning: the {@code size} nearest
     * {@code vector} (the passage's own) among the findings of other documents, the same kind
     * boosted (or required), the words shared with the passage highlighted. Public so that a
     * benchmark can send exactly this request.
     */
    public SearchRequest knnRequest(PassageSource passage, float[] vector, int size, boolean sameKindOnly) {
        int wanted = Math.max(1, Math.min(MAX_SIZE, size));
        List<Float> query = new ArrayList<>(vector.length);
        for (float value : vector) {
            query.add(value);
        }
        List<FieldValue> kind = kindOf(passage.polarity()).stream()
                .map(polarity -> FieldValue.of(polarity.id()))
                .toList();
        Query candidates = QueryBuilder.findingsOnly(Query.of(q -> q.bool(b -> {
            if (passage.id() != null) {
                b.mustNot(n -> n.term(t -> t.field(IndexField.ID).value(FieldValue.of(passage.id()))));
            }
            if (passage.documentId() != null) {
                b.mustNot(n -> n.term(t -> t.field(IndexField.DOCUMENT_ID).value(FieldValue.of(passage.documentId()))));
            }
            if (!kind.isEmpty() && sameKindOnly) {
                b.filter(f -> f.terms(t -> t.field(IndexField.POLARITY).terms(v -> v.value(kind))));
            }
            return b;
        })));
        Query nearest = Query.of(q -> q.knn(k -> k.field(IndexField.VECTOR)
                .queryVector(query)
                .k(wanted)
                .numCandidates(Math.max(CANDIDATES, wanted))
                .filter(candidates)));
        return SearchRequest.of(s -> s.index(indices.passages())
                .size(wanted)
                .source(src -> src.filter(f -> f.excludes(IndexField.VECTOR)))
                .query(q -> q.bool(b -> {
                    b.must(nearest);
                    if (!kind.isEmpty() && !sameKindOnly) {
                        b.should(sh -> sh.constantScore(c -> c.filter(f -> f.terms(
                                        t -> t.field(IndexField.POLARITY).terms(v -> v.value(kind))))
                                .boost(SAME_POLARITY_VECTOR_BOOST)));
                    }
                    return b;
                }))
                .highlight(sharedWordsMarked(passage)));
    }

    /** The passage's words as a {@code more_like_this} query: a finding shares 15% of them at least. */
    private static Query likeQuery(PassageSource passage) {
        return wordsOf(passage, "15%", List.of());
    }

    /**
     * What marks the words a similar finding shares with the passage: its words as for
     * {@link #likeQuery}, less the function words ("have", "not", "the"), which every finding shares
     * and which would otherwise be marked as if they were evidence of likeness.
     */
    private static co.elastic.clients.elasticsearch.core.search.Highlight sharedWordsMarked(PassageSource passage) {
        return co.elastic.clients.elasticsearch.core.search.Highlight.of(h -> h.encoder(HighlighterEncoder.Html)
                .preTags(Highlight.OPEN)
                .postTags(Highlight.CLOSE)
                .type(HighlighterType.Unified)
                .highlightQuery(sharedWords(passage))
                .fields(NamedValue.of(IndexField.TEXT, HighlightField.of(f -> f.numberOfFragments(0)))));
    }

    private static Query sharedWords(PassageSource passage) {
        return wordsOf(passage, "1", PhraseService.FUNCTION_WORDS);
    }

    /**
     * The passage's text as a {@code more_like_this} query on the passages' text: its 40 most telling
     * words (each counted even if it occurs once, in one passage), {@code minimumShouldMatch} of them
     * needed, {@code stopWords} left out.
     */
    private static Query wordsOf(PassageSource passage, String minimumShouldMatch, List<String> stopWords) {
        return Query.of(q -> q.moreLikeThis(m -> {
            m.fields(IndexField.TEXT)
                    .like(l -> l.text(passage.text()))
                    .minTermFreq(1)
                    .minDocFreq(1)
                    .maxQueryTerms(40)
                    .minimumShouldMatch(minimumShouldMatch);
            if (!stopWords.isEmpty()) {
                m.stopWords(stopWords);
            }
            return m;
        }));
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
        return SearchService.findingUrl(passageId) + "/similar";
    }

    /** The page of findings similar to a finding, of the same kind only or not, ranked by {@code mode}. */
    public static String similarUrl(String passageId, boolean sameKindOnly, SimilarMode mode) {
        List<String> params = new ArrayList<>();
        if (sameKindOnly) {
            params.add("kind=same");
        }
        if (mode != SimilarMode.DEFAULT) {
            params.add("mode=" + mode.id());
        }
        return similarUrl(passageId) + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }
}
