package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.testing.RealElasticsearch;

/**
 * A collection keeps every source it was given: indexing one folder, refreshing all, deleting a
 * file, losing a folder, the same file name in two folders, a rebuild with a folder gone, removing
 * a source, and migrating an index made before sources were kept.
 */
@ExtendWith(RealElasticsearch.class)
class SourcesIndexingTest {
    private static final String LETTER = "knowsley-2022-joint-area-send-inspection-letter.txt";
    private static final String PRESS = "knowsley-2024-press-release-send-improvements.txt";

    @Test
    void everySourceIsKeptAndOnlyItsOwnFilesAreRemoved(ElasticsearchClient client, @TempDir Path temp)
            throws IOException {
        String prefix = "it-sources";
        IndexLayout layout = new IndexLayout(prefix);
        Path a = IndexFixtures.copyOf(IndexFixtures.bundledCorpus(), temp.resolve("a"));
        Path b = temp.resolve("b");
        Files.createDirectories(b);
        Files.copy(a.resolve(LETTER), b.resolve(LETTER)); // the same relative name in both sources
        Files.copy(a.resolve(PRESS), b.resolve("press.txt"));
        Path data = temp.resolve("data");
        Indexer indexer = indexer(client, prefix, data);

        IngestReport first = indexer.run(List.of(a), false);
        assertEquals(5, first.added().size(), first.summary());
        IngestReport second = indexer.run(List.of(b), false);
        assertEquals(2, second.added().size(), second.summary());
        assertTrue(second.removed().isEmpty(), "indexing B removes nothing of A: " + second.summary());
        assertEquals(Map.of(Source.normalise(a), 5L, Source.normalise(b), 2L), documentsBySource(client, layout));
        assertEquals(
                2,
                IndexFixtures.countWhere(client, layout.alias(IndexKind.DOCUMENTS), "sourcePath", LETTER),
                "one file name in two sources gives two documents");

        // A refresh of every source (what up does) keeps both, and finds nothing to do.
        IngestReport all = indexer.run(List.of(), false);
        assertFalse(all.changed(), all.summary());
        assertEquals(7, all.unchanged(), all.summary());
        assertEquals(List.of(Source.normalise(a), Source.normalise(b)), all.inputs());

        // The list is kept in Elasticsearch and mirrored in the data folder.
        SourceList listed = new SourceStore(client, layout, data).load();
        assertEquals(
                List.of(Source.normalise(a), Source.normalise(b)),
                listed.sources().stream().map(Source::path).toList());
        assertTrue(listed.sources().stream().allMatch(source -> source.lastIndexed() != null));
        assertTrue(Files.readString(data.resolve(SourceStore.MIRROR_FILE)).contains(Source.normalise(b)));

        // A file deleted from B removes only that file.
        Files.delete(b.resolve("press.txt"));
        IngestReport deleted = indexer.run(List.of(b), false);
        assertEquals(List.of("press.txt"), deleted.removed(), deleted.summary());
        assertEquals(Map.of(Source.normalise(a), 5L, Source.normalise(b), 1L), documentsBySource(client, layout));

        // A missing source removes nothing, and is reported (exit 3); so is a refresh of all.
        Path moved = temp.resolve("b-moved");
        Files.move(b, moved);
        IngestReport missing = indexer.run(List.of(b), false);
        assertTrue(missing.removed().isEmpty(), missing.summary());
        assertEquals(3, missing.exitCode());
        assertTrue(
                missing.summary().contains("source is missing on disk; its 1 documents are kept"), missing.summary());
        IngestReport allMissing = indexer.run(List.of(), false);
        assertTrue(allMissing.removed().isEmpty(), allMissing.summary());
        assertEquals(Map.of(Source.normalise(a), 5L, Source.normalise(b), 1L), documentsBySource(client, layout));
        assertEquals(
                SourceState.MISSING,
                new SourceStore(client, layout, data)
                        .load()
                        .find(Source.normalise(b))
                        .orElseThrow()
                        .state());

        // A rebuild with B still missing copies B's documents and passages into the new indices.
        long passagesBefore = IndexFixtures.count(client, layout.alias(IndexKind.PASSAGES));
        IngestReport rebuilt = indexer.run(List.of(), true);
        assertTrue(rebuilt.rebuilt(), rebuilt.summary());
        assertTrue(rebuilt.removed().isEmpty(), rebuilt.summary());
        assertEquals(Map.of(Source.normalise(a), 5L, Source.normalise(b), 1L), documentsBySource(client, layout));
        assertEquals(passagesBefore, IndexFixtures.count(client, layout.alias(IndexKind.PASSAGES)));

        // B back on disk: the refresh finds it unchanged.
        Files.move(moved, b);
        IngestReport back = indexer.run(List.of(b), false);
        assertEquals(0, back.exitCode(), back.summary());
        assertEquals(1, back.unchanged(), back.summary());

        // Removing a source takes its documents and passages, and nothing else.
        SourceCatalogue catalogue = new SourceCatalogue(client, layout, new SourceStore(client, layout, data));
        long bPassages = catalogue.list().stream()
                .filter(entry -> entry.source().path().equals(Source.normalise(b)))
                .findFirst()
                .orElseThrow()
                .passages();
        assertTrue(bPassages > 0);
        SourceCatalogue.Removal removal = catalogue.remove(b, Duration.ofSeconds(10));
        assertEquals(1, removal.documents());
        assertEquals(bPassages, removal.passages());
        assertEquals(Map.of(Source.normalise(a), 5L), documentsBySource(client, layout));
        assertEquals(
                List.of(Source.normalise(a)),
                catalogue.list().stream().map(entry -> entry.source().path()).toList());
        IllegalArgumentException notKnown =
                assertThrows(IllegalArgumentException.class, () -> catalogue.remove(b, Duration.ofSeconds(10)));
        assertTrue(
                notKnown.getMessage().contains("Not a source of this index: " + Source.normalise(b)),
                notKnown.getMessage());
    }

