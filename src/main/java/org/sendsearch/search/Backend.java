package org.sendsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;

/**
 * What every search and research service reads through: the client, the aliases, the labels of
 * the vocabularies, and one {@link Deadline} for all of them. Built once where the services are
 * composed (the web server's, or a command's) and closed there, after the services' last call:
 * closing stops the deadline's executor, so no service owns a thread pool of its own.
 */
public record Backend(ElasticsearchClient client, SearchIndices indices, Vocabulary vocabulary, Deadline deadline)
        implements AutoCloseable {

    /** A backend whose calls are each cut off after {@code timeLimit}. */
    public static Backend open(
            ElasticsearchClient client, SearchIndices indices, Vocabulary vocabulary, Duration timeLimit) {
        return new Backend(client, indices, vocabulary, new Deadline(timeLimit));
    }

    @Override
    public void close() {
        deadline.close();
    }
}
