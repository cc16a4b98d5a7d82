package org.sendsearch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.engine.Engine;
import org.sendsearch.index.IndexConfig;
import org.sendsearch.index.IndexLayout;
import org.sendsearch.index.Indexer;
import org.sendsearch.index.IngestReportStore;
import org.sendsearch.index.ProgressDisplay;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.search.CorpusIndex;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.testing.TestNodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The web server on the shared test node, over two corpora indexed by the real indexer: the
 * bundled corpus, and a one-document corpus whose text holds {@code <script>} (written as
 * entities in the file, which extraction decodes), to prove pages show it as text. One server per
 * test run, on free ports; see {@link Extension}.
 */
public final class TestSite implements AutoCloseable {
    static final String HOSTILE_PREFIX = "search-it-hostile";
    static final String HOSTILE_FILE = "testshire-2020-joint-local-area-send-inspection-letter.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebServer server;
    private final WebServer hostileServer;
    private final Path dataDirectory;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestSite(Engine engine) {
        dataDirectory = TestNodes.newFolder("send-search-web-test-");
        SearchSettings settings = new SearchSettings(CorpusIndex.INDICES, CorpusIndex.vocabulary(),
                new SourceFiles(CorpusIndex.corpus()), CorpusIndex.TIME_LIMIT);
        server = WebServer.start(new WebOptions("127.0.0.1", 0), engine,
                IngestReportStore.inDataDirectory(dataDirectory), settings);
        Path hostileCorpus = hostileCorpus(dataDirectory.resolve("hostile"));
        index(engine, HOSTILE_PREFIX, hostileCorpus);
        SearchSettings hostileSettings = new SearchSettings(new SearchIndices(HOSTILE_PREFIX + "-passages",
                HOSTILE_PREFIX + "-documents"), CorpusIndex.vocabulary(), new SourceFiles(hostileCorpus), CorpusIndex.TIME_LIMIT);
        hostileServer = WebServer.start(new WebOptions("127.0.0.1", 0), engine,
                IngestReportStore.inDataDirectory(dataDirectory), hostileSettings);
    }

    private static Path hostileCorpus(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(HOSTILE_FILE), """
                    Joint local area SEND inspection in Testshire

                    Main findings

                    - Parents pasted &lt;script&gt;window.pwned = true&lt;/script&gt; into the survey form about speech therapy.
                    - A reply read: 1 &lt; 2 &amp; &lt;img src=x onerror="window.pwned=true"&gt; about speech therapy.
                    - Children wait too long for speech and language therapy.
                    """);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void index(Engine engine, String prefix, Path corpus) {
        try {
            ConfigDirectory config = CorpusIndex.config();
            new Indexer(engine.client(), new IndexLayout(prefix), IndexConfig.load(config),
                    Extractor.fromConfig(config.path(), Extractor.DEFAULT_MAX_BYTES), ProgressDisplay.none())
                    .run(List.of(corpus), false);
            engine.client().indices().refresh(r -> r.index(prefix + "-*"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    public String hostileBase() {
        return "http://127.0.0.1:" + hostileServer.port();
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return getFrom(base(), pathAndQuery);
    }

    public HttpResponse<String> getFrom(String base, String pathAndQuery) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET, expecting 200, as JSON. */
    public JsonNode json(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " gave " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    public static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
        hostileServer.close();
        TestNodes.delete(dataDirectory);
    }

    /** Gives test methods the run's shared {@link TestSite}: {@code @ExtendWith(TestSite.Extension.class)}. */
    public static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestSite.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return shared(context);
        }
    }

    static synchronized TestSite shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(TestSite.class))
                .getOrComputeIfAbsent(TestSite.class, key -> new TestSite(CorpusIndex.engine(context)), TestSite.class);
    }
}
