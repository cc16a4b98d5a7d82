package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.ExtractionJson;
import org.sendsearch.ingest.Passage;

/** What the two indices receive for an extracted document. */
class IndexEntriesTest {

    @Test
    void eachPassageCarriesItsOwnFieldsThenItsDocumentsIdAndFacets() throws Exception {
        for (ExtractedDocument document :
                IndexFixtures.extract(IndexFixtures.bundledCorpus(), IndexFixtures.bundledConfig())) {
            ObjectNode entry = IndexEntries.document(document);
            List<byte[]> passages = IndexEntries.passages(document, entry);
            assertEquals(document.passages().size(), passages.size());
            for (int i = 0; i < passages.size(); i++) {
                Passage passage = document.passages().get(i);
                // The same bytes as building the whole entry as one tree and writing it.
                ObjectNode expected = ExtractionJson.mapper().valueToTree(passage);
                expected.put("documentId", document.id());
                IndexEntries.FACETS_COPIED_TO_PASSAGES.forEach(field -> expected.set(field, entry.get(field)));
                assertArrayEquals(IndexEntries.bytes(expected), passages.get(i), passage.id());
            }
        }
    }

    @Test
    void theDocumentEntryIsTheExtractedDocumentWithoutItsPassagesPlusTheirCountAndThemes() throws Exception {
        for (ExtractedDocument document :
                IndexFixtures.extract(IndexFixtures.bundledCorpus(), IndexFixtures.bundledConfig())) {
            ObjectNode expected = ExtractionJson.mapper().valueToTree(document);
            expected.remove("passages");
            expected.put("passageCount", document.passages().size());
            var themes = expected.putArray("themes");
            document.passages().stream()
                    .flatMap(p -> p.themes().stream())
                    .distinct()
                    .forEach(themes::add);
            assertArrayEquals(
                    IndexEntries.bytes(expected), IndexEntries.bytes(IndexEntries.document(document)), document.id());
        }
    }

    @Test
    void theDocumentEntryCountsItsPassagesAndListsTheirThemesButNotTheirText() throws Exception {
        ExtractedDocument document = IndexFixtures.extract(IndexFixtures.bundledCorpus(), IndexFixtures.bundledConfig())
                .get(0);
        JsonNode entry = IndexEntries.document(document);
        assertEquals(document.passages().size(), entry.path("passageCount").asInt());
        assertFalse(entry.has("passages"));
        assertTrue(entry.path("themes").isArray());
        JsonNode passage = ExtractionJson.mapper()
                .readTree(IndexEntries.passages(document, IndexEntries.document(document))
                        .get(0));
        assertEquals(document.id(), passage.path("documentId").asText());
        assertEquals(document.area(), passage.path("area").asText());
    }
}
