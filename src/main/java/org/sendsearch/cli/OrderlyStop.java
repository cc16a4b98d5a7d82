package org.sendsearch.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM as an orderly stop: the command's own stop runs first, while the JVM
 * is still whole, and the JVM exits after it.
 *
 * <p>Why not a shutdown hook alone: the embedding model's native runtime (ONNX Runtime) closes its
 * environment in a shutdown hook of its own, and all hooks run at once. A passage being embedded
 * at that moment crashed the JVM (SIGSEGV in {@code OrtSession.run}) before {@code up} had stopped
 * its Elasticsearch node, which was left running. Handling the signal first lets the stop end the
 * vector fill, wait for its last batch, close the server and stop the node; only then do the hooks,
 * the model's among them, run. A shutdown hook still calls the same stop for every other way the
 * JVM ends; the stop runs once.
 *
 * <p>{@code sun.misc.Signal} is the JDK's supported way to do this (module {@code jdk.unsupported}).
 */
final class OrderlyStop {
    private static final Logger log = LogManager.getLogger(OrderlyStop.class);

    private final Runnable stop;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile int status;
    private final Object done = new Object();
    private boolean finished;

    private OrderlyStop(Runnable stop) {
        this.stop = stop;
    }

    /**
     * Runs {@code stop} once, on SIGINT or SIGTERM (then exits 130 or 143) or when the JVM ends
     * otherwise.
     */
    static OrderlyStop install(Runnable stop, String name) {
        OrderlyStop orderly = new OrderlyStop(stop);
        Runtime.getRuntime().addShutdownHook(new Thread(orderly::runOnce, name));
        for (String signal : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(signal), caught -> {
                    log.info("SIG{} received: stopping", caught.getName());
                    orderly.status = 128 + caught.getNumber();
                    orderly.runOnce();
                    System.exit(128 + caught.getNumber());
                });
            } catch (IllegalArgumentException e) {
                // The signal is taken (or ignored from the start): the shutdown hook still stops.
                log.debug("Cannot handle SIG{} ({}); the shutdown hook will stop", signal, e.getMessage());
            }
        }
        return orderly;
    }

    /** The exit status a stop gives: 128 plus the signal's number, or 0 when no signal stopped it. */
    int status() {
        return status;
    }

    /** Runs the stop the first time; later callers wait until it has finished. */
    private void runOnce() {
        if (started.compareAndSet(false, true)) {
            try {
                stop.run();
            } finally {
                synchronized (done) {
                    finished = true;
                    done.notifyAll();
                }
            }
            return;
        }
        synchronized (done) {
            while (!finished) {
                try {
                    done.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
