package org.sendsearch.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cat.indices.IndicesRecord;
import co.elastic.clients.elasticsearch.cat.nodes.NodesRecord;
import co.elastic.clients.elasticsearch.cat.plugins.PluginsRecord;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The Elasticsearch this run uses: a connected client, and the managed node behind it when the
 * project runs its own. Everything above this package talks to Elasticsearch only through
 * {@link #client()}, so nothing assumes the managed node.
 */
public final class Engine implements AutoCloseable {
    private static final Logger log = LogManager.getLogger(Engine.class);

    private final ElasticsearchClient client;
    private final URI url;
    private final ManagedNode node; // null when connected to an existing cluster
    private final Duration startTimeout;
    private final Thread shutdownHook;
    private volatile NodeSupervisor supervisor; // set once by superviseNode()

    private Engine(ElasticsearchClient client, URI url, ManagedNode node, Duration startTimeout) {
        this.client = client;
        this.url = url;
        this.node = node;
        this.startTimeout = startTimeout;
        this.shutdownHook = new Thread(this::closeQuietly, "send-search-engine-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Connects to the existing cluster the options name, or prepares and starts the managed node.
     * The managed node is stopped by {@link #close()} and, failing that, when the JVM exits (Ctrl-C).
     */
    public static Engine open(EngineOptions options) {
        if (options.external() != null) {
            ClusterConnection connection = options.external();
            log.info(
                    "Using the existing Elasticsearch cluster at {} ({}); no node of our own is started",
                    connection.url(),
                    connection.authentication());
            Engine engine = new Engine(connect(connection), connection.url(), null, options.startTimeout());
            engine.checkReachable();
            return engine;
        }
        JdkLocator.Jdk jdk = new JdkLocator(System.getenv()).locate();
        NodeAccount account = NodeAccount.forCurrentUser();
        Installation installation = Installation.prepare(EngineFiles.locate(), options.engineDirectory(), jdk);
        NodeConfig config = NodeConfig.singleNode(options.httpPort(), options.transportPort(), options.heapMegabytes());
        ManagedNode node = ManagedNode.start(
                installation, options.engineDirectory().resolve("node"), config, jdk, account, options.startTimeout());
        return new Engine(connect(node.connection()), node.url(), node, options.startTimeout());
    }

    /**
     * Connects to an existing cluster without checking that it answers, as a server that must
     * come up and say "unavailable" while it does not (the tests of that, on a closed port).
     * {@link #open} is for commands: they check first and stop with a plain message.
     */
    public static Engine forCluster(ClusterConnection connection) {
        return new Engine(connect(connection), connection.url(), null, EngineOptions.DEFAULT_START_TIMEOUT);
    }

    /** Wraps a node started by the caller (the multi-node and test setups), which the caller stops. */
    public static Engine forNode(ManagedNode node) {
        return new Engine(connect(node.connection()), node.url(), null, EngineOptions.DEFAULT_START_TIMEOUT);
    }

    /**
     * Starts a {@link NodeSupervisor} on the managed node, which starts the node again if it dies;
     * {@link #close()} stops it before stopping the node. Does nothing for an existing cluster,
     * which is only reported on, never restarted. {@code send-search up} calls this; a short
     * command does not.
     */
    public synchronized void superviseNode(RestartPolicy policy) {
        if (node != null && supervisor == null && !node.isStopping()) {
            supervisor = NodeSupervisor.watch(node, policy, Clock.systemUTC(), Duration.ofSeconds(1), startTimeout);
        }
    }

    /** The supervisor started by {@link #superviseNode}, if any: what {@code /api/health} reports on. */
    public Optional<NodeSupervisor> supervisor() {
        return Optional.ofNullable(supervisor);
    }

    /**
     * Builds a client for a cluster; it does not contact the cluster yet. Timeouts are short for
     * connecting (a stopped node is reported at once) and bounded for answers (a hung node does not
     * hang a page); the pool is sized for many concurrent searches through the web server.
     */
    public static ElasticsearchClient connect(ClusterConnection connection) {
        Rest5ClientBuilder builder = Rest5Client.builder(connection.urls())
                .setRequestConfigCallback(request -> request.setConnectionRequestTimeout(Timeout.ofSeconds(2))
                        .setResponseTimeout(Timeout.ofSeconds(60)))
                .setConnectionConfigCallback(config ->
                        config.setConnectTimeout(Timeout.ofSeconds(1)).setSocketTimeout(Timeout.ofSeconds(60)))
                .setConnectionManagerCallback(
                        pool -> pool.setMaxConnPerRoute(64).setMaxConnTotal(128));
        if (connection.apiKey() != null) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + connection.apiKey())});
        } else if (connection.username() != null) {
            String basic = Base64.getEncoder()
                    .encodeToString(
                            (connection.username() + ":" + connection.password()).getBytes(StandardCharsets.UTF_8));
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "Basic " + basic)});
        }
        if (connection.caCertificate() != null) {
            builder.setSSLContext(trusting(connection.caCertificate()));
        }
        return new ElasticsearchClient(new Rest5ClientTransport(builder.build(), new JacksonJsonpMapper()));
    }

    public ElasticsearchClient client() {
        return client;
    }

    public URI url() {
        return url;
    }

    public boolean isManaged() {
        return node != null;
    }

    public Optional<ManagedNode> node() {
        return Optional.ofNullable(node);
    }

    /** What the health API reports: version, cluster colour, our plugin, and the indices. */
    public EngineStatus status() throws IOException {
        String clusterStatus = client.cluster().health().status().jsonValue();
        // The _cat APIs: the typed nodes-info model is stricter than this minimal distribution's answers.
        List<NodesRecord> nodes =
                client.cat().nodes(request -> request.h("name", "version")).nodes();
        String version = nodes.stream()
                .map(NodesRecord::version)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse("unknown");
        TreeSet<String> plugins = new TreeSet<>();
        client.cat().plugins().plugins().stream()
                .map(PluginsRecord::component)
                .filter(Objects::nonNull)
                .forEach(plugins::add);
        List<EngineStatus.IndexCount> indices = client.cat().indices(request -> request.index("*")).indices().stream()
                .filter(record -> record.index() != null && !record.index().startsWith("."))
                .map(Engine::toIndexCount)
                .sorted(Comparator.comparing(EngineStatus.IndexCount::name))
                .toList();
        return new EngineStatus(version, clusterStatus, nodes.size(), List.copyOf(plugins), indices, node != null);
    }

    private static EngineStatus.IndexCount toIndexCount(IndicesRecord record) {
        long count = record.docsCount() == null ? 0 : Long.parseLong(record.docsCount());
        return new EngineStatus.IndexCount(record.index(), count);
    }

    private void checkReachable() {
        try {
            client.cluster().health();
        } catch (Exception e) {
            close();
            throw new EngineException(
                    "Cannot reach Elasticsearch at " + url + ": " + describe(e)
                            + ". Check the URL and credentials (" + ClusterConnection.URL_VARIABLE + ", "
                            + ClusterConnection.API_KEY_VARIABLE + " or " + ClusterConnection.USERNAME_VARIABLE + "/"
                            + ClusterConnection.PASSWORD_VARIABLE + ").",
                    e);
        }
    }

    /** A one-line description of a client failure, without stack traces or raw response bodies. */
    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    @Override
    public void close() {
        closeQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running us.
        }
    }

    private synchronized void closeQuietly() {
        if (supervisor != null) {
            supervisor.close(); // first: the node is about to go away on purpose
        }
        try {
            client._transport().close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the Elasticsearch client: {}", e.toString());
        }
        if (node != null) {
            node.stop();
        }
    }

    private static SSLContext trusting(Path caCertificate) {
        try (InputStream in = Files.newInputStream(caCertificate)) {
            KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
            trustStore.load(null, null);
            int index = 0;
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trustStore.setCertificateEntry("ca-" + index++, certificate);
            }
            if (index == 0) {
                throw new EngineException("The CA certificate file " + caCertificate + " holds no certificate.");
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new EngineException("Could not use the CA certificate " + caCertificate + ": " + e.getMessage(), e);
        }
    }
}
