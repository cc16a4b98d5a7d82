package org.sendsearch.cli;

import org.sendsearch.web.WebOptions;
import picocli.CommandLine.Option;

/** Where the web server listens. */
public final class WebMixin {
    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "" + WebOptions.DEFAULT_PORT,
            description = "Port of the web UI and JSON API (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = WebOptions.DEFAULT_HOST,
            description = "Address to bind the web server to (default: ${DEFAULT-VALUE}, this machine only). "
                    + "Binding to 0.0.0.0 or a public address exposes the service to the network.")
    String host;

    public WebOptions webOptions() {
        return new WebOptions(host, port);
    }
}
