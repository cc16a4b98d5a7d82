package org.sendsearch.search;

/**
 * A search request that cannot be run as asked: the message says which parameter was wrong and
 * why, in words fit to show the person who sent it (it becomes a 400).
 */
public final class InvalidSearchException extends RuntimeException {
    public InvalidSearchException(String message) {
        super(message);
    }
}
