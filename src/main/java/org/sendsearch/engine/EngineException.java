package org.sendsearch.engine;

/**
 * A failure to provide a usable Elasticsearch, with a message written for the person running the
 * command: what went wrong and, where we know it, what to do about it.
 */
public class EngineException extends RuntimeException {
    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
