package org.sendsearch.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.index.IndexLayout;
import org.sendsearch.testing.RealElasticsearch;

/** The vector cache on a real node, with the real model: what is cached is never embedded again. */
@ExtendWith(RealElasticsearch.class)
class VectorCacheTest {
    private static final TextEmbedder MODEL = TextEmbedder.shared();

    private static List<String> passages(int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add("Passage " + i + ": children and young people wait " + (i + 2)
                    + " months for a speech and language assessment.");
        }
        return texts;
    }

    @Test
    void aSecondRunEmbedsNothingAndGivesTheSameVectors(ElasticsearchClient client) throws IOException {
        IndexLayout layout = new IndexLayout("it-embed-rerun");
        List<String> texts = new ArrayList<>(passages(30));
        texts.add(texts.get(3)); // a repeated text is embedded once
        texts.add(""); // refused, not cached

        List<BatchEmbedder.Counts> reported = new ArrayList<>();
        BatchEmbedder.Result first = new BatchEmbedder(MODEL, new VectorCache(client, layout, MODEL.modelId()), 8)
                .embed(texts, reported::add);
        assertEquals(new BatchEmbedder.Counts(32, 31, 0, 30, 1), first.counts());
        assertFalse(first.stopped());
        assertEquals(
                List.of(0, 8, 16, 24, 31),
                reported.stream().map(BatchEmbedder.Counts::done).toList(),
                "progress after the lookup and after each batch of 8");
        assertArrayEquals(
                first.results().get(3).vector(), first.results().get(30).vector());
        assertFalse(first.results().get(31).isEmbedded());

        // A new process: new cache object, new embedder, same index.
        BatchEmbedder.Result second = new BatchEmbedder(MODEL, new VectorCache(client, layout, MODEL.modelId()), 8)
                .embed(texts, BatchEmbedder.Progress.none());
        assertEquals(30, second.counts().cached());
        assertEquals(0, second.counts().embedded(), "nothing is embedded twice");
        for (int i = 0; i < 31; i++) {
            assertArrayEquals(
                    first.results().get(i).vector(), second.results().get(i).vector(), "text " + i);
        }
        assertEquals(first.results().get(31).refusal(), second.results().get(31).refusal());
    }

    @Test
    void anotherModelsVectorsAreMissesAndAreReplaced(ElasticsearchClient client) throws IOException {
        IndexLayout layout = new IndexLayout("it-embed-model");
        String text = "Joint commissioning arrangements are underdeveloped.";
        String key = VectorCache.key(text);
        float[] stale = new float[TextEmbedder.DIMENSIONS];
        stale[0] = 1;
        new VectorCache(client, layout, "an-older-model").store(Map.of(key, new VectorCache.Cached(stale, false)));

        VectorCache cache = new VectorCache(client, layout, MODEL.modelId());
        assertTrue(cache.lookup(List.of(key)).isEmpty(), "a vector of another model is not used");
        BatchEmbedder.Result result =
                new BatchEmbedder(MODEL, cache).embed(List.of(text), BatchEmbedder.Progress.none());
        assertEquals(1, result.counts().embedded());
        assertArrayEquals(
                result.results().get(0).vector(),
                cache.lookup(List.of(key)).get(key).vector(),
                "the new model's vector replaced it");
    }

    @Test
    void aMissingIndexIsAnEmptyCache(ElasticsearchClient client) throws IOException {
        VectorCache cache = new VectorCache(client, new IndexLayout("it-embed-none"), MODEL.modelId());
        assertTrue(cache.lookup(List.of(VectorCache.key("anything"))).isEmpty());
        assertFalse(
                client.indices()
                        .exists(request -> request.index("it-embed-none-vectors"))
                        .value(),
                "reading creates nothing");
    }

    @Test
    void aStoppedRunKeepsWhatItEmbedded(ElasticsearchClient client) throws IOException {
        IndexLayout layout = new IndexLayout("it-embed-stop");
        List<String> texts = passages(20);
        BatchEmbedder embedder = new BatchEmbedder(MODEL, new VectorCache(client, layout, MODEL.modelId()), 5);
        BatchEmbedder.Result stopped = embedder.embed(texts, counts -> {
            if (counts.embedded() > 0) {
                embedder.stop();
            }
        });
        assertTrue(stopped.stopped());
        assertEquals(5, stopped.counts().embedded(), "the batch in flight finishes, no other starts");
        assertTrue(stopped.results().get(4).isEmbedded());
        assertNull(stopped.results().get(5), "not reached");

        BatchEmbedder.Result resumed = new BatchEmbedder(MODEL, new VectorCache(client, layout, MODEL.modelId()), 5)
                .embed(texts, BatchEmbedder.Progress.none());
        assertEquals(5, resumed.counts().cached(), "the first batch was cached before the stop");
        assertEquals(15, resumed.counts().embedded());
    }
}
