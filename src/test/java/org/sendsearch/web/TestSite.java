package org.sendsearch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.sendsearch.cli.ServiceFactory;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.engine.Engine;
import org.sendsearch.index.IndexConfig;
import org.sendsearch.index.IndexLayout;
import org.sendsearch.index.Indexer;
import org.sendsearch.index.IngestReportStore;
import org.sendsearch.index.ProgressDisplay;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.ingest.PublishedAddresses;
import org.sendsearch.search.CorpusIndex;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.testing.TestNodes;

/**
 * The web server on the shared test node, over two corpora indexed by the real indexer: the
 * bundled corpus, and a small hostile corpus whose text, titles and file names carry script,
 * event-handler, {@code javascript:}, SVG, {@code <iframe srcdoc>}, attribute-breaking and
 * spreadsheet-formula payloads (written as entities in the files, which extraction decodes), to
 * prove pages, API and export show them as text. Every payload that could run sets
 * {@code window.pwned} (or calls {@code alert}), so a browser test can tell. One server per test
 * run, on free ports; see {@link Extension}.
 */
public final class TestSite implements AutoCloseable {
    static final String HOSTILE_PREFIX = "search-it-hostile";
    static final String HOSTILE_FILE = "testshire-2020-joint-local-area-send-inspection-letter.txt";
    /** A file name that is itself markup; Linux allows every character but '/' and NUL. */
    static final String HOSTILE_NAME_FILE = "\"><img src=x onerror=alert(window.pwned=1)>.txt";
    /** The title of the letter in {@link #HOSTILE_NAME_FILE}, as extraction reads it. */
    static final String HOSTILE_TITLE =
            "Joint local area SEND inspection in Liverpool \"><script>alert(window.pwned=2)</script>";
    /** An HTML council report with live payloads in its markup (which extraction drops) and in its text. */
    static final String HOSTILE_HTML_FILE = "knowsley-2021-send-improvement-report.html";
    /**
     * The published address {@code published-addresses.tsv} gives {@link #HOSTILE_FILE}: a real
     * https address whose query carries attribute-breaking quotes; the list's other lines
     * ({@code javascript:}, {@code data:}) and the HTML file's {@code javascript:} canonical link
     * are refused.
     */
    static final String HOSTILE_PUBLISHED =
            "https://reports.example.org/provider/44/80538?area=Testshire&x='onmouseover='alert(window.pwned=23)'";

