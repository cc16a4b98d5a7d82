package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.testing.RealElasticsearch;

/** Edits, deletions and renames in a copy of the corpus touch only the files concerned. */
@ExtendWith(RealElasticsearch.class)
class IncrementalIndexingTest {
    private static final String EDITED = "knowsley-2022-joint-area-send-inspection-letter.txt";
    private static final String DELETED = "wirral-2022-health-and-wellbeing-board-send-inspection-update.txt";
    private static final String RENAMED = "knowsley-2024-press-release-send-improvements.txt";

    @Test
    void reindexesOnlyWhatChanged(ElasticsearchClient client, @TempDir Path temp) throws IOException {
        String prefix = "it-incremental";
        IndexLayout layout = new IndexLayout(prefix);
        String documents = layout.alias(IndexKind.DOCUMENTS);
        String passages = layout.alias(IndexKind.PASSAGES);
        Path corpus = IndexFixtures.copyOf(IndexFixtures.bundledCorpus(), temp.resolve("corpus"));
        Indexer indexer = IndexFixtures.indexer(client, prefix, IndexFixtures.bundledConfig());
        indexer.run(List.of(corpus), false);
        List<ExtractedDocument> before = IndexFixtures.extract(corpus, IndexFixtures.bundledConfig());
        ExtractedDocument editedBefore = find(before, EDITED);
        ExtractedDocument deletedBefore = find(before, DELETED);

        // Edit: keep only the first third of the letter, so it has fewer passages than before.
        String text = Files.readString(corpus.resolve(EDITED));
        Files.writeString(corpus.resolve(EDITED), text.substring(0, text.length() / 3));
        ExtractedDocument editedAfter = find(IndexFixtures.extract(corpus, IndexFixtures.bundledConfig()), EDITED);
        assertTrue(editedAfter.passages().size() < editedBefore.passages().size(), "the edit drops passages");

        IngestReport edit = indexer.run(List.of(corpus), false);
        assertEquals(List.of(EDITED), edit.updated(), edit.summary());
        assertEquals(4, edit.unchanged());
        assertTrue(edit.added().isEmpty() && edit.removed().isEmpty());
        assertFalse(edit.rebuilt());
        assertEquals(editedAfter.passages().size(), edit.passagesWritten());
        assertEquals(editedBefore.passages().size() - editedAfter.passages().size(), edit.passagesDeleted());
        assertEquals(
                editedAfter.passages().size(),
                IndexFixtures.countWhere(client, passages, "documentId", editedAfter.id()),
                "no passage of the old version is left");
        assertEquals(1, IndexFixtures.countWhere(client, documents, "sha256", editedAfter.sha256()));

        // Delete: the document and all its passages go.
        Files.delete(corpus.resolve(DELETED));
        IngestReport delete = indexer.run(List.of(corpus), false);
        assertEquals(List.of(DELETED), delete.removed(), delete.summary());
        assertEquals(4, delete.unchanged(), delete.summary());
        assertEquals(0, IndexFixtures.countWhere(client, documents, "id", deletedBefore.id()));
        assertEquals(0, IndexFixtures.countWhere(client, passages, "documentId", deletedBefore.id()));
        assertEquals(4, IndexFixtures.count(client, documents));

        // Rename: same content under a new path is reported as a rename, not an add and a remove.
        Files.move(corpus.resolve(RENAMED), corpus.resolve("renamed-" + RENAMED));
        IngestReport rename = indexer.run(List.of(corpus), false);
        assertEquals(
                List.of(new IngestReport.Rename(RENAMED, "renamed-" + RENAMED)), rename.renamed(), rename.summary());
        assertTrue(rename.added().isEmpty() && rename.removed().isEmpty(), rename.summary());
        assertEquals(0, IndexFixtures.countWhere(client, documents, "sourcePath", RENAMED));
        assertEquals(1, IndexFixtures.countWhere(client, documents, "sourcePath", "renamed-" + RENAMED));
        assertEquals(4, IndexFixtures.count(client, documents));

        long passagesNow = IndexFixtures.count(client, passages);
        long expectedPassages = IndexFixtures.extract(corpus, IndexFixtures.bundledConfig()).stream()
                .mapToLong(document -> document.passages().size())
                .sum();
        assertEquals(expectedPassages, passagesNow, "the passages index matches the corpus exactly");
        assertFalse(indexer.run(List.of(corpus), false).changed());
    }

    @Test
    void aMissingInputFolderIsFatalAndRemovesNothing(ElasticsearchClient client, @TempDir Path temp)
            throws IOException {
        Indexer indexer = IndexFixtures.indexer(client, "it-missing", IndexFixtures.bundledConfig());
        indexer.run(List.of(IndexFixtures.bundledCorpus()), false);
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> indexer.run(List.of(temp.resolve("nowhere")), false));
        assertTrue(error.getMessage().contains("nowhere"), error.getMessage());
        assertEquals(5, IndexFixtures.count(client, "it-missing-documents"));
    }

    private static ExtractedDocument find(List<ExtractedDocument> documents, String sourcePath) {
        return documents.stream()
                .filter(document -> document.sourcePath().equals(sourcePath))
                .findFirst()
                .orElseThrow();
    }
}
