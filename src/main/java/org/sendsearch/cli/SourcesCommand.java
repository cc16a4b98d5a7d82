package org.sendsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sendsearch.engine.Engine;
import org.sendsearch.index.IndexLayout;
import org.sendsearch.index.IndexerLock;
import org.sendsearch.index.SourceCatalogue;
import org.sendsearch.index.SourceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code send-search sources}: lists the folders and files the index was built from, and
 * {@code send-search sources remove PATH} removes one with everything indexed from it.
 */
@Command(
        name = "sources",
        mixinStandardHelpOptions = true,
        subcommands = SourcesCommand.Remove.class,
        description = {
            "List the sources of the index: every folder or file given to `send-search index` (and the "
                    + "bundled corpus, added by the first `up`), with its documents, passages, when it was last "
                    + "indexed, and whether it is missing on disk."
        })
public final class SourcesCommand implements Callable<Integer> {
    @Mixin
    EngineMixin engineOptions;

    @Mixin
    LayoutMixin layoutOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Engine engine = Engine.open(engineOptions.engineOptions())) {
            List<SourceCatalogue.Entry> entries =
                    catalogue(engine, engineOptions, layoutOptions.layout()).list();
            PrintWriter out = spec.commandLine().getOut();
            if (entries.isEmpty()) {
                out.println("No sources yet: add one with send-search index FOLDER");
            }
            for (SourceCatalogue.Entry entry : entries) {
                String state = entry.onDisk() ? entry.source().state().label() : "missing on disk";
                out.printf(
                        "%s%n    %,d documents, %,d passages; last indexed %s; %s%n",
                        entry.source().path(),
                        entry.documents(),
                        entry.passages(),
                        entry.source().lastIndexed() == null
                                ? "never"
                                : entry.source().lastIndexed(),
                        state);
            }
            out.flush();
            return 0;
        }
    }

    static SourceCatalogue catalogue(Engine engine, EngineMixin options, IndexLayout layout) {
        return new SourceCatalogue(
                engine.client(), layout, new SourceStore(engine.client(), layout, options.dataDirectory()));
    }

    /** {@code send-search sources remove PATH}. */
    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = {
                "Remove a source and every document and passage indexed from it (the files on disk are "
                        + "not touched), and print what was removed. Exit 1 when PATH is not a source."
            })
    static final class Remove implements Callable<Integer> {
        @Parameters(
                paramLabel = "PATH",
                description = "The source, as listed by `send-search sources` or as given to index.")
        Path path;

        @Mixin
        EngineMixin engineOptions;

        @Mixin
        LayoutMixin layoutOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Engine engine = Engine.open(engineOptions.engineOptions())) {
                SourceCatalogue.Removal removal = catalogue(engine, engineOptions, layoutOptions.layout())
                        .remove(path, IndexerLock.DEFAULT_MAX_WAIT);
                spec.commandLine()
                        .getOut()
                        .printf(
                                "Removed the source %s: %,d documents and %,d passages%n",
                                removal.path(), removal.documents(), removal.passages());
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
