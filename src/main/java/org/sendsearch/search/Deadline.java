package org.sendsearch.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.engine.Engine;

/**
 * Runs a call to Elasticsearch with a time limit, turning every way it can fail into something
 * fit to show: a stopped node answers "cannot be reached" at once, a stuck one after the limit, a
 * missing index "nothing indexed yet". Raw errors go to the log only. Calls run on virtual
 * threads, so a stuck call costs no platform thread; a call the client makes asynchronously
 * ({@link #await}) needs no thread of its own at all. Whoever builds one closes it ({@link Backend}).
 */
public final class Deadline implements AutoCloseable {
    private static final Logger log = LogManager.getLogger(Deadline.class);
    static final String UNREACHABLE = "The search engine cannot be reached right now. Please try again in a minute.";
    static final String NOT_INDEXED = "Nothing has been indexed yet, so there is nothing to search. "
            + "Index the corpus (send-search up does it) and try again.";

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Duration limit;

    public Deadline(Duration limit) {
        this.limit = limit;
    }

    public interface Call<T> {
        T run() throws Exception;
    }

    public <T> T run(String what, Call<T> call) {
        Callable<T> task = call::run;
        return within(what, executor.submit(task));
    }

    /**
     * Waits for the answer of a call the client sends asynchronously, on the calling thread: the
     * same limit and messages as {@link #run}, without handing the call to a thread of its own
     * and back (two thread wake-ups per call, on a path that runs for every search). A call still
     * running at the limit is cancelled, which aborts its HTTP request.
     */
    public <T> T await(String what, Call<CompletableFuture<T>> call) {
        CompletableFuture<T> future;
        try {
            future = call.run();
        } catch (Exception e) {
            throw translate(what, e);
        }
        return within(what, future);
    }

    /** The call's result if it comes within the limit; otherwise it is cancelled and reported. */
    private <T> T within(String what, Future<T> future) {
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            log.warn("{} took longer than {} ms; reported as unavailable", what, limit.toMillis());
            throw new SearchUnavailableException(UNREACHABLE, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException(UNREACHABLE, e);
        } catch (ExecutionException e) {
            throw translate(what, e.getCause());
        }
    }

    /** Stops the executor: calls still running are interrupted, and new ones are refused. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** The message to show for a failed call to Elasticsearch; the raw error goes to the log. */
    static RuntimeException translate(String what, Throwable cause) {
        if (cause instanceof InvalidSearchException invalid) {
            return invalid;
        }
        if (cause instanceof ElasticsearchException es) {
            String type = es.error() == null ? null : es.error().type();
            if ("index_not_found_exception".equals(type)) {
                log.warn("{}: index not found ({})", what, Engine.describe(es));
                return new SearchUnavailableException(NOT_INDEXED, es);
            }
            if (es.status() == 400) {
                log.info("{}: Elasticsearch refused the query: {}", what, Engine.describe(es));
                return new InvalidSearchException(
                        "This search could not be run as written; try fewer or simpler words.");
            }
            log.error("{}: Elasticsearch error {}: {}", what, es.status(), Engine.describe(es));
            return new SearchUnavailableException("The search engine could not answer this search right now.", es);
        }
        log.warn("{}: Elasticsearch cannot be reached: {}", what, Engine.describe(cause));
        return new SearchUnavailableException(UNREACHABLE, cause);
    }
}
