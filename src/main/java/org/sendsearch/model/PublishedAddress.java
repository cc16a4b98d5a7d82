package org.sendsearch.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a document is published on the web (the inspectorate's or council's own page or PDF), and
 * how that is known: a citation needs it, and real Ofsted PDFs do not print their own address. Stored
 * on the document and on each of its passages as {@link IndexField#PUBLISHED_ADDRESS}
 * ({@code {"url": ..., "origin": "list"}}).
 *
 * <p>Only an absolute {@code http} or {@code https} address with a host, and no user name or
 * password in it, is ever taken ({@link #refusal}): the address becomes a link on the pages and in
 * citation files, so a {@code javascript:} or {@code data:} address, or one made to look like
 * another site's ({@code https://ofsted.gov.uk@example.org/}), must never get that far. Where it
 * comes from, in order, is decided by {@code ingest/PublishedAddresses} (the collection's list)
 * and the extractor (the page's own canonical address).
 *
 * @param url    the address, as listed or as the page gives it
 * @param origin how it is known
 */
public record PublishedAddress(String url, Origin origin) {
    /** The longest address taken: longer ones are not the address of a report. */
    public static final int MAX_LENGTH = 2048;

    /** How a document's published address is known. */
    public enum Origin implements Identified {
        /** A line of the collection's {@code published-addresses.tsv}. */
        LISTED("list", "as listed in the collection's published-addresses.tsv"),
        /** The saved web page's own {@code <link rel="canonical">} or {@code og:url}. */
        PAGE("page", "as the web page itself states it");

        private final Term term;

        Origin(String id, String label) {
            this.term = new Term(id, label);
        }

        @Override
        public Term term() {
            return term;
        }

        @JsonCreator
        public static Origin fromId(String id) {
            return Ids.fromId(Origin.class, "published address origin", id);
        }
    }

    public PublishedAddress {
        if (url == null || origin == null) {
            throw new IllegalArgumentException("a published address needs a url and an origin");
        }
    }

    /**
     * Why {@code candidate} cannot be a published address, or empty when it can: it must be an
     * absolute {@code http://} or {@code https://} address with a host, with no spaces or control
     * characters, no user name or password, and at most {@link #MAX_LENGTH} characters.
     */
    public static Optional<String> refusal(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return Optional.of("no address given");
        }
        if (candidate.length() > MAX_LENGTH) {
            return Optional.of("longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00A0') {
                return Optional.of("contains a space or a control character");
            }
        }
        URI uri;
        try {
            uri = new URI(candidate);
        } catch (URISyntaxException e) {
            return Optional.of("not a valid web address (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            return Optional.of("a relative address (it must start with http:// or https://)");
        }
        String lower = scheme.toLowerCase(Locale.ROOT);
        if (!lower.equals("http") && !lower.equals("https")) {
            return Optional.of("not an http or https address (scheme '" + lower + ":')");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("carries a user name or password before the host");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("has no host name");
        }
        return Optional.empty();
    }

    /** Whether {@code candidate} may be shown as a link (no {@link #refusal}). */
    public static boolean isAcceptable(String candidate) {
        return refusal(candidate).isEmpty();
    }

    /** The address listed for a file in the collection's side file; checked as {@link #refusal} says. */
    public static PublishedAddress listed(String url) {
        return checked(url, Origin.LISTED);
    }

    /** The address a web page gives as its own; checked as {@link #refusal} says. */
    public static PublishedAddress page(String url) {
        return checked(url, Origin.PAGE);
    }

    private static PublishedAddress checked(String url, Origin origin) {
        refusal(url).ifPresent(reason -> {
            throw new IllegalArgumentException("not a published address: " + reason);
        });
        return new PublishedAddress(url, origin);
    }

    /** The address when it came from the collection's list, else null: what a change of the list is compared by. */
    public String listedUrl() {
        return origin == Origin.LISTED ? url : null;
    }

    /** The listed url of {@code address} (null for null or a page's own address). */
    public static String listedUrlOf(PublishedAddress address) {
        return address == null ? null : address.listedUrl();
    }

    /** The host name, for link texts ("reports.ofsted.gov.uk"). */
    public String host() {
        return URI.create(url).getHost();
    }
}
