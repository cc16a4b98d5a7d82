package org.sendsearch.cli;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.config.ConfigException;
import org.sendsearch.engine.EngineException;
import org.sendsearch.index.BackupException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code send-search} command. Exit codes: 0 success, 1 a fatal error (with a one-line reason),
 * 2 bad usage; commands that process many files add their own (see each command's help).
 */
@Command(
        name = "send-search",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Full-text search and knowledge base over England's SEND inspection documents."},
        subcommands = {
            UpCommand.class,
            StatusCommand.class,
            ExtractCommand.class,
            IndexCommand.class,
            SourcesCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            RelevanceCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main {
    private static final Logger log = LogManager.getLogger(Main.class);

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, so tests can call it in-process. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof EngineException
                    || e instanceof IllegalArgumentException
                    || e instanceof ConfigException
                    || e instanceof BackupException) {
                log.error(e.getMessage());
                cmd.getErr().println("send-search: " + e.getMessage());
            } else {
                log.error("send-search failed", e);
                cmd.getErr().println("send-search: " + e);
            }
            return 1;
        });
        return commandLine.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "send-search " + org.sendsearch.engine.EngineFiles.buildProperty("project.version") + " (Elasticsearch "
                        + org.sendsearch.engine.EngineFiles.buildProperty("elasticsearch.version") + ")"
            };
        }
    }
}
