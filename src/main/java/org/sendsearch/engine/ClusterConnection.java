package org.sendsearch.engine;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Where an existing Elasticsearch cluster is and how to log in to it. Secrets come from the
 * environment or a config file, never from the command line (where {@code ps} would show them),
 * and never appear in {@link #toString()}.
 *
 * @param urls one or more nodes of the cluster; the client spreads requests over them and
 *             fails over when one is down
 * @param apiKey base64 "id:key" API key, or null
 * @param caCertificate a PEM CA certificate to trust for https, or null for the JVM's defaults
 */
public record ClusterConnection(List<URI> urls, String apiKey, String username, String password, Path caCertificate) {
    /** Environment variables read by {@link #resolve}. */
    public static final String URL_VARIABLE = "SENDSEARCH_ES_URL";

    public static final String API_KEY_VARIABLE = "SENDSEARCH_ES_API_KEY";
    public static final String USERNAME_VARIABLE = "SENDSEARCH_ES_USERNAME";
    public static final String PASSWORD_VARIABLE = "SENDSEARCH_ES_PASSWORD";
    public static final String CA_CERT_VARIABLE = "SENDSEARCH_ES_CA_CERT";

    private static final Logger log = LogManager.getLogger(ClusterConnection.class);

    public ClusterConnection {
        if (urls == null || urls.isEmpty()) {
            throw new EngineException("No Elasticsearch URL was given.");
        }
        urls = List.copyOf(urls);
        for (URI url : urls) {
            if (url == null
                    || url.getScheme() == null
                    || url.getHost() == null
                    || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
                throw new EngineException(
                        "The Elasticsearch URL must look like http://host:9200 or https://host:9243, not '" + url
                                + "'.");
            }
        }
        if (username != null && password == null) {
            throw new EngineException(
                    "An Elasticsearch username was given without a password (" + PASSWORD_VARIABLE + ").");
        }
        if (caCertificate != null && !Files.isReadable(caCertificate)) {
            throw new EngineException("The CA certificate " + caCertificate + " cannot be read.");
        }
    }

    /** A connection without credentials to one node, as used for the managed node. */
    public static ClusterConnection local(URI url) {
        return new ClusterConnection(List.of(url), null, null, null, null);
    }

    /** The first node's URL, which names the cluster in messages. */
    public URI url() {
        return urls.get(0);
    }

    /**
     * Resolves the connection to an existing cluster, if one is asked for: the URL (or several,
     * comma-separated, for several nodes of one cluster) from the command
     * line, else the environment, else the config file; credentials from the environment, else the
     * config file (properties {@code elasticsearch.url}, {@code .apiKey}, {@code .username},
     * {@code .password}, {@code .caCertificate}).
     *
     * @return empty when no URL is given anywhere: the project then runs its own node
     */
    public static Optional<ClusterConnection> resolve(
            String urlOption, Map<String, String> environment, Path configFile) {
        Properties file = configFile == null ? new Properties() : load(configFile);
        String url = firstOf(urlOption, environment.get(URL_VARIABLE), file.getProperty("elasticsearch.url"));
        if (url == null) {
            return Optional.empty();
        }
        List<URI> uris = new java.util.ArrayList<>();
        for (String part : url.split(",")) {
            try {
                uris.add(URI.create(part.strip()));
            } catch (IllegalArgumentException e) {
                throw new EngineException(
                        "The Elasticsearch URL '" + part.strip() + "' is not a valid URL: " + e.getMessage());
            }
        }
        String caCertificate =
                firstOf(environment.get(CA_CERT_VARIABLE), file.getProperty("elasticsearch.caCertificate"));
        return Optional.of(new ClusterConnection(
                uris,
                firstOf(environment.get(API_KEY_VARIABLE), file.getProperty("elasticsearch.apiKey")),
                firstOf(environment.get(USERNAME_VARIABLE), file.getProperty("elasticsearch.username")),
                firstOf(environment.get(PASSWORD_VARIABLE), file.getProperty("elasticsearch.password")),
                caCertificate == null ? null : Path.of(caCertificate)));
    }

    private static Properties load(Path configFile) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(configFile)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new EngineException("Could not read the config file " + configFile + ": " + e.getMessage(), e);
        }
        warnIfOthersCanRead(configFile, properties);
        return properties;
    }

    private static void warnIfOthersCanRead(Path configFile, Properties properties) {
        if (!properties.containsKey("elasticsearch.password") && !properties.containsKey("elasticsearch.apiKey")) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(configFile);
            if (permissions.contains(PosixFilePermission.OTHERS_READ)
                    || permissions.contains(PosixFilePermission.GROUP_READ)) {
                log.warn(
                        "{} holds Elasticsearch credentials but others can read it: chmod 600 {}",
                        configFile,
                        configFile);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to check.
        }
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** How the connection authenticates, for logs: never the secret itself. */
    public String authentication() {
        if (apiKey != null) {
            return "API key";
        }
        if (username != null) {
            return "user " + username;
        }
        return "no credentials";
    }

    @Override
    public String toString() {
        return "ClusterConnection[" + urls + ", " + authentication()
                + (caCertificate == null ? "" : ", CA " + caCertificate) + "]";
    }
}
