package org.sendsearch.web;

/**
 * Where the web server listens. Loopback by default: binding to other interfaces is a choice the
 * person running it makes explicitly.
 */
public record WebOptions(String host, int port) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public WebOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The web port must be between 0 and 65535, not " + port);
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("The web host must not be empty");
        }
    }

    public static WebOptions defaults() {
        return new WebOptions(DEFAULT_HOST, DEFAULT_PORT);
    }
}
