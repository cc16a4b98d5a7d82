package org.sendsearch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterConnectionTest {
    @Test
    void noUrlAnywhereMeansTheManagedNode() {
        assertEquals(Optional.empty(), ClusterConnection.resolve(null, Map.of(), null));
    }

    @Test
    void credentialsComeFromTheEnvironment() {
        String password = madeUpSecret();
        ClusterConnection connection = ClusterConnection.resolve(
                        "https://search.example:9243",
                        Map.of(
                                ClusterConnection.USERNAME_VARIABLE,
                                "indexer",
                                ClusterConnection.PASSWORD_VARIABLE,
                                password),
                        null)
                .orElseThrow();
        assertEquals(URI.create("https://search.example:9243"), connection.url());
        assertEquals("indexer", connection.username());
        assertEquals("user indexer", connection.authentication());
    }

    @Test
    void theConfigFileSuppliesWhatTheEnvironmentDoesNot(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("send-search.properties");
        Files.writeString(
                file, "elasticsearch.url=http://10.1.2.3:9200\nelasticsearch.apiKey=" + madeUpSecret() + "\n");
        ClusterConnection connection =
                ClusterConnection.resolve(null, Map.of(), file).orElseThrow();
        assertEquals("http://10.1.2.3:9200", connection.url().toString());
        assertEquals("API key", connection.authentication());
    }

    @Test
    void severalNodesOfOneClusterAreCommaSeparated() {
        ClusterConnection connection = ClusterConnection.resolve("http://n1:9200, http://n2:9200", Map.of(), null)
                .orElseThrow();
        assertEquals(List.of(URI.create("http://n1:9200"), URI.create("http://n2:9200")), connection.urls());
    }

    @Test
    void secretsNeverAppearInItsDescription() {
        String apiKey = madeUpSecret();
        ClusterConnection connection =
                new ClusterConnection(List.of(URI.create("http://h:9200")), apiKey, null, null, null);
        assertFalse(connection.toString().contains(apiKey), connection.toString());
        String password = madeUpSecret();
        ClusterConnection user = new ClusterConnection(List.of(URI.create("http://h:9200")), null, "u", password, null);
        assertFalse(user.toString().contains(password), user.toString());
    }

    @Test
    void badUrlsAndHalfCredentialsAreRefusedWithAReason() {
        EngineException scheme =
                assertThrows(EngineException.class, () -> ClusterConnection.resolve("ftp://h:21", Map.of(), null));
        assertTrue(scheme.getMessage().contains("http://host:9200"), scheme.getMessage());
        EngineException password = assertThrows(
                EngineException.class,
                () -> ClusterConnection.resolve(
                        "http://h:9200", Map.of(ClusterConnection.USERNAME_VARIABLE, "u"), null));
        assertTrue(password.getMessage().contains(ClusterConnection.PASSWORD_VARIABLE), password.getMessage());
    }

    /** A credential made up for the test run, so that none is committed. */
    private static String madeUpSecret() {
        return java.util.Base64.getEncoder()
                .encodeToString(
                        java.util.UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
