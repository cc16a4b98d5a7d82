package org.sendsearch.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.ExtractionJson;
import org.sendsearch.ingest.Passage;
import org.sendsearch.model.IndexField;

/**
 * Turns an extracted document into the JSON stored in the two indices. Field names are the
 * extraction's own (the same JSON {@code send-search extract} prints), so the mappings in
 * {@code index-config/} describe both. The documents entry drops the passages but keeps their
 * count (incremental indexing needs it to delete leftovers) and the union of their themes; each
 * passage gets its document's id and facet fields, so every facet filters passages directly.
 */
public final class IndexEntries {
    /** Document fields copied onto every passage. */
    public static final List<String> FACETS_COPIED_TO_PASSAGES = List.of(
            IndexField.AREA,
            IndexField.REGION,
            IndexField.TYPE,
            IndexField.YEAR,
            IndexField.DATE,
            IndexField.RESEARCH_DATE,
            IndexField.FRAMEWORK,
            IndexField.INSPECTION_ID,
            IndexField.OUTCOME_VALUE,
            IndexField.LEAD_INSPECTOR,
            IndexField.WSOA_REQUIRED,
            IndexField.FORMAT,
            IndexField.SOURCE,
            IndexField.SOURCE_PATH,
            IndexField.TITLE,
            IndexField.PUBLISHED_ADDRESS);

    private static final ObjectMapper JSON = ExtractionJson.mapper();
    /** Writes documents without their passages, which go to the passages index one by one. */
    private static final ObjectMapper DOCUMENT_JSON =
            JSON.copy().addMixIn(ExtractedDocument.class, WithoutPassages.class);

    @JsonIgnoreProperties("passages")
    private interface WithoutPassages {}

    private IndexEntries() {}

    public static ObjectNode document(ExtractedDocument document) {
        return document(document, null);
    }

    /**
     * The documents entry, with the {@link Source#path} it was indexed from as its {@code source}
     * (left out when null, as for a document no source owns).
     */
    public static ObjectNode document(ExtractedDocument document, String source) {
        ObjectNode node = DOCUMENT_JSON.valueToTree(document);
        if (source != null) {
            node.put(IndexField.SOURCE, source);
        }
        node.put(IndexField.PASSAGE_COUNT, document.passages().size());
        Set<String> themes = new LinkedHashSet<>();
        document.passages().forEach(passage -> themes.addAll(passage.themes()));
        ArrayNode themeArray = node.putArray(IndexField.THEMES);
        themes.forEach(themeArray::add);
        return node;
    }

    /**
     * The JSON of each of the document's passages, in order: the passage's own fields, then its
     * document's id and facet fields (null where the document has none). The part every passage
     * of a document shares is serialised once and appended to each passage's own JSON, rather
     * than building a tree per passage: a third of a million passages for a 10,000-document run.
     */
    public static List<byte[]> passages(ExtractedDocument document, ObjectNode documentEntry) {
        ObjectNode shared = JSON.createObjectNode();
        shared.put(IndexField.DOCUMENT_ID, document.id());
        for (String field : FACETS_COPIED_TO_PASSAGES) {
            shared.set(field, documentEntry.get(field));
        }
        byte[] sharedJson = bytes(shared); // {"documentId":...}: its '{' becomes the ',' after a passage's fields
        List<byte[]> entries = new ArrayList<>(document.passages().size());
        for (Passage passage : document.passages()) {
            byte[] own = bytes(passage); // {...}: every passage has fields, so this is never "{}"
            byte[] entry = Arrays.copyOf(own, own.length - 1 + sharedJson.length);
            System.arraycopy(sharedJson, 0, entry, own.length - 1, sharedJson.length);
            entry[own.length - 1] = ',';
            entries.add(entry);
        }
        return entries;
    }

    /** The id of a passage: the document's id and its ordinal, so re-indexing overwrites it. */
    public static String passageId(String documentId, int ordinal) {
        return documentId + "-" + ordinal;
    }

    public static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an index entry", e);
        }
    }
}
