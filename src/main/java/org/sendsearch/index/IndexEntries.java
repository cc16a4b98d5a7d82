package org.sendsearch.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.ExtractionJson;
import org.sendsearch.ingest.Passage;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an extracted document into the JSON stored in the two indices. Field names are the
 * extraction's own (the same JSON {@code send-search extract} prints), so the mappings in
 * {@code index-config/} describe both. The documents entry drops the passages but keeps their
 * count (incremental indexing needs it to delete leftovers) and the union of their themes; each
 * passage gets its document's id and facet fields, so every facet filters passages directly.
 */
public final class IndexEntries {
    /** Document fields copied onto every passage. */
    public static final List<String> FACETS_COPIED_TO_PASSAGES = List.of("area", "region", "type", "year", "date",
            "leadInspector", "wsoaRequired", "format", "sourcePath", "title");

    private static final ObjectMapper JSON = ExtractionJson.mapper();

    private IndexEntries() {
    }

    public static ObjectNode document(ExtractedDocument document) {
        ObjectNode node = JSON.valueToTree(document);
        node.remove("passages");
        node.put("passageCount", document.passages().size());
        Set<String> themes = new LinkedHashSet<>();
        document.passages().forEach(passage -> themes.addAll(passage.themes()));
        ArrayNode themeArray = node.putArray("themes");
        themes.forEach(themeArray::add);
        return node;
    }

    public static ObjectNode passage(ExtractedDocument document, ObjectNode documentEntry, Passage passage) {
        ObjectNode node = JSON.valueToTree(passage);
        node.put("documentId", document.id());
        for (String field : FACETS_COPIED_TO_PASSAGES) {
            node.set(field, documentEntry.get(field));
        }
        return node;
    }

    /** The id of a passage: the document's id and its ordinal, so re-indexing overwrites it. */
    public static String passageId(String documentId, int ordinal) {
        return documentId + "-" + ordinal;
    }

    static byte[] bytes(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an index entry", e);
        }
    }
}
