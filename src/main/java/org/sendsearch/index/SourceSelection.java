package org.sendsearch.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Which sources one indexing run refreshes, and the list of sources once the new ones are added.
 *
 * <p>A path given is a known source (refreshed), a file or folder inside a known folder source
 * (that whole source is refreshed: its documents are named relative to it), or a new source. A new
 * source must exist (walking nothing would make nothing to keep), and must not hold known sources:
 * its files would be indexed twice, under two sources. No paths at all means every known source.
 *
 * @param sources   every source, the new ones included
 * @param requested the sources to refresh, in the order given
 */
public record SourceSelection(SourceList sources, List<Source> requested) {
    private static final Logger log = LogManager.getLogger(SourceSelection.class);

    public SourceSelection {
        requested = List.copyOf(requested);
    }

    /** Resolves {@code inputs} against {@code known}; throws {@link IllegalArgumentException} for a bad one, naming it. */
    public static SourceSelection of(SourceList known, List<Path> inputs, String now) {
        if (inputs.isEmpty()) {
            return new SourceSelection(known, known.sources());
        }
        SourceList all = known;
        Map<String, Source> requested = new LinkedHashMap<>();
        for (Path input : inputs) {
            String path = Source.normalise(input);
            Optional<Source> same = all.find(path);
            if (same.isPresent()) {
                requested.putIfAbsent(path, same.get());
                continue;
            }
            Optional<Source> enclosing = all.enclosing(path);
            if (enclosing.isPresent()) {
                log.info(
                        "{} is part of the source {}: refreshing that source",
                        path,
                        enclosing.get().path());
                requested.putIfAbsent(enclosing.get().path(), enclosing.get());
                continue;
            }
            if (!Files.exists(input)) {
                // Walking nothing would make every indexed document look deleted.
                throw new IllegalArgumentException("No such file or folder to index: " + input);
            }
            List<Source> inside = all.inside(path);
            if (!inside.isEmpty()) {
                throw new IllegalArgumentException(input + " holds sources already indexed ("
                        + inside.stream().map(Source::path).collect(Collectors.joining(", "))
                        + "): index those as they are, or remove them first with: send-search sources remove PATH");
            }
            Source added = new Source(path, now, null, SourceState.INDEXED);
            all = all.with(added);
            requested.put(path, added);
        }
        return new SourceSelection(all, new ArrayList<>(requested.values()));
    }
}
