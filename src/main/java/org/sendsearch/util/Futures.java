package org.sendsearch.util;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work sent beside other work, with its own exception as thrown. */
public final class Futures {
    private Futures() {}

    /**
     * The result of {@code pending}, waiting for it. An unchecked exception it failed with is
     * thrown as it is (an unavailable or invalid search keeps its type and message for the page),
     * not wrapped in the {@code CompletionException} that {@code join} would throw.
     */
    public static <T> T join(CompletableFuture<T> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
