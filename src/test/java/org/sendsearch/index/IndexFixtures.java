package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.ingest.CorpusWalker;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.Extractor;

/** Shared set-up for the indexer's tests on the real node: corpus copies, indexers, counts. */
final class IndexFixtures {
    private IndexFixtures() {}

    static Path projectDirectory() {
        return Path.of(System.getProperty("sendsearch.project.dir", ".")).toAbsolutePath();
    }

    static Path bundledCorpus() {
        return projectDirectory().resolve("corpus");
    }

    static ConfigDirectory bundledConfig() {
        return new ConfigDirectory(projectDirectory().resolve("index-config"));
    }

    static Indexer indexer(ElasticsearchClient client, String prefix, ConfigDirectory config) throws IOException {
        return new Indexer(
                client,
                new IndexLayout(prefix),
                IndexConfig.load(config),
                Extractor.fromConfig(config.path(), Extractor.DEFAULT_MAX_BYTES),
                ProgressDisplay.none());
    }

    /** A writable copy of a folder's regular files (the bundled corpus is read-only). */
    static Path copyOf(Path source, Path target) {
        try (Stream<Path> files = Files.list(source)) {
            Files.createDirectories(target);
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(file.getFileName().toString());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What extraction alone gives for a folder, with the ids the indexer gives it as a source: the
     * reference the index is checked against.
     */
    static List<ExtractedDocument> extract(Path folder, ConfigDirectory config) throws IOException {
        Extractor extractor = Extractor.fromConfig(config.path(), Extractor.DEFAULT_MAX_BYTES);
        String sourceKey = Source.keyOf(Source.normalise(folder));
        List<ExtractedDocument> documents = new ArrayList<>();
        try (Stream<CorpusWalker.Entry> entries = CorpusWalker.walk(folder)) {
            entries.filter(entry -> entry.rejection() == null)
                    .map(entry -> extractor.extract(entry.file(), entry.root(), sourceKey))
                    .forEach(outcome -> {
                        if (outcome instanceof ExtractedDocument document) {
                            documents.add(document);
                        }
                    });
        }
        return documents;
    }

    static long count(ElasticsearchClient client, String index) throws IOException {
        return client.count(request -> request.index(index)).count();
    }

    /** Every id in an index (or alias), sorted: its {@code id} field, which every entry carries. */
    static List<String> ids(ElasticsearchClient client, String index) throws IOException {
        List<String> ids = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<Void> page = client.search(
                    request -> {
                        request.index(index)
                                .size(5000)
                                .source(source -> source.fetch(false))
                                .trackTotalHits(t -> t.enabled(false))
                                .sort(sort ->
                                        sort.field(field -> field.field("id").order(SortOrder.Asc)));
                        if (searchAfter != null) {
                            request.searchAfter(searchAfter);
                        }
                        return request;
                    },
                    Void.class);
            List<Hit<Void>> hits = page.hits().hits();
            hits.forEach(hit -> ids.add(hit.sort().get(0).stringValue()));
            if (hits.size() < 5000) {
                return ids;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /** How many passages each document has in a passages index (or alias), by document id. */
    static Map<String, Long> passagesPerDocument(ElasticsearchClient client, String index) throws IOException {
        SearchResponse<Void> response = client.search(
                request -> request.index(index)
                        .size(0)
                        .aggregations(
                                "documents",
                                aggregation -> aggregation.terms(
                                        terms -> terms.field("documentId").size(65_000))),
                Void.class);
        Map<String, Long> counts = new TreeMap<>();
        for (StringTermsBucket bucket :
                response.aggregations().get("documents").sterms().buckets().array()) {
            counts.put(bucket.key().stringValue(), bucket.docCount());
        }
        return counts;
    }

    static long countWhere(ElasticsearchClient client, String index, String field, String value) throws IOException {
        Query query = Query.of(q -> q.term(t -> t.field(field).value(value)));
        return client.count(request -> request.index(index).query(query)).count();
    }
}
