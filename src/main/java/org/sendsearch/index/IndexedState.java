package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendsearch.model.IndexField;
import org.sendsearch.model.PublishedAddress;

/**
 * What the documents index holds now, per source and path within it: id, SHA-256, passage count
 * and published address. This is the
 * indexer's only memory of earlier runs, read from Elasticsearch itself, so it can never claim a
 * file is indexed when it is not. Holds a few short strings per document, never the text.
 */
public final class IndexedState {
    private static final int PAGE_SIZE = 1000;

    /**
     * One indexed document as far as incremental indexing cares; the warnings let the report of
     * an unchanged file still list them.
     */
    public record StoredDocument(
            String id,
            String source,
            String sourcePath,
            String sha256,
            int passageCount,
            List<String> warnings,
            PublishedAddress publishedAddress) {
        public StoredDocument {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }

        /** A stored document with no published address. */
        public StoredDocument(
                String id, String source, String sourcePath, String sha256, int passageCount, List<String> warnings) {
            this(id, source, sourcePath, sha256, passageCount, warnings, null);
        }

        /** The address it was given by its source's list of published addresses, or null. */
        public String listedUrl() {
            return PublishedAddress.listedUrlOf(publishedAddress);
        }
    }

    private final Map<String, StoredDocument> byPath;

    private IndexedState(Map<String, StoredDocument> byPath) {
        this.byPath = Collections.unmodifiableMap(byPath);
    }

    public static IndexedState empty() {
        return new IndexedState(new LinkedHashMap<>());
    }

    /** The state of an index holding {@code documents} (a later one for the same source and path wins). */
    static IndexedState of(Collection<StoredDocument> documents) {
        Map<String, StoredDocument> byPath = new LinkedHashMap<>();
        documents.forEach(stored -> byPath.put(key(stored.source(), stored.sourcePath()), stored));
        return new IndexedState(byPath);
    }

    /** Reads every document of an index (or alias), a page at a time, sorted by id. */
    public static IndexedState read(ElasticsearchClient client, String index) throws IOException {
        Map<String, StoredDocument> byPath = new LinkedHashMap<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<StoredDocument> page = client.search(
                    request -> {
                        request.index(index)
                                .size(PAGE_SIZE)
                                .trackTotalHits(t -> t.enabled(false))
                                .sort(sort -> sort.field(
                                        field -> field.field(IndexField.ID).order(SortOrder.Asc)))
                                .source(source -> source.filter(filter -> filter.includes(
                                        IndexField.ID,
                                        IndexField.SOURCE,
                                        IndexField.SOURCE_PATH,
                                        "sha256",
                                        IndexField.PASSAGE_COUNT,
                                        IndexField.WARNINGS,
                                        IndexField.PUBLISHED_ADDRESS)));
                        if (searchAfter != null) {
                            request.searchAfter(searchAfter);
                        }
                        return request;
                    },
                    StoredDocument.class);
            List<Hit<StoredDocument>> hits = page.hits().hits();
            for (Hit<StoredDocument> hit : hits) {
                StoredDocument stored = hit.source();
                if (stored != null && stored.sourcePath() != null) {
                    byPath.put(key(stored.source(), stored.sourcePath()), stored);
                }
            }
            if (hits.size() < PAGE_SIZE) {
                return new IndexedState(byPath);
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /** The document indexed from {@code sourcePath} within {@code source} (a {@link Source#path}). */
    public StoredDocument find(String source, String sourcePath) {
        return byPath.get(key(source, sourcePath));
    }

    private static String key(String source, String sourcePath) {
        return (source == null ? "" : source) + '\u0000' + sourcePath;
    }

    public Collection<StoredDocument> documents() {
        return byPath.values();
    }

    public int size() {
        return byPath.size();
    }
}
