package org.sendsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.endpoints.BinaryResponse;
import java.io.IOException;

/**
 * Sends a search built with the client's typed builders through the client's own transport, and
 * reads the answer with {@link SearchAnswerReader} instead of the client's typed model. Going
 * through the transport keeps everything the connection was set up with (authentication, TLS,
 * several nodes with failover, request headers) and the client's error decoding: an error answer
 * still arrives as an {@code ElasticsearchException} carrying Elasticsearch's error type and
 * status, which {@link Deadline} turns into messages.
 *
 * <p>The search is sent asynchronously and awaited by {@link Deadline#await} on the calling
 * thread; the answer is read there too, not on the client's I/O thread, which other searches'
 * answers are waiting on.
 */
final class SearchSender {
    /** The search endpoint (same path, parameters and body) with the answer left as bytes. */
    private static final Endpoint<SearchRequest, BinaryResponse, ErrorResponse> ENDPOINT =
            SearchRequest._ENDPOINT.withBinaryResponse();

    private final ElasticsearchTransport transport;
    private final TransportOptions options;
    private final Deadline deadline;

    SearchSender(ElasticsearchClient client, Deadline deadline) {
        this.transport = client._transport();
        this.options = client._transportOptions();
        this.deadline = deadline;
    }

    /**
     * Sends the search and reads the answer.
     *
     * @throws SearchUnavailableException when Elasticsearch cannot answer within the time limit
     * @throws InvalidSearchException     when it refuses the search as malformed
     */
    SearchAnswer send(SearchRequest search) {
        BinaryResponse answer =
                deadline.await("Search", () -> transport.performRequestAsync(search, ENDPOINT, options));
        try (answer) {
            return SearchAnswerReader.read(answer.content());
        } catch (IOException e) {
            throw Deadline.translate("Search", e);
        }
    }
}
