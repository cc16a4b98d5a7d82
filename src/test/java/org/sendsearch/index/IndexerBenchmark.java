package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.ManagedNode;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.Passage;
import org.sendsearch.testing.TestNodes;

/**
 * Measures the indexer's throughput on a real node (not a test: run it by hand).
 *
 * <pre>
 * mvn -q test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     -Dsendsearch.engine.dir=target/engine -Dsendsearch.project.dir=. org.sendsearch.index.IndexerBenchmark [copies]
 * </pre>
 *
 * The bundled corpus is small (five files, about 90 KB), so it is copied {@code copies} times
 * (default 100) into sub-folders, each copy getting its own ids. Reports, in MB of source files
 * per second: a full build end to end (walk, hash, extract, serialise, bulk, refresh, alias swap);
 * an incremental run over the unchanged corpus (walk and hash only); and bulk-only (the same
 * entries, extracted and serialised beforehand, sent through {@link BulkWriter}).
 */
public final class IndexerBenchmark {
    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        ConfigDirectory config = IndexFixtures.bundledConfig();
        Path corpus = TestNodes.newFolder("send-search-benchmark-");
        for (int i = 0; i < copies; i++) {
            IndexFixtures.copyOf(
                    IndexFixtures.bundledCorpus(), corpus.resolve(String.format(Locale.ROOT, "copy-%03d", i)));
            Files.deleteIfExists(
                    corpus.resolve(String.format(Locale.ROOT, "copy-%03d", i)).resolve("SOURCES.md"));
        }
        ManagedNode node = TestNodes.startSingleNode("benchmark");
        try (Engine engine = Engine.forNode(node)) {
            ElasticsearchClient client = engine.client();
            Indexer indexer = IndexFixtures.indexer(client, "bench", config);

            IngestReport full = indexer.run(List.of(corpus), false);
            print("full build, end to end", full.bytesRead(), full.elapsedSeconds(), full);
            System.out.printf(
                    Locale.ROOT,
                    "  bulk requests took (overlapping extraction): %.2f s (%d requests, %.1f MB of JSON)%n",
                    full.bulkSeconds(),
                    full.bulkRequests(),
                    full.bulkBytes() / 1048576.0);

            IngestReport noChange = indexer.run(List.of(corpus), false);
            print("incremental, nothing changed", noChange.bytesRead(), noChange.elapsedSeconds(), noChange);

            IngestReport rebuild = indexer.run(List.of(corpus), true);
            print("forced rebuild, end to end", rebuild.bytesRead(), rebuild.elapsedSeconds(), rebuild);
            System.out.printf(
                    Locale.ROOT, "  bulk requests took (overlapping extraction): %.2f s%n", rebuild.bulkSeconds());

            bulkOnly(client, corpus, config, full.bytesRead());
        } finally {
            node.stop();
            TestNodes.delete(corpus);
        }
    }

    private static void bulkOnly(ElasticsearchClient client, Path corpus, ConfigDirectory config, long sourceBytes)
            throws IOException {
        IndexConfig indexConfig = IndexConfig.load(config);
        List<byte[]> documents = new ArrayList<>();
        List<String> documentIds = new ArrayList<>();
        List<byte[]> passages = new ArrayList<>();
        List<String> passageIds = new ArrayList<>();
        for (ExtractedDocument document : IndexFixtures.extract(corpus, config)) {
            ObjectNode entry = IndexEntries.document(document);
            documents.add(IndexEntries.bytes(entry));
            documentIds.add(document.id());
            passages.addAll(IndexEntries.passages(document, entry));
            for (Passage passage : document.passages()) {
                passageIds.add(passage.id());
            }
        }
        String documentIndex = "bench-bulk-documents";
        String passageIndex = "bench-bulk-passages";
        for (String index : List.of(documentIndex, passageIndex)) {
            IndexKind kind = index.equals(documentIndex) ? IndexKind.DOCUMENTS : IndexKind.PASSAGES;
            ObjectNode json = indexConfig.createBody(kind);
            ((ObjectNode) json.get("settings")).put("refresh_interval", "-1"); // as the indexer builds
            String body = json.toString();
            client.indices()
                    .create(request -> request.withJson(new StringReader(body)).index(index));
        }
        long started = System.nanoTime();
        BulkWriter bulk = new BulkWriter(client, BulkWriter.DEFAULT_MAX_BYTES, BulkWriter.Retry.DEFAULT);
        for (int i = 0; i < documents.size(); i++) {
            bulk.index(documentIndex, documentIds.get(i), documents.get(i));
        }
        for (int i = 0; i < passages.size(); i++) {
            bulk.index(passageIndex, passageIds.get(i), passages.get(i));
        }
        bulk.finish();
        client.indices().refresh(request -> request.index(documentIndex, passageIndex));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "bulk only (pre-extracted): %.2f s, %.2f MB/s of source files, %.2f MB/s of JSON "
                        + "(%d documents, %d passages, %d requests, failures %d)%n",
                seconds,
                sourceBytes / 1048576.0 / seconds,
                bulk.bytesSent() / 1048576.0 / seconds,
                documents.size(),
                passages.size(),
                bulk.requests(),
                bulk.failures().size());
    }

    private static void print(String what, long bytes, double seconds, IngestReport report) {
        System.out.printf(
                Locale.ROOT,
                "%s: %d files, %.2f MB in %.2f s = %.2f MB/s (%d passages written)%n",
                what,
                report.filesSeen(),
                bytes / 1048576.0,
                seconds,
                bytes / 1048576.0 / seconds,
                report.passagesWritten());
    }
}
