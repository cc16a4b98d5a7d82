package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.ObjectBuilder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.embed.BatchEmbedder;
import org.sendsearch.embed.EmbeddingResult;
import org.sendsearch.embed.EmbeddingUnavailableException;
import org.sendsearch.embed.TextEmbedder;
import org.sendsearch.embed.VectorCache;
import org.sendsearch.embed.VectorSwitch;
import org.sendsearch.model.IndexField;

/**
 * Gives every passage of an index that has no {@link IndexField#VECTOR} one, after the indexer has
 * written and published the passages: lexical search works from the moment the indexing run ends,
 * and the semantic side fills in behind. Passages are read {@value #PAGE} at a time (those without a
 * vector, in id order), embedded through a {@link BatchEmbedder} (so a text already in the vector
 * cache is never embedded again: an unchanged re-index, or a rebuild of unchanged files, embeds
 * nothing) and updated in place with their vector. A text the model refuses keeps its passage
 * without a vector, still searchable lexically.
 *
 * <p>A fill that rewrote most of the index ends by merging it into one segment, in the background
 * ({@link SegmentMerge}, {@link #awaitMerge}).
 *
 * <p>Runs on the caller's thread; {@link #stop} (from any thread) ends it after the page in hand,
 * and the next fill starts where it stopped, since only passages without a vector are read.
 */
public final class VectorFill {
    private static final Logger log = LogManager.getLogger(VectorFill.class);
    /** Passages read, embedded and updated per round: a few seconds of embedding on two cores. */
    static final int PAGE = 256;

    private final ElasticsearchClient client;
    private final String passagesIndex;
    private final BatchEmbedder embedder;
    private volatile boolean stopRequested;
    private volatile Optional<String> merge = Optional.empty(); // the merge the last run started

    /** Fills {@code passagesIndex} (an alias or index of passages) with vectors from {@code embedder}. */
    public VectorFill(ElasticsearchClient client, String passagesIndex, BatchEmbedder embedder) {
        this.client = client;
        this.passagesIndex = passagesIndex;
        this.embedder = embedder;
    }

    /**
     * The fill of a layout's live passages, with the shared model and the layout's
     * {@link VectorCache}; empty when vectors are {@linkplain VectorSwitch switched off} or the
     * model cannot load here (logged: search stays lexical).
     */
    public static Optional<VectorFill> forLayout(ElasticsearchClient client, IndexLayout layout) {
        if (!VectorSwitch.enabled()) {
            log.info("Vectors are switched off ({}): search is lexical only", VectorSwitch.PROPERTY);
            return Optional.empty();
        }
        try {
            TextEmbedder model = TextEmbedder.shared();
            return Optional.of(new VectorFill(
                    client,
                    layout.alias(IndexKind.PASSAGES),
                    new BatchEmbedder(model, new VectorCache(client, layout, model.modelId()))));
        } catch (EmbeddingUnavailableException e) {
            log.warn("No vectors: the embedding model cannot load ({}); search is lexical only", e.getMessage());
            return Optional.empty();
        }
    }

    /** Ends the fill after the page being embedded. */
    public void stop() {
        stopRequested = true;
        embedder.stop();
    }

