package org.sendsearch.web.page;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where the footer's "Feedback" link goes: {@code $SENDSEARCH_FEEDBACK_URL} (an {@code https:},
 * {@code http:} or {@code mailto:} address chosen by whoever runs the service, e.g. their issue
 * tracker), or the help page's feedback section, which says that none was set. Read once; a
 * malformed value stops the server at start-up with the variable named ({@link #check}).
 */
public final class Feedback {
    public static final String VARIABLE = "SENDSEARCH_FEEDBACK_URL";
    /** The help page's section used when no address is configured. */
    public static final String FALLBACK = "/help#feedback";

    private static final String CONFIGURED = parse(System.getenv(VARIABLE));

    private Feedback() {}

    /** The feedback link's address. */
    public static String href() {
        return CONFIGURED == null ? FALLBACK : CONFIGURED;
    }

    /** Whether an address was configured (the help page says so when not). */
    public static boolean configured() {
        return CONFIGURED != null;
    }

    /** Fails (naming the variable) when the configured address is unusable; call at start-up. */
    public static void check() {
        // The static initialiser has run by now: a bad value threw there.
        href();
    }

    /** The address, or null when {@code value} is unset or blank; throws when it is not an allowed address. */
    public static String parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("https") || scheme.equals("http") || scheme.equals("mailto")) {
                return trimmed;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                VARIABLE + " must be an https:, http: or mailto: address, not '" + trimmed + "'");
    }
}
