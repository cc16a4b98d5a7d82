package org.sendsearch.cli;

import java.nio.file.Path;
import org.sendsearch.config.ConfigDirectory;
import picocli.CommandLine.Option;

/**
 * The {@code --index-config} option of every command that reads the configuration, and the one rule
 * for finding the folder when it is not given ({@link ConfigDirectory#locate}).
 */
final class ConfigMixin {
    @Option(
            names = "--index-config",
            paramLabel = "DIR",
            description = "The index-config folder (default: $SENDSEARCH_INDEX_CONFIG, else ./index-config).")
    Path indexConfig;

    /** The folder given, or else the one {@link ConfigDirectory#locate} finds; fails naming the folder. */
    ConfigDirectory config() {
        return indexConfig == null ? ConfigDirectory.locate() : new ConfigDirectory(indexConfig.toAbsolutePath());
    }
}
