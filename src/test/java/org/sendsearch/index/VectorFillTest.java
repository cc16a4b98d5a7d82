package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.embed.BatchEmbedder;
import org.sendsearch.embed.TextEmbedder;
import org.sendsearch.embed.VectorCache;
import org.sendsearch.testing.RealElasticsearch;

/**
 * Vectors filled in behind the indexer, on a real node with the real model: passages are searchable
 * before they have one, a fill gives every passage its vector, and neither an unchanged re-index nor
 * a rebuild of the same files embeds anything again.
 */
@ExtendWith(RealElasticsearch.class)
class VectorFillTest {
    private static final TextEmbedder MODEL = TextEmbedder.shared();

    @Test
    void fillsEveryPassageOnceAndAnUnchangedReindexEmbedsNothing(ElasticsearchClient client) throws IOException {
        String prefix = "it-vecfill";
        IndexLayout layout = new IndexLayout(prefix);
        String passages = layout.alias(IndexKind.PASSAGES);
        IndexFixtures.indexer(client, prefix, IndexFixtures.bundledConfig())
                .run(List.of(IndexFixtures.bundledCorpus()), true);
        VectorCoverage before = VectorCoverage.of(client, layout);
        assertTrue(before.passages() > 100, before.describe());
        assertEquals(0, before.withVector(), "the indexer itself writes no vector: lexical search comes first");
        assertTrue(
                client.count(request -> request.index(passages)
                                        .query(query -> query.match(
                                                match -> match.field("text").query("commissioning"))))
                                .count()
                        > 0,
                "passages without a vector are searchable");

        List<VectorFill.Totals> reported = new ArrayList<>();
        VectorFill.Totals first = fill(client, layout).run(reported::add);
        assertEquals(before.passages(), first.missingAtStart());
        assertEquals(before.passages(), first.updated(), "every passage gets a vector");
        assertTrue(first.embedded() > 0);
        assertTrue(reported.size() >= 2, "progress at the start and after each page");
        assertTrue(VectorCoverage.of(client, layout).complete());
        // Every passage was rewritten with its vector (a delete and a new document each): merged after.
        assertTrue(fill(client, layout).awaitMerge(Duration.ofSeconds(1)), "a fill that ran no merge waits for none");
        VectorFill filled = fill(client, layout);
        assertEquals(0, filled.run(VectorFill.Progress.none()).updated());
        assertTrue(filled.mergeTask().isEmpty(), "nothing rewritten, nothing merged");
        assertMergedAfterRebuild(client, prefix, layout);

        // Unchanged files are skipped: their passages keep their vectors, nothing to fill.
        IndexFixtures.indexer(client, prefix, IndexFixtures.bundledConfig())
                .run(List.of(IndexFixtures.bundledCorpus()), false);
        VectorFill.Totals again = fill(client, layout).run(VectorFill.Progress.none());
        assertEquals(0, again.missingAtStart());
        assertEquals(0, again.embedded());

        // A rebuild writes new passages without vectors: the cache gives them all back, embedding none.
        IndexFixtures.indexer(client, prefix, IndexFixtures.bundledConfig())
                .run(List.of(IndexFixtures.bundledCorpus()), true);
        VectorFill.Totals rebuilt = fill(client, layout).run(VectorFill.Progress.none());
        assertEquals(before.passages(), rebuilt.updated());
        assertEquals(0, rebuilt.embedded(), "nothing is embedded twice");
        assertTrue(VectorCoverage.of(client, layout).complete());
    }

    @Test
    void aMergeTaskThatIsGoneIsNotWaitedFor(ElasticsearchClient client) throws IOException {
        assertTrue(SegmentMerge.await(client, "no-such-node:1", Duration.ofSeconds(5)), "nothing left to wait for");
    }

    /** A rebuild's fill rewrites every passage (a delete and a new document each), then merges the index into one segment. */
    private static void assertMergedAfterRebuild(ElasticsearchClient client, String prefix, IndexLayout layout)
            throws IOException {
        IndexFixtures.indexer(client, prefix, IndexFixtures.bundledConfig())
                .run(List.of(IndexFixtures.bundledCorpus()), true);
        VectorFill fill = fill(client, layout);
        assertTrue(fill.run(VectorFill.Progress.none()).updated() > 0);
        assertTrue(fill.mergeTask().isPresent(), "every passage rewritten: a merge started");
        assertTrue(fill.awaitMerge(Duration.ofMinutes(2)), "the merge ends");
        String passages = layout.alias(IndexKind.PASSAGES);
        client.indices().refresh(r -> r.index(passages));
        var stats = client.indices().stats(s -> s.index(passages)).all().primaries();
        assertEquals(1, stats.segments().count(), "one segment after the merge");
        assertTrue(VectorCoverage.of(client, layout).complete(), "the merge keeps every vector");
    }

    private static VectorFill fill(ElasticsearchClient client, IndexLayout layout) {
        return new VectorFill(
                client,
                layout.alias(IndexKind.PASSAGES),
                new BatchEmbedder(MODEL, new VectorCache(client, layout, MODEL.modelId())));
    }
}
