package org.sendsearch.cli;

import org.sendsearch.index.IndexLayout;
import picocli.CommandLine.Option;

/**
 * The hidden {@code --index-prefix} option of every command that reads or writes the indices: the
 * first word of their names, so tests can give each run a layout of its own.
 */
final class LayoutMixin {
    @Option(
            names = "--index-prefix",
            paramLabel = "PREFIX",
            defaultValue = "send",
            hidden = true,
            description = "First word of the alias and index names (default: ${DEFAULT-VALUE}).")
    String indexPrefix;

    IndexLayout layout() {
        return new IndexLayout(indexPrefix);
    }
}