    @Test
    void inputsAreCheckedAgainstTheKnownSources(ElasticsearchClient client, @TempDir Path temp) throws IOException {
        String prefix = "it-sources-inputs";
        IndexLayout layout = new IndexLayout(prefix);
        Path parent = temp.resolve("letters");
        Path inner = IndexFixtures.copyOf(IndexFixtures.bundledCorpus(), parent.resolve("inner"));
        Indexer indexer = indexer(client, prefix, temp.resolve("data"));
        indexer.run(List.of(inner), false);

        // A file inside a known folder refreshes that folder, under the same ids.
        IngestReport part = indexer.run(List.of(inner.resolve(LETTER)), false);
        assertEquals(List.of(Source.normalise(inner)), part.inputs());
        assertEquals(5, part.unchanged(), part.summary());

        // A folder holding a known source, or a path that is not there, is refused with its name.
        IllegalArgumentException holds =
                assertThrows(IllegalArgumentException.class, () -> indexer.run(List.of(parent), false));
        assertTrue(holds.getMessage().contains("holds sources already indexed"), holds.getMessage());
        IllegalArgumentException absent = assertThrows(
                IllegalArgumentException.class, () -> indexer.run(List.of(temp.resolve("nowhere")), false));
        assertTrue(absent.getMessage().contains("No such file or folder to index"), absent.getMessage());
        assertEquals(5, IndexFixtures.count(client, layout.alias(IndexKind.DOCUMENTS)));

        // A single file is a source of its own.
        Path loose = temp.resolve("loose.txt");
        Files.copy(inner.resolve(PRESS), loose);
        IngestReport file = indexer.run(List.of(loose), false);
        assertEquals(List.of("loose.txt"), file.added(), file.summary());
        assertEquals(
                Map.of(Source.normalise(inner), 5L, Source.normalise(loose), 1L), documentsBySource(client, layout));
    }

