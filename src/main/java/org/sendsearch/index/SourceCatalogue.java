package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.model.IndexField;

/**
 * The sources of a collection as {@code send-search sources} shows them (with their document and
 * passage counts, read from the index, and whether they are on disk now), and the removal of one
 * source with everything indexed from it.
 */
public final class SourceCatalogue {
    private static final Logger log = LogManager.getLogger(SourceCatalogue.class);
    private static final int MAX_SOURCES = 10_000;

    /** One source as listed: its counts are what the index holds now. */
    public record Entry(Source source, long documents, long passages, boolean onDisk) {}

    /** What {@link #remove} took out. */
    public record Removal(String path, long documents, long passages) {}

    private final ElasticsearchClient client;
    private final IndexLayout layout;
    private final SourceStore store;

    public SourceCatalogue(ElasticsearchClient client, IndexLayout layout, SourceStore store) {
        this.client = client;
        this.layout = layout;
        this.store = store;
    }

    public List<Entry> list() throws IOException {
        Map<String, Long> documents = countsBySource(IndexKind.DOCUMENTS);
        Map<String, Long> passages = countsBySource(IndexKind.PASSAGES);
        List<Entry> entries = new ArrayList<>();
        for (Source source : store.load().sources()) {
            entries.add(new Entry(
                    source,
                    documents.getOrDefault(source.path(), 0L),
                    passages.getOrDefault(source.path(), 0L),
                    Files.exists(source.location())));
        }
        return entries;
    }

    /**
     * Removes the source {@code given} (as typed: relative or absolute) and every document and
     * passage indexed from it, holding the indexing lock meanwhile. Throws
     * {@link IllegalArgumentException} naming the known sources when it is not one of them.
     */
    public Removal remove(Path given, Duration lockWait) throws IOException {
        String path = Source.normalise(given);
        try (IndexerLock lock = IndexerLock.acquire(client, layout, IndexerLock.DEFAULT_STALE_AFTER, lockWait)) {
            SourceList sources = store.load();
            if (sources.find(path).isEmpty()) {
                throw new IllegalArgumentException("Not a source of this index: " + path + " (sources: "
                        + (sources.sources().isEmpty()
                                ? "none"
                                : sources.sources().stream().map(Source::path).collect(Collectors.joining(", ")))
                        + ")");
            }
            // Passages first: a removal stopped half-way leaves the documents that name what is left.
            long passages = deleteFrom(IndexKind.PASSAGES, path);
            long documents = deleteFrom(IndexKind.DOCUMENTS, path);
            store.save(sources.without(path));
            log.info("Removed the source {}: {} documents, {} passages", path, documents, passages);
            return new Removal(path, documents, passages);
        }
    }

    private long deleteFrom(IndexKind kind, String source) throws IOException {
        String alias = layout.alias(kind);
        long deleted = SourceEntries.delete(client, alias, List.of(source));
        client.indices().refresh(request -> request.index(alias).ignoreUnavailable(true));
        return deleted;
    }

    private Map<String, Long> countsBySource(IndexKind kind) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        try {
            SearchResponse<Void> response = client.search(
                    request -> request.index(layout.alias(kind))
                            .size(0)
                            .aggregations(
                                    "sources",
                                    aggregation -> aggregation.terms(terms ->
                                            terms.field(IndexField.SOURCE).size(MAX_SOURCES))),
                    Void.class);
            Aggregate sources = response.aggregations().get("sources");
            if (sources != null && sources.isSterms()) {
                for (StringTermsBucket bucket : sources.sterms().buckets().array()) {
                    counts.put(bucket.key().stringValue(), bucket.docCount());
                }
            }
        } catch (ElasticsearchException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
        return counts;
    }
}
