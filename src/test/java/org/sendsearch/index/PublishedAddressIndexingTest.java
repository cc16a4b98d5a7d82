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
import org.sendsearch.ingest.PublishedAddresses;
import org.sendsearch.model.IndexField;
import org.sendsearch.testing.RealElasticsearch;

/**
 * The collection's {@code published-addresses.tsv} through the real indexer: the address reaches
 * the document and its passages, bad lines are reported with their line numbers and cost nothing
 * else, and editing a line re-indexes that file alone.
 */
@ExtendWith(RealElasticsearch.class)
class PublishedAddressIndexingTest {
    private static final String LETTER = "liverpool-2019-joint-local-area-send-inspection-letter.txt";
    private static final String FIRST = "https://reports.ofsted.gov.uk/provider/44/80538";
    private static final String SECOND = "https://files.ofsted.gov.uk/v1/file/50183946";

    @Test
    void theListIsIndexedAndAChangedLineReindexesItsFileOnly(ElasticsearchClient client, @TempDir Path temp)
            throws IOException {
        String prefix = "it-published";
        IndexLayout layout = new IndexLayout(prefix);
        String documents = layout.alias(IndexKind.DOCUMENTS);
        String passages = layout.alias(IndexKind.PASSAGES);
        Path corpus = IndexFixtures.copyOf(IndexFixtures.bundledCorpus(), temp.resolve("corpus"));
        Path list = corpus.resolve(PublishedAddresses.FILE_NAME);
        Files.writeString(
                list,
                "# the Liverpool letter, and three bad lines\n"
                        + LETTER + "\t" + FIRST + "\n"
                        + "knowsley-2024-press-release-send-improvements.txt\tjavascript:alert(1)\n"
                        + "no-such-file.txt\thttps://example.org/none\n"
                        + LETTER + " " + SECOND + "\n");
        Indexer indexer = IndexFixtures.indexer(client, prefix, IndexFixtures.bundledConfig());
        IngestReport first = indexer.run(List.of(corpus), false);
        assertEquals(5, first.added().size(), first.summary());
        assertEquals(List.of(), first.rejected(), "bad lines reject no file");
        List<String> listWarnings = first.warnings().stream()
                .filter(w -> w.sourcePath().endsWith(PublishedAddresses.FILE_NAME))
                .map(IngestReport.DocumentWarning::warning)
                .toList();
        assertEquals(3, listWarnings.size(), listWarnings.toString());
        assertTrue(listWarnings.get(0).startsWith("line 3: the address of knowsley-2024"), listWarnings.toString());
        assertTrue(listWarnings.get(1).startsWith("line 4: no file no-such-file.txt"), listWarnings.toString());
        assertTrue(listWarnings.get(2).startsWith("line 5: no tab"), listWarnings.toString());
        assertEquals(
                Source.normalise(list),
                first.warnings().stream()
                        .filter(w -> w.sourcePath().endsWith(PublishedAddresses.FILE_NAME))
                        .findFirst()
                        .orElseThrow()
                        .sourcePath(),
                "named by its path");

        ExtractedDocument letter = IndexFixtures.extract(corpus, IndexFixtures.bundledConfig()).stream()
                .filter(d -> d.sourcePath().equals(LETTER))
                .findFirst()
                .orElseThrow();
        assertEquals(1, IndexFixtures.countWhere(client, documents, IndexField.PUBLISHED_URL, FIRST));
        assertEquals(1, IndexFixtures.countWhere(client, documents, IndexField.PUBLISHED_ORIGIN, "list"));
        assertEquals(
                letter.passages().size(),
                IndexFixtures.countWhere(client, passages, IndexField.PUBLISHED_URL, FIRST),
                "every passage carries its document's address");

        assertFalse(indexer.run(List.of(corpus), false).changed(), "nothing changed: nothing written");

        // A changed address: that file alone is written again, with the new address.
        Files.writeString(list, Files.readString(list).replace(FIRST, SECOND));
        IngestReport changed = indexer.run(List.of(corpus), false);
        assertEquals(List.of(LETTER), changed.updated(), changed.summary());
        assertEquals(4, changed.unchanged(), changed.summary());
        assertEquals(0, IndexFixtures.countWhere(client, documents, IndexField.PUBLISHED_URL, FIRST));
        assertEquals(1, IndexFixtures.countWhere(client, documents, IndexField.PUBLISHED_URL, SECOND));
        assertEquals(
                letter.passages().size(), IndexFixtures.countWhere(client, passages, IndexField.PUBLISHED_URL, SECOND));

        // The line removed (the whole list gone): the file is written again without an address.
        Files.delete(list);
        IngestReport removed = indexer.run(List.of(corpus), false);
        assertEquals(List.of(LETTER), removed.updated(), removed.summary());
        assertEquals(0, IndexFixtures.countWhere(client, documents, IndexField.PUBLISHED_URL, SECOND));
        assertEquals(0, IndexFixtures.countWhere(client, passages, IndexField.PUBLISHED_URL, SECOND));
        assertEquals(5, IndexFixtures.count(client, documents));
        assertFalse(indexer.run(List.of(corpus), false).changed());
    }
}
