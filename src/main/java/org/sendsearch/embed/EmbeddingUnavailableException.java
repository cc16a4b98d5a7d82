package org.sendsearch.embed;

/**
 * The embedding model cannot run in this process (its native libraries do not load on this
 * platform, or its files are missing from the class path). Search then works lexically only.
 */
public final class EmbeddingUnavailableException extends RuntimeException {
    public EmbeddingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
