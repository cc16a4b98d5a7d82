package org.sendsearch.index;

import java.nio.file.Path;
import org.sendsearch.util.Sha256;

/**
 * A folder or file the collection was given with {@code send-search index PATH} (or the bundled
 * corpus, added by the first {@code up}). Every document in the index belongs to exactly one
 * source, named by the source's {@link #path} in the documents' and passages' {@code source}
 * field, so refreshing one source can never remove the documents of another.
 *
 * @param path        the absolute, normalised path as given (not resolving symbolic links, so the
 *                    path the user typed stays the name they see)
 * @param added       when it was first indexed (ISO-8601 instant)
 * @param lastIndexed when it was last refreshed (ISO-8601 instant), or null if never completed
 * @param state       what the last refresh found on disk
 */
public record Source(String path, String added, String lastIndexed, SourceState state) {
    public Source {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a source needs a path");
        }
        state = state == null ? SourceState.INDEXED : state;
    }

    /** The source for a path as a user gave it, relative to the working folder or absolute. */
    public static String normalise(Path given) {
        return given.toAbsolutePath().normalize().toString();
    }

    public Path location() {
        return Path.of(path);
    }

    /**
     * A short stable key for the source, mixed into its documents' ids so that the same relative
     * file name in two sources gives two documents: eight hex digits of the path's SHA-256.
     */
    public String key() {
        return keyOf(path);
    }

    /** The {@link #key} of the source at {@code path} (a {@link #normalise normalised} path). */
    public static String keyOf(String path) {
        return Sha256.hex(path).substring(0, 8);
    }

    /** Whether {@code other} is this source or lies inside this folder. */
    public boolean contains(String other) {
        return other.equals(path) || Path.of(other).startsWith(location());
    }

    Source refreshed(String when, SourceState found) {
        return new Source(path, added, found == SourceState.INDEXED ? when : lastIndexed, found);
    }
}
