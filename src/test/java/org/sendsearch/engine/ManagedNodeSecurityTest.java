package org.sendsearch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.testing.RealElasticsearch;

/** The managed node runs with security on: only the project's generated login gets in. */
@ExtendWith(RealElasticsearch.class)
class ManagedNodeSecurityTest {
    @Test
    void anonymousRequestsAreRefused(ManagedNode node) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(node.url() + "/_cat/indices"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode());
    }

    @Test
    void theGeneratedPasswordIsKeptInAnOwnerOnlyFile(ManagedNode node) throws Exception {
        Path file = node.directory().getParent().resolve(node.config().clusterName() + ".credentials");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(
                Files.readString(file).contains("password=" + node.credentials().password()));
        assertTrue(node.credentials().password().length() >= 24);
        assertFalse(node.credentials().toString().contains(node.credentials().password()));
        assertFalse(node.connection().toString().contains(node.credentials().password()));
    }

    @Test
    void theNodeListensOnLoopbackOnly(ManagedNode node) throws Exception {
        String yaml = Files.readString(node.directory().resolve("config/elasticsearch.yml"));
        assertTrue(yaml.contains("network.host: 127.0.0.1\n"));
        assertTrue(yaml.contains("xpack.security.enabled: true\n"));
    }
}
