package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.index.IndexConfig;
import org.sendsearch.index.IndexKind;
import org.sendsearch.index.IndexLayout;
import org.sendsearch.index.Indexer;
import org.sendsearch.index.ProgressDisplay;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.insights.MatrixService;
import org.sendsearch.insights.Pivot;
import org.sendsearch.insights.ThemeMatrix;
import org.sendsearch.testing.RealElasticsearch;

/**
 * A repeated search is answered from memory while the index is unchanged, and never once it has
 * changed: adding a document to the index shows in the same search within a couple of seconds.
 */
@ExtendWith(RealElasticsearch.class)
class ResultCacheTest {
    private static final String LETTER = "knowsley-2022-joint-area-send-inspection-letter.txt";
    private static final String PRESS_RELEASE = "knowsley-2024-press-release-send-improvements.txt";

    @Test
    void answersRepeatsFromMemoryUntilTheIndexChanges(ElasticsearchClient client, @TempDir Path temp) throws Exception {
        IndexLayout layout = new IndexLayout("it-result-cache");
        SearchIndices indices = new SearchIndices(layout.alias(IndexKind.PASSAGES), layout.alias(IndexKind.DOCUMENTS));
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.copy(CorpusIndex.corpus().resolve(LETTER), corpus.resolve(LETTER));
        Indexer indexer = new Indexer(
                client,
                layout,
                IndexConfig.load(CorpusIndex.config()),
                Extractor.fromConfig(CorpusIndex.config().path(), Extractor.DEFAULT_MAX_BYTES),
                ProgressDisplay.none());
        indexer.run(List.of(corpus), false);

        try (IndexGeneration generation = IndexGeneration.watch(client, indices, Duration.ofMillis(200));
                Backend backend = Backend.open(client, indices, CorpusIndex.vocabulary(), Duration.ofSeconds(10))) {
            ResultCache<SearchQuery, SearchResult> cache = new ResultCache<>(generation, 10);
            SearchService service = new SearchService(backend, cache);
            SearchQuery knowsley = SearchQuery.parse(Map.of("q", List.of("Knowsley")), CorpusIndex.vocabulary());
            awaitKnown(generation);

            SearchResult first = service.search(knowsley);
            SearchResult second = service.search(knowsley);
            assertSame(first, second, "the repeat comes from memory");
            assertArrayEquals(new long[] {1, 1}, cache.hitsAndMisses());
            ResultCache<MatrixService.Asked, ThemeMatrix> kept = new ResultCache<>(generation, 4);
            MatrixService matrices = new MatrixService(backend, service::selection, kept);
            SearchQuery everything = SearchQuery.parse(Map.of(), CorpusIndex.vocabulary());
            ThemeMatrix matrix = matrices.matrix(everything, Pivot.AREA);
            assertSame(matrix, matrices.matrix(everything, Pivot.AREA), "a matrix's repeat comes from memory too");

            Files.copy(CorpusIndex.corpus().resolve(PRESS_RELEASE), corpus.resolve(PRESS_RELEASE));
            indexer.run(List.of(corpus), false); // writes and refreshes
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            SearchResult after = service.search(knowsley);
            while (after.total() == first.total() && System.nanoTime() < deadline) {
                Thread.sleep(100);
                after = service.search(knowsley);
            }
            assertTrue(
                    after.total() > first.total(),
                    "the new press release is found: " + after.total() + " vs " + first.total());
            assertEquals(
                    after.total(),
                    new SearchService(backend).search(knowsley).total(),
                    "no stale answer once the change is seen");
            assertTrue(
                    matrices.matrix(everything, Pivot.AREA).total() > matrix.total(),
                    "the matrix counts the new press release's findings once the change is seen");
        }
    }

    private static void awaitKnown(IndexGeneration generation) throws InterruptedException {
        for (int i = 0; i < 100 && generation.current() == IndexGeneration.UNKNOWN; i++) {
            Thread.sleep(50);
        }
        assertTrue(generation.current() != IndexGeneration.UNKNOWN, "the index statistics were read");
    }
}
