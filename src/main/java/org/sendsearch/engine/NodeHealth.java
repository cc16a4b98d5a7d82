package org.sendsearch.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Asks a node on a loopback port whether it answers: whether anything listens there, and the
 * cluster's health colour with the project's login. Plain JDK HTTP rather than the Elasticsearch
 * client, so it works before the client could be built and costs one short request per probe.
 */
final class NodeHealth {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(250);

    private NodeHealth() {}

    /**
     * The cluster's health colour if the node on the port answers Elasticsearch's health API with
     * our login; empty if nothing answers there (yet), or not with a health report.
     *
     * @throws EngineException when the node refuses our login: waiting would not help
     */
    static Optional<String> status(int httpPort, NodeCredentials credentials) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/_cluster/health"))
                .header("Authorization", credentials.basicAuthorization())
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                throw new EngineException(
                        "The Elasticsearch node on port " + httpPort + " refuses the project's login. "
                                + "If its credentials file was deleted or replaced, stop the node and start again.");
            }
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.ofNullable(
                    JSON.readTree(response.body()).path("status").textValue());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether something accepts connections on the port of 127.0.0.1. */
    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Waits until the node started by {@code process} answers with at least yellow health and has
     * written its pid file, and returns that pid. If the process dies first, or time runs out (the
     * process is then killed), throws with the end of its console output.
     */
    static long awaitUsable(
            Process process, NodeFiles files, int httpPort, NodeCredentials credentials, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new EngineException("Elasticsearch exited during start-up (exit " + process.exitValue() + "). "
                        + "Last lines of " + files.consoleLog() + ":\n" + files.consoleTail(25));
            }
            Optional<String> status = status(httpPort, credentials);
            if (status.isPresent() && !status.get().equals("red")) {
                Optional<Long> pid = files.pidIfWritten();
                if (pid.isPresent()) {
                    return pid.get();
                }
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("Interrupted while waiting for Elasticsearch");
            }
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new EngineException("Elasticsearch did not become usable within " + timeout.toSeconds() + " s. "
                + "Last lines of " + files.consoleLog() + ":\n" + files.consoleTail(25));
    }
}
