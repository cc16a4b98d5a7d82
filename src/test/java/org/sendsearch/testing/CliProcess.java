package org.sendsearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sendsearch.cli.Main;
import org.sendsearch.embed.VectorSwitch;
import org.sendsearch.engine.EngineFiles;
import org.sendsearch.engine.ManagedNode;

/**
 * A {@code send-search} command run the way a person runs it: in a JVM of its own (so it can be
 * killed with {@code kill -9}), from the project folder, its stdout and stderr together in a log
 * file the test reads.
 *
 * @param process the running command
 * @param log     where its output goes
 */
public record CliProcess(Process process, Path log) {

    /** Starts {@code send-search ARGS...} with the launcher's heap (256 MB); the caller waits for it or kills it. */
    public static CliProcess start(Path log, List<String> arguments) {
        return start(log, "256m", arguments);
    }

    /** Starts {@code send-search ARGS...} with a heap of {@code maxHeap} ({@code -Xmx}), as the launcher does. */
    public static CliProcess start(Path log, String maxHeap, List<String> arguments) {
        return start(log, maxHeap, List.of(), arguments);
    }

    /**
     * The same with vectors off ({@link VectorSwitch}): for tests of indexing whose subject is not
     * the embeddings, which on a corpus of thousands of passages would take longer than the run.
     */
    public static CliProcess startLexical(Path log, List<String> arguments) {
        return start(log, "256m", List.of("-D" + VectorSwitch.PROPERTY + "=off"), arguments);
    }

    private static CliProcess start(Path log, String maxHeap, List<String> properties, List<String> arguments) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx" + maxHeap,
                "-XX:+UseParallelGC",
                "-D" + EngineFiles.DIRECTORY_PROPERTY + "=" + System.getProperty(EngineFiles.DIRECTORY_PROPERTY),
                "-Dsendsearch.project.dir=" + System.getProperty("sendsearch.project.dir")));
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command)
                    .directory(Path.of(System.getProperty("sendsearch.project.dir", "."))
                            .toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .start();
            process.getOutputStream().close();
            return new CliProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the command to end and returns its exit code; kills it if it takes longer than {@code timeout}. */
    public int await(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("send-search did not finish within " + timeout.toSeconds() + " s:\n" + output());
        }
        return process.exitValue();
    }

    /** {@code kill -9}: no shutdown hooks, no clean-up, as when the machine loses the process. */
    public void killNine() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Everything the command printed so far. */
    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /**
     * A config file (mode 600) with the URL and the project's login of a node, for the
     * {@code --config} option: the way a person points the product at an existing cluster.
     */
    public static Path configFileFor(ManagedNode node, Path folder) {
        Path file = folder.resolve("send-search-es.properties");
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write("elasticsearch.url=" + node.url() + "\n");
                writer.write("elasticsearch.username=" + node.credentials().username() + "\n");
                writer.write("elasticsearch.password=" + node.credentials().password() + "\n");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
