package org.sendsearch.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The operating-system account a managed node runs under. Elasticsearch refuses to run as root, and
 * CI (like these machines' sessions) runs as root; so as root we run the node under an unprivileged
 * system account, created on first use. As anyone else we run it as ourselves.
 */
public final class NodeAccount {
    /** The system account created for the node when we run as root. */
    public static final String SYSTEM_ACCOUNT = "sendsearch-es";

    private static final Logger log = LogManager.getLogger(NodeAccount.class);

    private final String name; // null: the current user

    private NodeAccount(String name) {
        this.name = name;
    }

    /** The account to use on this machine: a dedicated one when we are root, ourselves otherwise. */
    public static NodeAccount forCurrentUser() {
        if (!isRoot()) {
            return new NodeAccount(null);
        }
        NodeAccount account = new NodeAccount(SYSTEM_ACCOUNT);
        account.ensureExists();
        return account;
    }

    static boolean isRoot() {
        ProcessRunner.Result id = ProcessRunner.run(List.of("id", "-u"));
        return id.succeeded() && id.output().equals("0");
    }

    public boolean isSeparateAccount() {
        return name != null;
    }

    public String describe() {
        return name == null ? "the current user (" + System.getProperty("user.name") + ")" : "system account " + name;
    }

    private void ensureExists() {
        if (ProcessRunner.run(List.of("id", "-u", name)).succeeded()) {
            return;
        }
        log.info("Creating the unprivileged system account '{}' that Elasticsearch runs under (it refuses root)", name);
        ProcessRunner.Result created = ProcessRunner.run(
                List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name));
        // A concurrent start may have created it between our check and useradd: that is fine.
        if (!created.succeeded()
                && !ProcessRunner.run(List.of("id", "-u", name)).succeeded()) {
            throw new EngineException("Could not create the system account '" + name
                    + "' that Elasticsearch must run under when we are root: " + created.output());
        }
    }

    /** Wraps a command so that it runs under this account with the given environment. */
    List<String> command(List<String> command, Map<String, String> environment) {
        List<String> wrapped = new ArrayList<>();
        if (name != null) {
            wrapped.addAll(List.of("runuser", "-u", name, "--"));
        }
        wrapped.add("env");
        environment.forEach((key, value) -> wrapped.add(key + "=" + value));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives this account ownership of a directory tree the node writes to. */
    void takeOwnership(Path directory) {
        if (name == null) {
            return;
        }
        ProcessRunner.runOrFail(
                List.of("chown", "-R", name + ":", directory.toString()),
                Map.of(),
                "Giving " + directory + " to account " + name);
    }

    /**
     * Checks that the account can reach a directory: a root-only parent such as /root would stop the
     * node at start-up with an obscure error, so we say so plainly here.
     */
    void checkCanReach(Path directory) {
        if (name == null) {
            return;
        }
        for (Path dir = directory.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
                if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new EngineException("Elasticsearch runs as account '" + name + "', which cannot enter "
                            + dir + " (no execute permission for others), so it cannot reach " + directory
                            + ". Put the data directory somewhere it can reach (--data-dir or SENDSEARCH_DATA_DIR, "
                            + "for example /var/lib/send-search), or run as a non-root user.");
                }
            } catch (java.io.IOException | UnsupportedOperationException e) {
                return; // Not a POSIX file system: let the node itself report any problem.
            }
        }
    }
}
