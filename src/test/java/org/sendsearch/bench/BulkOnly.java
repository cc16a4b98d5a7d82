package org.sendsearch.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.index.BulkWriter;
import org.sendsearch.index.IndexConfig;
import org.sendsearch.index.IndexEntries;
import org.sendsearch.index.IndexKind;
import org.sendsearch.ingest.ExtractedDocument;

/**
 * The indexing floor: the same entries the indexer writes, extracted and serialised beforehand,
 * sent through the same {@link BulkWriter} into indices created like the indexer's (same mappings
 * and analysis, refresh off during the build), then refreshed. The end-to-end rate divided by this
 * one is what walking, hashing, extracting and serialising cost on top of Elasticsearch.
 */
final class BulkOnly {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One entry to index. */
    record Entry(String index, String id, byte[] json) {}

    /** Result: seconds, requests, JSON bytes, failures. */
    record Result(double seconds, long requests, long jsonBytes, int failures, int documents, int passages) {}

    private final List<Entry> entries = new ArrayList<>();
    private int documents;
    private int passages;

    static final String DOCUMENTS_INDEX = "bench-bulk-documents";
    static final String PASSAGES_INDEX = "bench-bulk-passages";

    /** Serialises a document and its passages, passages first as the indexer writes them. */
    void add(ExtractedDocument document) throws IOException {
        ObjectNode entry = IndexEntries.document(document);
        List<byte[]> json = IndexEntries.passages(document, entry);
        for (int i = 0; i < json.size(); i++) {
            entries.add(new Entry(PASSAGES_INDEX, document.passages().get(i).id(), json.get(i)));
            passages++;
        }
        entries.add(new Entry(DOCUMENTS_INDEX, document.id(), JSON.writeValueAsBytes(entry)));
        documents++;
    }

    Result run(ElasticsearchClient client, ConfigDirectory config) throws IOException {
        IndexConfig indexConfig = IndexConfig.load(config);
        delete(client);
        for (String index : List.of(DOCUMENTS_INDEX, PASSAGES_INDEX)) {
            ObjectNode body =
                    indexConfig.createBody(index.equals(DOCUMENTS_INDEX) ? IndexKind.DOCUMENTS : IndexKind.PASSAGES);
            ((ObjectNode) body.get("settings")).put("refresh_interval", "-1");
            String json = body.toString();
            client.indices()
                    .create(request -> request.withJson(new StringReader(json)).index(index));
        }
        long started = System.nanoTime();
        BulkWriter bulk = new BulkWriter(client, BulkWriter.DEFAULT_MAX_BYTES, BulkWriter.Retry.DEFAULT);
        try (bulk) {
            for (Entry entry : entries) {
                bulk.index(entry.index(), entry.id(), entry.json());
            }
            bulk.finish();
        }
        client.indices().refresh(request -> request.index(DOCUMENTS_INDEX, PASSAGES_INDEX));
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(
                seconds, bulk.requests(), bulk.bytesSent(), bulk.failures().size(), documents, passages);
    }

    static void delete(ElasticsearchClient client) throws IOException {
        client.indices()
                .delete(request ->
                        request.index(DOCUMENTS_INDEX, PASSAGES_INDEX).ignoreUnavailable(true));
    }
}
