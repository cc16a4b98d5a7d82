package org.sendsearch.search;

/**
 * Search cannot answer right now (Elasticsearch down, too slow, or nothing indexed yet). The
 * message is plain and safe to show; the cause is kept for the log only (it becomes a 503).
 */
public final class SearchUnavailableException extends RuntimeException {
    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
