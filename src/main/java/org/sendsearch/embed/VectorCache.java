package org.sendsearch.embed;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.index.IndexLayout;
import org.sendsearch.util.Sha256;

/**
 * Vectors already computed, kept in Elasticsearch beside the indices they serve, so that a passage
 * whose text has not changed is never embedded twice: not on the next run, not in a rebuild, not
 * from another data folder on the same cluster. One document per distinct text in
 * {@code <prefix>-vectors}: its id is the SHA-256 of the text ({@link #key}), its fields the vector
 * and the {@linkplain TextEmbedder#modelId() model} that made it; a vector of another model counts as
 * missing and is replaced when the text is embedded again.
 *
 * <p>The index is not versioned with {@code index-config/} (nothing in it depends on analysis or
 * mappings there), and its name matches no alias pattern, so rebuilds and orphan clean-up leave it
 * alone. Its mapping is {@code embed/vectors-index.json} on the class path. Reads are {@code mget}
 * and writes {@code bulk}, {@value #BATCH} documents a request (about 2 MB of vectors).
 */
public final class VectorCache {
    private static final Logger log = LogManager.getLogger(VectorCache.class);
    static final String MAPPING_RESOURCE = "embed/vectors-index.json";
    /** Documents per mget or bulk request. */
    static final int BATCH = 500;

    private final ElasticsearchClient client;
    private final String index;
    private final String modelId;
    private volatile boolean created;

    /** A cache in {@link #indexName(IndexLayout)} for vectors of the model {@code modelId}. */
    public VectorCache(ElasticsearchClient client, IndexLayout layout, String modelId) {
        this.client = client;
        this.index = indexName(layout);
        this.modelId = modelId;
    }

    /** {@code <prefix>-vectors}, e.g. {@code send-vectors}. */
    public static String indexName(IndexLayout layout) {
        return layout.prefix() + "-vectors";
    }

    /** The cache key of a passage text: the SHA-256 of its UTF-8, as hex. */
    public static String key(String text) {
        return Sha256.hex(text);
    }

    /**
     * The cached vectors of these keys made by this cache's model, by key; keys with none (or one of
     * another model) are absent. A missing index is an empty cache.
     *
     * @throws IOException when Elasticsearch cannot be asked
     */
    public Map<String, Cached> lookup(Collection<String> keys) throws IOException {
        Map<String, Cached> found = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> ids = all.subList(from, Math.min(all.size(), from + BATCH));
            MgetResponse<Entry> response;
            try {
                response = client.mget(request -> request.index(index).ids(ids), Entry.class);
            } catch (ElasticsearchException e) {
                if (e.status() == 404) {
                    return found;
                }
                throw e;
            }
            for (MultiGetResponseItem<Entry> item : response.docs()) {
                if (item.isResult() && item.result().found()) {
                    Entry entry = item.result().source();
                    if (entry != null
                            && modelId.equals(entry.model())
                            && entry.vector() != null
                            && entry.vector().length == TextEmbedder.DIMENSIONS) {
                        found.put(item.result().id(), new Cached(entry.vector(), entry.truncated()));
                    }
                } else if (item.isFailure()
                        && !"index_not_found_exception"
                                .equals(item.failure().error().type())) {
                    log.warn(
                            "Could not read the cached vector {} ({}); it is embedded again",
                            item.failure().id(),
                            item.failure().error().reason());
                }
            }
        }
        return found;
    }

    /**
     * Writes vectors by key, creating the index first if needed. A vector Elasticsearch refuses is
     * logged and left out (it is computed again next time); the count of those written is returned.
     *
     * @throws IOException when Elasticsearch cannot be asked
     */
    public int store(Map<String, Cached> vectors) throws IOException {
        if (vectors.isEmpty()) {
            return 0;
        }
        ensureIndex();
        List<Map.Entry<String, Cached>> all = new ArrayList<>(vectors.entrySet());
        int written = 0;
        for (int from = 0; from < all.size(); from += BATCH) {
            List<BulkOperation> operations = new ArrayList<>();
            for (Map.Entry<String, Cached> vector : all.subList(from, Math.min(all.size(), from + BATCH))) {
                Entry entry = new Entry(
                        modelId,
                        vector.getValue().truncated(),
                        vector.getValue().vector());
                operations.add(BulkOperation.of(
                        op -> op.index(i -> i.index(index).id(vector.getKey()).document(entry))));
            }
            BulkResponse response = client.bulk(request -> request.operations(operations));
            for (BulkResponseItem item : response.items()) {
                if (item.error() == null) {
                    written++;
                } else {
                    log.warn(
                            "Could not cache the vector {} ({}); it is embedded again next time",
                            item.id(),
                            item.error().reason());
                }
            }
        }
        return written;
    }

    /** Creates the index from its mapping unless it exists (another process may create it at the same time). */
    public void ensureIndex() throws IOException {
        if (created) {
            return;
        }
        if (!client.indices().exists(request -> request.index(index)).value()) {
            try (InputStream mapping = VectorCache.class.getClassLoader().getResourceAsStream(MAPPING_RESOURCE)) {
                if (mapping == null) {
                    throw new IOException(MAPPING_RESOURCE + " is missing from the class path");
                }
                client.indices()
                        .create(CreateIndexRequest.of(
                                request -> request.index(index).withJson(mapping)));
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        created = true;
    }

    /**
     * A cached vector.
     *
     * @param vector    {@link TextEmbedder#DIMENSIONS} floats of unit length
     * @param truncated whether only the start of the text was embedded
     */
    public record Cached(float[] vector, boolean truncated) {}

    /** The document stored per text. */
    record Entry(String model, boolean truncated, float[] vector) {}
}
