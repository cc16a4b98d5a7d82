package org.sendsearch.index;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How send-search names its indices. The rest of the code reads and searches only the aliases
 * ({@code send-documents}, {@code send-passages}); the physical indices behind them carry the
 * config version ({@code send-passages-v1a2b3c4d5e6f}), so a config change builds new indices
 * beside the live ones and swaps the aliases over in one step.
 *
 * <p>A forced rebuild of an unchanged config needs a name that differs from the live one, so it
 * appends a build tag: {@code send-passages-v1a2b3c4d5e6f-r<base36 millis>}.
 *
 * @param prefix the first word of every name; "send" in production, something unique per test
 */
public record IndexLayout(String prefix) {
    private static final Pattern VALID_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    public static final IndexLayout DEFAULT = new IndexLayout("send");

    public IndexLayout {
        if (prefix == null || !VALID_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(
                    "index prefix must be lower-case letters, digits, '-' or '_', not " + prefix);
        }
    }

    /** The alias searches use, e.g. {@code send-passages}. */
    public String alias(IndexKind kind) {
        return prefix + "-" + kind.id();
    }

    /** The physical index for a config version, with an optional build tag (null for none). */
    public String indexName(IndexKind kind, String version, String buildTag) {
        return alias(kind) + "-v" + version + (buildTag == null ? "" : "-r" + buildTag);
    }

    /**
     * The small index that lists the sources (folders and files) the collection was built from;
     * not versioned and never an alias, so rebuilds and orphan clean-up leave it alone.
     */
    public String sourcesIndex() {
        return prefix + "-sources";
    }

    /** A wildcard matching every physical index of this layout, for listing them. */
    public String wildcard() {
        return prefix + "-*";
    }

    /** Which of our indices a physical name is, or empty when it is not one this layout made. */
    public Optional<IndexKind> kindOf(String indexName) {
        for (IndexKind kind : IndexKind.values()) {
            if (pattern(kind).matcher(indexName).matches()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The config version an index was built from, or empty when the name is not ours. */
    public Optional<String> versionOf(String indexName) {
        for (IndexKind kind : IndexKind.values()) {
            Matcher matcher = pattern(kind).matcher(indexName);
            if (matcher.matches()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    private Pattern pattern(IndexKind kind) {
        return Pattern.compile(Pattern.quote(alias(kind)) + "-v([0-9a-f]{12})(?:-r[0-9a-z]+)?");
    }
}
