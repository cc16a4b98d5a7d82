package org.sendsearch.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.engine.Engine;
import org.sendsearch.search.Backend;
import org.sendsearch.search.CorpusIndex;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchQuery;

/**
 * The export service on the real node: the cap and its message over the corpus, and 5,000
 * synthetic findings (about 20 MB of text) streamed with the heap staying flat, page after page
 * flushed to the output before the next is read; and an export whose index disappears after the
 * first page, which must end its file with a line saying it is incomplete.
 */
@ExtendWith(CorpusIndex.class)
class ExportServiceTest {
    private static final String SYNTHETIC = "export-synthetic-test";
    private static final int SYNTHETIC_ROWS = 5_000;
    /** About 4 KB per finding: 20 MB for all, far more than the growth allowed below. */
    private static final int TEXT_LENGTH = 4_000;

    @Test
    void anExportStopsAtTheCapAndSaysSo(Engine engine) throws IOException {
        ExportService service =
                new ExportService(CorpusIndex.backend(engine), CorpusIndex.searchService(engine)::selection, 100);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] announced = new long[1];
        boolean[] cappedAtOpen = new boolean[1];
        ExportService.Summary summary =
                service.export(SearchQuery.browse(), ExportFormat.CSV, "http://x", (total, capped) -> {
                    announced[0] = total;
                    cappedAtOpen[0] = capped;
                    return out;
                });
        assertEquals(new ExportService.Summary(290, 100, true), summary);
        assertEquals(290, announced[0]);
        assertTrue(cappedAtOpen[0]);
        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = CsvReading.parse(text);
        rows = rows.subList(ExportService.CSV_PREAMBLE_ROWS, rows.size());
        assertEquals(1 + 100 + 1, rows.size(), "header, 100 rows, the message");
        assertTrue(
                rows.get(101).get(0).contains("stops at 100 rows of 290"),
                rows.get(101).toString());

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        service.export(SearchQuery.browse(), ExportFormat.JSON, "http://x", (total, capped) -> json);
        var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toByteArray());
        assertTrue(body.path("capped").asBoolean());
        assertTrue(
                body.path("message").asText().contains("stops at 100 rows of 290"),
                body.path("message").asText());
        assertEquals(100, body.path("exported").asInt());
        assertEquals(100, body.path("rows").size());
        assertEquals(290, body.path("total").asInt());
    }

    @Test
    void fiveThousandFindingsStreamWithAFlatHeap(Engine engine) throws IOException {
        ElasticsearchClient client = engine.client();
        indexSynthetic(client, SYNTHETIC, SYNTHETIC_ROWS, TEXT_LENGTH);
        try {
            ExportService service = new ExportService(
                    Backend.open(
                            client,
                            new SearchIndices(SYNTHETIC, SYNTHETIC),
                            CorpusIndex.vocabulary(),
                            CorpusIndex.TIME_LIMIT),
                    CorpusIndex.searchService(engine)::selection);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            CountingStream out = new CountingStream(memory);
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            ExportService.Summary summary =
                    service.export(SearchQuery.browse(), ExportFormat.JSON, "http://x", (total, capped) -> out);
            assertEquals(SYNTHETIC_ROWS, summary.rows());
            assertTrue(out.bytes > (long) SYNTHETIC_ROWS * TEXT_LENGTH, "all text written: " + out.bytes);
            assertTrue(
                    out.flushes >= SYNTHETIC_ROWS / ExportService.PAGE_SIZE,
                    "each page is flushed before the next is read: " + out.flushes);
            long growth = out.maxUsed - before;
            org.apache.logging.log4j.LogManager.getLogger(ExportServiceTest.class)
                    .info(
                            "Exported {} KB in {} flushes; heap after collection grew by at most {} KB",
                            out.bytes / 1024,
                            out.flushes,
                            growth / 1024);
            // Flat, not merely small: the heap in the second half of the export is no higher than in
            // the first (no build-up), and never near what holding the output would take (the text as
            // Java strings is twice its UTF-8 size). Other tests' servers share this JVM, so a few MB
            // of noise either way is expected.
            int half = out.samples.size() / 2;
            long firstHalf = out.samples.subList(0, half).stream()
                    .mapToLong(Long::longValue)
                    .max()
                    .orElse(0);
            long secondHalf = out.samples.subList(half, out.samples.size()).stream()
                    .mapToLong(Long::longValue)
                    .max()
                    .orElse(0);
            assertTrue(
                    secondHalf < firstHalf + 6L * 1024 * 1024,
                    "heap rose from " + firstHalf / 1024 + " KB in the " + "first half of the export to "
                            + secondHalf / 1024 + " KB in the second");
            assertTrue(
                    growth < out.bytes,
                    "heap grew by " + growth / 1024 + " KB while writing " + out.bytes / 1024 + " KB");
        } finally {
            client.indices().delete(d -> d.index(SYNTHETIC));
        }
    }

    @Test
    void anExportInterruptedAfterItsHeadersSaysSoInTheFile(Engine engine) throws IOException {
        ElasticsearchClient client = engine.client();
        String index = SYNTHETIC + "-interrupted";
        indexSynthetic(client, index, 1_200, 100);
        ExportService service = new ExportService(
                Backend.open(client, new SearchIndices(index, index), CorpusIndex.vocabulary(), CorpusIndex.TIME_LIMIT),
                CorpusIndex.searchService(engine)::selection);
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            private boolean deleted;

            @Override
            public void flush() {
                if (!deleted) {
                    deleted = true;
                    try {
                        client.indices().delete(d -> d.index(index));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        };
        try {
            service.export(SearchQuery.browse(), ExportFormat.CSV, "http://x", (total, capped) -> out);
            throw new AssertionError("the export should have failed once its index was gone");
        } catch (RuntimeException expected) {
            List<List<String>> all =
                    CsvReading.parse(out.toString(StandardCharsets.UTF_8).substring(1));
            List<List<String>> rows = all.subList(ExportService.CSV_PREAMBLE_ROWS, all.size());
            assertEquals(1 + ExportService.PAGE_SIZE + 1, rows.size(), "header, the first page, the message");
            assertTrue(
                    rows.get(rows.size() - 1).get(0).startsWith("Export interrupted after 500 of 1200 rows"),
                    rows.get(rows.size() - 1).toString());
        } finally {
            if (client.indices().exists(e -> e.index(index)).value()) {
                client.indices().delete(d -> d.index(index));
            }
        }
    }

    private static void indexSynthetic(ElasticsearchClient client, String name, int count, int textLength)
            throws IOException {
        if (client.indices().exists(e -> e.index(name)).value()) {
            client.indices().delete(d -> d.index(name));
        }
        client.indices()
                .create(c -> c.index(name)
                        .settings(
                                s -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval(t -> t.time("-1")))
                        .mappings(m -> m.properties("id", p -> p.keyword(k -> k))
                                .properties("documentId", p -> p.keyword(k -> k))
                                .properties("ordinal", p -> p.integer(i -> i))
                                .properties("area", p -> p.keyword(k -> k))
                                .properties("polarity", p -> p.keyword(k -> k))
                                .properties("themes", p -> p.keyword(k -> k))
                                .properties("date", p -> p.date(d -> d.format("strict_date")))
                                .properties("text", p -> p.text(t -> t))));
        String filler = "Children and young people wait too long for assessment. "
                .repeat(textLength / 10)
                .substring(0, textLength);
        for (int start = 0; start < count; start += 500) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (int i = start; i < Math.min(count, start + 500); i++) {
                Map<String, Object> passage = new LinkedHashMap<>();
                String documentId = "synthetic-" + (i / 50);
                passage.put("id", documentId + "-" + (i % 50));
                passage.put("documentId", documentId);
                passage.put("ordinal", i % 50);
                passage.put("area", "Area " + (i % 40));
                passage.put("polarity", i % 2 == 0 ? "weakness" : "strength");
                passage.put("themes", List.of("neurodevelopmental"));
                passage.put("date", "20" + (10 + i % 15) + "-01-01");
                passage.put("text", i + " " + filler);
                String id = (String) passage.get("id");
                bulk.operations(o -> o.index(x -> x.index(name).id(id).document(passage)));
            }
            var response = client.bulk(bulk.build());
            assertTrue(!response.errors(), "bulk indexing failed");
        }
        client.indices().refresh(r -> r.index(name));
    }

    /** Counts what is written and samples the heap (after a collection) at every flush. */
    private static final class CountingStream extends OutputStream {
        private final MemoryMXBean memory;
        long bytes;
        int flushes;
        long maxUsed;
        final java.util.List<Long> samples = new java.util.ArrayList<>();

        CountingStream(MemoryMXBean memory) {
            this.memory = memory;
        }

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        @Override
        public void flush() {
            flushes++;
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            samples.add(used);
            maxUsed = Math.max(maxUsed, used);
        }
    }
}
