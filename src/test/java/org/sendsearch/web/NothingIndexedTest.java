package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.cli.ServiceFactory;
import org.sendsearch.engine.Engine;
import org.sendsearch.index.IngestReportStore;
import org.sendsearch.search.CorpusIndex;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchService;
import org.sendsearch.testing.RealElasticsearch;
import org.sendsearch.testing.TestNodes;

/**
 * Before anything is indexed (aliases that do not exist, on the run's shared node), every page and
 * endpoint that searches answers 503 saying so, with no internals. When Elasticsearch cannot be
 * reached at all, see {@link UnreachableEngineTest}.
 */
@ExtendWith(RealElasticsearch.class)
class NothingIndexedTest {
    @Test
    void everyPageAndEndpointSaysNothingHasBeenIndexedYet(Engine engine) throws Exception {
        Path data = TestNodes.newFolder("send-search-nothing-indexed-");
        SearchSettings settings = new SearchSettings(
                new SearchIndices("nothing-indexed-passages", "nothing-indexed-documents"),
                CorpusIndex.vocabulary(),
                new SourceFiles(CorpusIndex.corpus()),
                SearchService.DEFAULT_TIME_LIMIT);
        HttpClient http = HttpClient.newHttpClient();
        try (WebServer server = WebServer.start(
                new WebOptions("127.0.0.1", 0),
                ServiceFactory.open(engine, settings, IngestReportStore.inDataDirectory(data)))) {
            for (String path : UnreachableEngineTest.PATHS) {
                HttpResponse<String> empty = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(503, empty.statusCode(), path + ": " + empty.body());
                assertTrue(empty.body().contains("Nothing has been indexed yet"), path + ": " + empty.body());
                NoInternals.assertNone(path, empty);
            }
        } finally {
            TestNodes.delete(data);
        }
    }
}
