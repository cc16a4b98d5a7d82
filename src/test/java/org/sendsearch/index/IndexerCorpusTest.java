package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.ExtractionJson;
import org.sendsearch.ingest.Passage;
import org.sendsearch.testing.RealElasticsearch;

/** Indexing the bundled corpus: everything extraction gives ends up in the index, once. */
@ExtendWith(RealElasticsearch.class)
class IndexerCorpusTest {
    private static final String PREFIX = "it-corpus";
    private static final IndexLayout LAYOUT = new IndexLayout(PREFIX);
    private static final List<String> DOCUMENT_FACETS = List.of(
            "area",
            "region",
            "type",
            "year",
            "date",
            "leadInspector",
            "wsoaRequired",
            "format",
            "source",
            "sourcePath",
            "sha256",
            "sizeBytes",
            "title",
            "inspectionStart",
            "inspectionEnd",
            "significantWeaknesses",
            "warnings",
            "inspectors",
            "text");
    private static final List<String> PASSAGE_FIELDS =
            List.of("section", "polarity", "themes", "heading", "text", "ordinal", "start", "end");

    @Test
    void indexesEveryDocumentAndPassageThenFindsNothingToDo(ElasticsearchClient client) throws IOException {
        List<ExtractedDocument> expected =
                IndexFixtures.extract(IndexFixtures.bundledCorpus(), IndexFixtures.bundledConfig());
        int expectedPassages = expected.stream()
                .mapToInt(document -> document.passages().size())
                .sum();
        Indexer indexer = IndexFixtures.indexer(client, PREFIX, IndexFixtures.bundledConfig());

        IngestReport first = indexer.run(List.of(IndexFixtures.bundledCorpus()), false);

        assertEquals(5, expected.size());
        assertEquals(5, first.added().size(), first.summary());
        assertTrue(first.rebuilt(), "the first run builds the indices");
        assertTrue(first.rejected().isEmpty(), first.summary());
        assertEquals(expectedPassages, first.passagesWritten());
        assertEquals(0, first.exitCode());
        assertEquals(5, IndexFixtures.count(client, LAYOUT.alias(IndexKind.DOCUMENTS)));
        assertEquals(expectedPassages, IndexFixtures.count(client, LAYOUT.alias(IndexKind.PASSAGES)));

        for (ExtractedDocument document : expected) {
            ObjectNode extracted = (ObjectNode) asStored(document);
            extracted.put("source", Source.normalise(IndexFixtures.bundledCorpus()));
            ObjectNode stored = get(client, LAYOUT.alias(IndexKind.DOCUMENTS), document.id());
            for (String field : DOCUMENT_FACETS) {
                assertEquals(extracted.get(field), stored.get(field), document.sourcePath() + " " + field);
            }
            assertEquals(document.passages().size(), stored.get("passageCount").asInt());
            assertEquals(
                    document.passages().size(),
                    IndexFixtures.countWhere(client, LAYOUT.alias(IndexKind.PASSAGES), "documentId", document.id()));
            for (Passage passage : document.passages()) {
                JsonNode extractedPassage = asStored(passage);
                ObjectNode storedPassage = get(client, LAYOUT.alias(IndexKind.PASSAGES), passage.id());
                for (String field : PASSAGE_FIELDS) {
                    assertEquals(extractedPassage.get(field), storedPassage.get(field), passage.id() + " " + field);
                }
                for (String facet : IndexEntries.FACETS_COPIED_TO_PASSAGES) {
                    assertEquals(extracted.get(facet), storedPassage.get(facet), passage.id() + " facet " + facet);
                }
            }
        }

        IngestReport second = indexer.run(List.of(IndexFixtures.bundledCorpus()), false);
        assertFalse(second.changed(), second.summary());
        assertFalse(second.rebuilt());
        assertEquals(5, second.unchanged());
        assertEquals(0, second.passagesWritten());
        assertEquals(0, second.bulkRequests(), "an unchanged corpus sends nothing to Elasticsearch");
        assertTrue(second.summary().contains("Nothing changed"), second.summary());
        assertEquals(first.warnings(), second.warnings(), "warnings of unchanged files are still reported");
        assertEquals(5, IndexFixtures.count(client, LAYOUT.alias(IndexKind.DOCUMENTS)));
        assertEquals(expectedPassages, IndexFixtures.count(client, LAYOUT.alias(IndexKind.PASSAGES)));
    }

    @Test
    void facetsAggregateOnPassagesWithoutJoins(ElasticsearchClient client) throws IOException {
        IndexFixtures.indexer(client, PREFIX + "-facets", IndexFixtures.bundledConfig())
                .run(List.of(IndexFixtures.bundledCorpus()), false);
        var response = client.search(
                request -> request.index(PREFIX + "-facets-passages")
                        .size(0)
                        .aggregations("area", a -> a.terms(t -> t.field("area")))
                        .aggregations("polarity", a -> a.terms(t -> t.field("polarity"))),
                Void.class);
        var areas = response.aggregations().get("area").sterms().buckets().array();
        assertTrue(areas.stream().anyMatch(bucket -> bucket.key().stringValue().equals("Knowsley")), areas.toString());
        assertFalse(response.aggregations()
                .get("polarity")
                .sterms()
                .buckets()
                .array()
                .isEmpty());
    }

    /** A value as JSON read back (numbers as the smallest fitting type), to compare with _source. */
    private static JsonNode asStored(Object value) throws IOException {
        return ExtractionJson.mapper().readTree(ExtractionJson.mapper().writeValueAsBytes(value));
    }

    private static ObjectNode get(ElasticsearchClient client, String index, String id) throws IOException {
        GetResponse<ObjectNode> response =
                client.get(request -> request.index(index).id(id), ObjectNode.class);
        assertTrue(response.found(), index + "/" + id + " is indexed");
        assertNotNull(response.source());
        return response.source();
    }
}
