package org.sendsearch.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * What one managed node is made of, fixed for its life (its installation, configuration, JDK,
 * account, login and folder), and the two ways its server process comes to be: started here, or
 * found running where an earlier run left it. A {@link ManagedNode} keeps one, so a relaunch
 * starts the same node again.
 */
record NodeSetup(
        Installation installation,
        NodeConfig config,
        JdkLocator.Jdk jdk,
        NodeAccount account,
        NodeCredentials credentials,
        NodeFiles files) {
    private static final Logger log = LogManager.getLogger(NodeSetup.class);

    /** A server an earlier run left running in the node's folder, adopted: as a guest when its owner lives on. */
    record Leftover(long pid, boolean guest) {}

    /**
     * Checks the ports are free, writes the configuration and the login, and starts the server's
     * launcher, its output appended to the console log.
     */
    Process startProcess() throws IOException {
        if (NodeHealth.isListening(config.httpPort())) {
            throw new EngineException(
                    "Port " + config.httpPort() + " on 127.0.0.1 is already in use by another program, "
                            + "so the managed Elasticsearch cannot start there. Stop that program, choose another port "
                            + "(--es-port), or use it as an existing cluster (--es-url http://127.0.0.1:"
                            + config.httpPort() + ").");
        }
        if (NodeHealth.isListening(config.transportPort())) {
            throw new EngineException("Transport port " + config.transportPort() + " on 127.0.0.1 is already in use; "
                    + "choose another with --es-transport-port.");
        }
        Path directory = files.directory();
        files.writeConfiguration(installation, config);
        account.checkCanReach(directory);
        account.checkCanReach(installation.home());
        account.takeOwnership(directory);
        files.ensureUser(installation, jdk, account, credentials);

        Path console = files.consoleLog();
        List<String> command = account.command(
                List.of(
                        installation
                                .home()
                                .resolve("bin")
                                .resolve("elasticsearch")
                                .toString(),
                        "-p",
                        files.pidFile().toString()),
                Map.of(
                        "ES_JAVA_HOME",
                        jdk.home().toString(),
                        "ES_PATH_CONF",
                        files.configDirectory().toString()));
        log.info(
                "Starting Elasticsearch node '{}' on 127.0.0.1:{} as {} (data in {})",
                config.nodeName(),
                config.httpPort(),
                account.describe(),
                directory.resolve("data"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
                .start();
        process.getOutputStream().close();
        return process;
    }

    /**
     * The server an earlier run left in this folder, when the pid file names a live process of our
     * installation that answers with our login; this process then becomes its owner, or joins its
     * live owner as a guest. A stale or unreadable pid file is removed. A server of ours that does
     * not answer, or whose installation was just updated, is handed to {@code stopLeftover} (its
     * pid) to be stopped, and nothing is adopted.
     */
    Optional<Leftover> adoptLeftover(LongConsumer stopLeftover) throws IOException {
        Path pidFile = files.pidFile();
        long leftoverPid;
        try {
            Optional<Long> written = files.readPid();
            if (written.isEmpty()) {
                return Optional.empty();
            }
            leftoverPid = written.get();
        } catch (NumberFormatException e) {
            log.warn("Removing unreadable pid file {}", pidFile);
            Files.delete(pidFile);
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(leftoverPid).filter(ProcessHandle::isAlive);
        // The server's command line names its installation (es.path.home), not its node folder; a live
        // process from our installation whose pid is in this node's pid file is this node.
        boolean ours = process.flatMap(p -> p.info().commandLine())
                .map(commandLine -> commandLine.contains(installation.home().toString()))
                .orElse(false);
        if (!ours) {
            log.info(
                    "Removing stale pid file {} (process {} is gone): an earlier run was stopped abruptly",
                    pidFile,
                    leftoverPid);
            Files.delete(pidFile);
            return Optional.empty();
        }
        Path directory = files.directory();
        if (!installation.changedThisRun()
                && NodeHealth.status(config.httpPort(), credentials).isPresent()) {
            Optional<ProcessHandle> owner = NodeOwner.liveOther(directory);
            if (owner.isPresent()) {
                log.info(
                        "Using the Elasticsearch node (pid {}) that send-search process {} runs; it stays running "
                                + "when this run ends",
                        leftoverPid,
                        owner.get().pid());
                NodeOwner.join(directory);
                return Optional.of(new Leftover(leftoverPid, true));
            }
            log.info("Reusing the Elasticsearch node an earlier run left running (pid {})", leftoverPid);
            NodeOwner.claim(directory);
            return Optional.of(new Leftover(leftoverPid, false));
        }
        log.info(
                "Stopping the Elasticsearch an earlier run left behind (pid {}): it is not answering on port {} "
                        + "or its installation has just been updated",
                leftoverPid,
                config.httpPort());
        stopLeftover.accept(leftoverPid);
        return Optional.empty();
    }
}
