package org.sendsearch.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every source the collection holds, in path order, and whether the bundled corpus was ever
 * offered (added by a first {@code up}): once offered, it is never added again, so a user who
 * removed it keeps it removed.
 */
public record SourceList(List<Source> sources, boolean corpusOffered) {
    public static final SourceList EMPTY = new SourceList(List.of(), false);

    public SourceList {
        sources = sources == null
                ? List.of()
                : sources.stream().sorted(Comparator.comparing(Source::path)).toList();
    }

    public Optional<Source> find(String path) {
        return sources.stream().filter(source -> source.path().equals(path)).findFirst();
    }

    /** The known folder source that {@code path} lies strictly inside, if any. */
    public Optional<Source> enclosing(String path) {
        return sources.stream()
                .filter(source -> !source.path().equals(path) && source.contains(path))
                .findFirst();
    }

    /** Known sources lying strictly inside {@code path}. */
    public List<Source> inside(String path) {
        Source outer = new Source(path, null, null, null);
        return sources.stream()
                .filter(source -> !source.path().equals(path) && outer.contains(source.path()))
                .toList();
    }

    /** This list with {@code source} added, or replacing the one with its path. */
    public SourceList with(Source source) {
        List<Source> kept = new ArrayList<>(
                sources.stream().filter(s -> !s.path().equals(source.path())).toList());
        kept.add(source);
        return new SourceList(kept, corpusOffered);
    }

    public SourceList without(String path) {
        return new SourceList(
                sources.stream().filter(s -> !s.path().equals(path)).toList(), corpusOffered);
    }

    public SourceList withCorpusOffered() {
        return new SourceList(sources, true);
    }
}
