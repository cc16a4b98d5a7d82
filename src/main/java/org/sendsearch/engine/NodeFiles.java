package org.sendsearch.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendsearch.util.Sha256;

/**
 * The folder of one managed node and what lies in it: {@code config/} (written at every start, with
 * the project's login in the file realm), {@code data/} (kept across restarts), {@code logs/}
 * (with {@code console.log}, the server's own output), {@code snapshots/} (its {@code path.repo})
 * and {@code node.pid}, which the server writes once it runs and which tells a later run that a
 * node was left behind. (The owner files are {@link NodeOwner}'s.)
 *
 * @param directory the node's folder, as a real path
 */
record NodeFiles(Path directory) {
    private static final String CREDENTIALS_MARKER = ".send-search-login.sha256";

    Path pidFile() {
        return directory.resolve("node.pid");
    }

    Path consoleLog() {
        return directory.resolve("logs").resolve("console.log");
    }

    Path configDirectory() {
        return directory.resolve("config");
    }

    Path snapshotDirectory() {
        return directory.resolve("snapshots");
    }

    /**
     * The pid the pid file names; empty when there is none, or it is not written completely yet.
     *
     * @throws NumberFormatException when it holds something other than a number
     */
    Optional<Long> readPid() throws IOException {
        if (!Files.isRegularFile(pidFile())) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(Files.readString(pidFile()).strip()));
    }

    /** The pid file's pid, or empty when it is missing, unreadable or not a number (yet). */
    Optional<Long> pidIfWritten() {
        try {
            return readPid();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    void deletePidFile() throws IOException {
        Files.deleteIfExists(pidFile());
    }

    /** The last {@code lines} lines of the console log, or a note saying why there are none. */
    String consoleTail(int lines) {
        try {
            List<String> all = Files.readAllLines(consoleLog(), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /**
     * Creates the node's folders and writes its configuration: the installation's template files
     * the first time, {@code elasticsearch.yml} and the heap options every time (so a node of an
     * older data folder gets a new setting, such as {@code path.repo}, at its next start).
     */
    void writeConfiguration(Installation installation, NodeConfig config) throws IOException {
        Path configDir = configDirectory();
        Files.createDirectories(configDir.resolve("jvm.options.d"));
        Files.createDirectories(directory.resolve("data"));
        Files.createDirectories(directory.resolve("logs"));
        Files.createDirectories(snapshotDirectory());
        for (String name : Installation.CONFIG_TEMPLATE_FILES) {
            Path source = installation.home().resolve("config").resolve(name);
            Path target = configDir.resolve(name);
            if (Files.exists(source) && !Files.exists(target)) {
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Files.writeString(
                configDir.resolve("elasticsearch.yml"),
                config.toYaml(
                        directory.resolve("data").toString(),
                        directory.resolve("logs").toString(),
                        snapshotDirectory().toString()));
        Files.writeString(
                configDir.resolve("jvm.options.d").resolve("heap.options"),
                "-Xms" + config.heapMegabytes() + "m\n-Xmx" + config.heapMegabytes() + "m\n");
    }

    /**
     * Makes sure the node's file realm has the project's user with the current password. The
     * users file lives in the node's own config folder; a marker holding the password's hash tells
     * whether it is up to date, so the (slow, JVM-starting) users tool runs only when needed.
     */
    void ensureUser(Installation installation, JdkLocator.Jdk jdk, NodeAccount account, NodeCredentials credentials)
            throws IOException {
        Path configDir = configDirectory();
        Path marker = configDir.resolve(CREDENTIALS_MARKER);
        String expected = Sha256.hex(credentials.username() + ":" + credentials.password());
        if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(expected)) {
            return;
        }
        Path usersFile = configDir.resolve("users");
        boolean exists = Files.isRegularFile(usersFile)
                && Files.readAllLines(usersFile).stream()
                        .anyMatch(line -> line.startsWith(credentials.username() + ":"));
        String tool = installation
                .home()
                .resolve("bin")
                .resolve("elasticsearch-users")
                .toString();
        // No -p: the tool then asks for the password twice, and it goes in on standard input rather
        // than on a command line that ps would show to everyone.
        List<String> arguments = exists
                ? List.of(tool, "passwd", credentials.username())
                : List.of(tool, "useradd", credentials.username(), "-r", "superuser");
        String password = credentials.password() + "\n";
        ProcessRunner.Result result = ProcessRunner.run(
                account.command(
                        arguments, Map.of("ES_JAVA_HOME", jdk.home().toString(), "ES_PATH_CONF", configDir.toString())),
                Map.of(),
                Duration.ofMinutes(2),
                password + password);
        if (!result.succeeded()) {
            throw new EngineException("Could not create the project's login on the node (elasticsearch-users exit "
                    + result.exitCode() + "): " + result.output().replace(credentials.password(), "***"));
        }
        Files.writeString(marker, expected);
    }
}