    @Test
    void theBundledCorpusIsOfferedOnceAndStaysRemoved(ElasticsearchClient client, @TempDir Path temp)
            throws IOException {
        String prefix = "it-sources-offer";
        IndexLayout layout = new IndexLayout(prefix);
        Path corpus = IndexFixtures.copyOf(IndexFixtures.bundledCorpus(), temp.resolve("corpus"));
        Path data = temp.resolve("data");
        Indexer indexer = indexer(client, prefix, data).withBundledCorpus(corpus);

        IngestReport first = indexer.run(List.of(), false);
        assertEquals(5, first.added().size(), first.summary());
        new SourceCatalogue(client, layout, new SourceStore(client, layout, data))
                .remove(corpus, Duration.ofSeconds(10));
        IngestReport later = indexer.run(List.of(), false);
        assertEquals(0, later.filesSeen(), "a removed corpus is not added back: " + later.summary());
        assertEquals(0, IndexFixtures.count(client, layout.alias(IndexKind.DOCUMENTS)));
    }

    @Test
    void anIndexMadeBeforeSourcesWereKeptIsMigrated(ElasticsearchClient client, @TempDir Path temp) throws IOException {
        String prefix = "it-sources-legacy";
        IndexLayout layout = new IndexLayout(prefix);
        Path corpus = IndexFixtures.copyOf(IndexFixtures.bundledCorpus(), temp.resolve("corpus"));
        Path data = temp.resolve("data");
        indexer(client, prefix, data).run(List.of(corpus), false);
        // Make it look like today's index: no source field, no list of sources; the last run's report names its folder.
        for (IndexKind kind : IndexKind.values()) {
            var hits = client.search(
                            request -> request.index(layout.alias(kind)).size(5000), ObjectNode.class)
                    .hits()
                    .hits();
            List<BulkOperation> operations = new ArrayList<>();
            for (var hit : hits) {
                ObjectNode entry = hit.source();
                entry.remove("source");
                operations.add(BulkOperation.of(op ->
                        op.index(index -> index.index(hit.index()).id(hit.id()).document(entry))));
            }
            assertFalse(client.bulk(request -> request.operations(operations).refresh(Refresh.True))
                    .errors());
        }
        client.indices().delete(request -> request.index(layout.sourcesIndex()));
        Files.delete(data.resolve(SourceStore.MIRROR_FILE));
        Files.writeString(data.resolve(IngestReportStore.FILE_NAME), "{\"inputs\": [\"" + corpus + "\"]}");
        assertEquals(
                0,
                IndexFixtures.countWhere(
                        client, layout.alias(IndexKind.DOCUMENTS), "source", Source.normalise(corpus)));

        Path other = temp.resolve("other");
        Files.createDirectories(other);
        Files.copy(corpus.resolve(LETTER), other.resolve(LETTER));
        IngestReport run = indexer(client, prefix, data).run(List.of(other), false);
        assertTrue(run.removed().isEmpty(), run.summary());
        IngestReport all = indexer(client, prefix, data).run(List.of(), false);
        assertTrue(all.removed().isEmpty(), all.summary());
        assertEquals(
                Map.of(Source.normalise(corpus), 5L, Source.normalise(other), 1L), documentsBySource(client, layout));
        assertEquals(6, IndexFixtures.count(client, layout.alias(IndexKind.DOCUMENTS)));
    }

    private static Indexer indexer(ElasticsearchClient client, String prefix, Path data) throws IOException {
        return IndexFixtures.indexer(client, prefix, IndexFixtures.bundledConfig())
                .withSourceStore(new SourceStore(client, new IndexLayout(prefix), data));
    }

    private static Map<String, Long> documentsBySource(ElasticsearchClient client, IndexLayout layout)
            throws IOException {
        client.indices().refresh(request -> request.index(layout.alias(IndexKind.DOCUMENTS)));
        return new SourceCatalogue(client, layout, new SourceStore(client, layout, null))
                .list().stream()
                        .filter(entry -> entry.documents() > 0)
                        .collect(Collectors.toMap(entry -> entry.source().path(), SourceCatalogue.Entry::documents));
    }
}