    /** The opening of a finding that Excel would run as a formula if the export did not guard it. */
    static final String FORMULA = "=HYPERLINK(\"http://example.invalid/x\",\"annual reviews\")";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebServer server;
    private final WebServer hostileServer;
    private final Path dataDirectory;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestSite(Engine engine) {
        dataDirectory = TestNodes.newFolder("send-search-web-test-");
        SearchSettings settings = new SearchSettings(
                CorpusIndex.INDICES,
                CorpusIndex.vocabulary(),
                new SourceFiles(CorpusIndex.corpus()),
                CorpusIndex.TIME_LIMIT);
        server = WebServer.start(
                new WebOptions("127.0.0.1", 0),
                ServiceFactory.open(engine, settings, IngestReportStore.inDataDirectory(dataDirectory)));
        Path hostileCorpus = hostileCorpus(dataDirectory.resolve("hostile"));
        index(engine, HOSTILE_PREFIX, hostileCorpus);
        SearchSettings hostileSettings = new SearchSettings(
                new SearchIndices(HOSTILE_PREFIX + "-passages", HOSTILE_PREFIX + "-documents"),
                CorpusIndex.vocabulary(),
                new SourceFiles(hostileCorpus),
                CorpusIndex.TIME_LIMIT);
        hostileServer = WebServer.start(
                new WebOptions("127.0.0.1", 0),
                ServiceFactory.open(engine, hostileSettings, IngestReportStore.inDataDirectory(dataDirectory)));
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
            Files.writeString(folder.resolve(HOSTILE_NAME_FILE), """
                    Title: Joint local area SEND inspection in Liverpool &quot;&gt;&lt;script&gt;alert(window.pwned=2)&lt;/script&gt;

                    Ofsted and Care Quality Commission

                    Dear Director of Children's Services

                    Main findings

                    Leaders wrote javascript:alert(window.pwned=3) into the contact form for annual reviews.

                    The council portal showed &lt;svg onload=alert(window.pwned=4)&gt; where annual reviews were listed.

                    A parent forwarded &lt;iframe srcdoc="&lt;script&gt;parent.pwned=5&lt;/script&gt;"&gt;&lt;/iframe&gt; about annual reviews.

                    Staff pasted " onmouseover="alert(window.pwned=6)" x=" and ' onfocus='alert(window.pwned=7)' autofocus x=' into annual reviews.

                    %s were pasted into the minutes of the annual reviews panel.

                    @SUM(A1:A9) was found in the annual reviews tracker, and annual reviews were late.

                    Yours sincerely

                    Her Majesty's Inspector
                    """.formatted(FORMULA));
            Files.writeString(folder.resolve(HOSTILE_HTML_FILE), """
                    <!DOCTYPE html>
                    <html><head><title>Ignored &lt;b&gt;</title><script>window.pwned = 10;</script>
                    <meta http-equiv="refresh" content="0;url=javascript:alert(window.pwned=11)">
                    <link rel="canonical" href="javascript:alert(window.pwned=22)"></head>
                    <body onload="window.pwned = 12">
                    <h1>Knowsley SEND improvement report &amp;lt;img src=x onerror=alert(window.pwned=13)&amp;gt;</h1>
                    <p>Report of: Director of Children's Services. Report author: the transition planning lead.</p>
                    <p>Recommendation: the board notes the <a href="javascript:alert(window.pwned=14)">portal link</a> for transition planning.</p>
                    <p><svg onload="alert(window.pwned=15)"><text>drawing</text></svg>Transition planning for young people is improving in Knowsley.</p>
                    <iframe srcdoc="&lt;script&gt;parent.pwned=16&lt;/script&gt;"></iframe>
                    <p><img src=x onerror="alert(window.pwned=17)">Transition planning notes quoted &amp;lt;iframe srcdoc=&amp;quot;&amp;lt;script&amp;gt;parent.pwned=18&amp;lt;/script&amp;gt;&amp;quot;&amp;gt; from the portal.</p>
                    <p onmouseover="alert(window.pwned=19)">Families said transition planning starts too late: &amp;quot;&amp;gt;&amp;lt;script&amp;gt;alert(window.pwned=20)&amp;lt;/script&amp;gt;.</p>
                    <form action="javascript:alert(window.pwned=21)"><button>Send</button></form>
                    </body></html>
                    """);
            Files.writeString(
                    folder.resolve(PublishedAddresses.FILE_NAME),
                    "# One good line, then two attacks\n"
                            + HOSTILE_FILE + "\t" + HOSTILE_PUBLISHED + "\n"
                            + HOSTILE_NAME_FILE + "\tjavascript:alert(window.pwned=24)\n"
                            + HOSTILE_HTML_FILE
                            + "\tdata:text/html;base64,PHNjcmlwdD5wYXJlbnQucHduZWQ9MjU8L3NjcmlwdD4=\n");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void index(Engine engine, String prefix, Path corpus) {
        try {
            ConfigDirectory config = CorpusIndex.config();
            new Indexer(
                            engine.client(),
                            new IndexLayout(prefix),
                            IndexConfig.load(config),
                            Extractor.fromConfig(config.path(), Extractor.DEFAULT_MAX_BYTES),
                            ProgressDisplay.none())
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
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                            .timeout(Duration.ofSeconds(20))
                            .build(),
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
        return getJson(base(), pathAndQuery);
    }

    /** GET from the given server, expecting 200, as JSON. */
    public JsonNode getJson(String base, String pathAndQuery) {
        HttpResponse<String> response = getFrom(base, pathAndQuery);
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
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.create(TestSite.class))
                .getOrComputeIfAbsent(TestSite.class, key -> new TestSite(CorpusIndex.engine(context)), TestSite.class);
    }
}
