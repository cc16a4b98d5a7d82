package org.sendsearch.web;

import java.util.Locale;

/**
 * The one word {@code /api/health} answers with, in {@code "status"}: what a person or a monitor
 * can act on.
 */
enum HealthStatus {
    /** Search works. */
    OK,
    /** Elasticsearch answers but the cluster is red: some searches may fail or miss documents. */
    DEGRADED,
    /** Elasticsearch cannot be reached, and nothing here is bringing it back. */
    UNAVAILABLE,
    /** The managed node died and {@code up} is starting it again: search is back within a minute or two. */
    RESTARTING,
    /** The managed node died too often and {@code up} has stopped restarting it: a person has to look. */
    STOPPED;

    /** The word in the JSON answer. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
