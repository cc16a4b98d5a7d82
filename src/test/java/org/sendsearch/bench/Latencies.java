package org.sendsearch.bench;

import java.util.Arrays;

/**
 * Request latencies in nanoseconds and their percentiles (nearest rank), so that one slow
 * request shows in p99 and not in p50.
 */
final class Latencies {
    private long[] nanos = new long[256];
    private int count;
    private long errors;

    synchronized void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized void error() {
        errors++;
    }

    synchronized int count() {
        return count;
    }

    synchronized long errors() {
        return errors;
    }

    /** The percentile in milliseconds (0 when nothing was measured). */
    synchronized double percentileMillis(double percentile) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }
}