    /**
     * Fills in every missing vector, telling {@code progress} the running totals after each page.
     *
     * @throws IOException when Elasticsearch cannot be read or written
     */
    public Totals run(Progress progress) throws IOException {
        long missingAtStart = countMissing();
        Totals totals = new Totals(missingAtStart, 0, 0, 0, 0);
        progress.update(totals);
        List<FieldValue> after = null;
        while (!stopRequested) {
            SearchResponse<ObjectNode> page = page(after);
            List<Hit<ObjectNode>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                break;
            }
            List<String> texts = new ArrayList<>(hits.size());
            for (Hit<ObjectNode> hit : hits) {
                ObjectNode source = hit.source();
                texts.add(
                        source == null || !source.hasNonNull(IndexField.TEXT)
                                ? ""
                                : source.get(IndexField.TEXT).asText());
            }
            BatchEmbedder.Result result = embedder.embed(texts, BatchEmbedder.Progress.none());
            totals = totals.plus(update(hits, result.results()), result.counts());
            progress.update(totals);
            if (result.stopped()) {
                break;
            }
            after = hits.get(hits.size() - 1).sort();
        }
        client.indices().refresh(request -> request.index(passagesIndex));
        log.info(
                "Vectors filled in {}: {} passages updated ({} embedded, {} from the cache, {} refused)",
                passagesIndex,
                totals.updated(),
                totals.embedded(),
                totals.cached(),
                totals.refused());
        if (!stopRequested
                && totals.updated() > 0
                && SegmentMerge.warranted(
                        totals.updated(),
                        client.count(request -> request.index(passagesIndex)).count())) {
            merge = SegmentMerge.start(client, passagesIndex);
        }
        return totals;
    }

    /** The merge the last {@link #run} started, if it started one. */
    Optional<String> mergeTask() {
        return merge;
    }

    /**
     * Waits, at most {@code limit}, for the merge into one segment that the last {@link #run}
     * started when it had rewritten most of the index ({@link SegmentMerge}); at once when it
     * started none. {@link #stop} ends the wait too (the merge goes on in Elasticsearch).
     *
     * @return whether no merge is still running
     * @throws IOException when Elasticsearch cannot be reached
     */
    public boolean awaitMerge(Duration limit) throws IOException {
        Optional<String> task = merge;
        if (task.isEmpty()) {
            return true;
        }
        long deadline = System.nanoTime() + limit.toNanos();
        while (!stopRequested) {
            if (SegmentMerge.await(client, task.get(), Duration.ofSeconds(1))) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
        }
        return false;
    }

    /** How many passages of the index have no vector (refreshes first, so just-written passages count). */
    public long countMissing() throws IOException {
        client.indices().refresh(request -> request.index(passagesIndex));
        return client.count(request -> request.index(passagesIndex).query(VectorFill::missing))
                .count();
    }

    private static ObjectBuilder<Query> missing(Query.Builder query) {
        return query.bool(bool -> bool.mustNot(not -> not.exists(exists -> exists.field(IndexField.VECTOR))));
    }

    private SearchResponse<ObjectNode> page(List<FieldValue> after) throws IOException {
        return client.search(
                request -> {
                    request.index(passagesIndex)
                            .size(PAGE)
                            .query(VectorFill::missing)
                            .source(source -> source.filter(filter -> filter.includes(IndexField.TEXT)))
                            .sort(sort -> sort.field(
                                    field -> field.field(IndexField.ID).order(SortOrder.Asc)))
                            .trackTotalHits(total -> total.enabled(false));
                    if (after != null) {
                        request.searchAfter(after);
                    }
                    return request;
                },
                ObjectNode.class);
    }

    /** Writes the vectors of a page as partial updates; returns how many Elasticsearch kept. */
    private int update(List<Hit<ObjectNode>> hits, List<EmbeddingResult> results) throws IOException {
        List<BulkOperation> operations = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            EmbeddingResult result = results.get(i);
            if (result == null || !result.isEmbedded()) {
                continue;
            }
            String id = hits.get(i).id();
            String index = hits.get(i).index();
            Map<String, float[]> doc = Map.of(IndexField.VECTOR, result.vector());
            operations.add(BulkOperation.of(
                    op -> op.update(u -> u.index(index).id(id).action(a -> a.doc(doc)))));
        }
        if (operations.isEmpty()) {
            return 0;
        }
        BulkResponse response = client.bulk(request -> request.operations(operations));
        int kept = 0;
        for (var item : response.items()) {
            if (item.error() == null) {
                kept++;
            } else {
                log.warn(
                        "Could not store the vector of passage {}: {}",
                        item.id(),
                        item.error().reason());
            }
        }
        return kept;
    }

    /** Told the running totals of a fill. */
    @FunctionalInterface
    public interface Progress {
        void update(Totals totals);

        static Progress none() {
            return totals -> {};
        }
    }

    /**
     * A fill's running totals.
     *
     * @param missingAtStart passages without a vector when the fill began
     * @param updated        passages given a vector so far
     * @param embedded       distinct texts the model embedded
     * @param cached         distinct texts whose vector came from the cache
     * @param refused        distinct texts the model refused (their passages stay without a vector)
     */
    public record Totals(long missingAtStart, long updated, long embedded, long cached, long refused) {
        Totals plus(int updatedNow, BatchEmbedder.Counts counts) {
            return new Totals(
                    missingAtStart,
                    updated + updatedNow,
                    embedded + counts.embedded(),
                    cached + counts.cached(),
                    refused + counts.refused());
        }
    }
}
