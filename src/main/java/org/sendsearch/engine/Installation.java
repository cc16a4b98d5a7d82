package org.sendsearch.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.util.Sha256;

/**
 * An Elasticsearch installation made from the distribution zip that Maven resolved from Maven
 * Central, with the project's analysis plugin installed. It lives inside the data directory so that
 * {@code mvn clean} does not throw it away; it is unpacked again only when the zip changes, and the
 * plugin is reinstalled only when the plugin zip changes (both tracked by SHA-256 marker files).
 */
public final class Installation {
    /** The plugin's name as its descriptor gives it. */
    public static final String PLUGIN_NAME = "send-search-analysis";

    private static final Logger log = LogManager.getLogger(Installation.class);
    private static final String UNPACKED_MARKER = ".send-search-unpacked.sha256";
    private static final String PLUGIN_MARKER = ".send-search-plugin.sha256";

    private final Path home;
    private boolean changedThisRun;

    private Installation(Path home) {
        this.home = home;
    }

    /** Whether this run unpacked the server or (re)installed the plugin: a running node is then stale. */
    public boolean changedThisRun() {
        return changedThisRun;
    }

    public Path home() {
        return home;
    }

    /**
     * Makes sure {@code parent} holds an up-to-date installation from the given distribution and
     * plugin zips, and returns it.
     */
    public static synchronized Installation prepare(EngineFiles files, Path parent, JdkLocator.Jdk jdk) {
        try {
            Files.createDirectories(parent);
            String distributionHash = Sha256.hexOf(files.distributionZip());
            Path home = parent.resolve("elasticsearch-" + files.elasticsearchVersion());
            Path marker = home.resolve(UNPACKED_MARKER);
            Installation installation = new Installation(home);
            if (!Files.isRegularFile(marker) || !Files.readString(marker).equals(distributionHash)) {
                unpack(files.distributionZip(), parent, home);
                Files.writeString(marker, distributionHash);
                installation.changedThisRun = true;
            }
            installation.installPlugin(files.pluginZip(), jdk);
            return installation;
        } catch (IOException e) {
            throw new EngineException(
                    "Could not prepare the Elasticsearch installation in " + parent + ": " + e.getMessage(), e);
        }
    }

    private static void unpack(Path zip, Path parent, Path home) throws IOException {
        log.info("Unpacking Elasticsearch from {} into {}", zip.getFileName(), parent);
        deleteTree(home);
        Path staging = Files.createTempDirectory(parent, ".unpacking-");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("The distribution zip has an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                // java.util.zip drops Unix modes: the launch scripts are the files that need them.
                if (target.getParent().getFileName().toString().equals("bin")
                        && !target.toString().endsWith(".bat")
                        && !target.toString().endsWith(".exe")) {
                    target.toFile().setExecutable(true, false);
                }
            }
        }
        Path unpackedHome = staging.resolve(home.getFileName());
        if (!Files.isDirectory(unpackedHome)) {
            throw new IOException("The distribution zip has no top folder " + home.getFileName());
        }
        Files.move(unpackedHome, home, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(staging);
    }

    private void installPlugin(Path pluginZip, JdkLocator.Jdk jdk) throws IOException {
        String pluginHash = Sha256.hexOf(pluginZip);
        Path marker = home.resolve(PLUGIN_MARKER);
        if (Files.isRegularFile(marker)
                && Files.readString(marker).equals(pluginHash)
                && Files.isDirectory(home.resolve("plugins").resolve(PLUGIN_NAME))) {
            return;
        }
        Map<String, String> environment = Map.of(
                "ES_JAVA_HOME",
                jdk.home().toString(),
                "ES_PATH_CONF",
                home.resolve("config").toString());
        String tool = home.resolve("bin").resolve("elasticsearch-plugin").toString();
        if (Files.isDirectory(home.resolve("plugins").resolve(PLUGIN_NAME))) {
            log.info("Updating the {} plugin", PLUGIN_NAME);
            ProcessRunner.runOrFail(
                    List.of(tool, "remove", PLUGIN_NAME), environment, "Removing the old analysis plugin");
        } else {
            log.info("Installing the {} plugin into {}", PLUGIN_NAME, home);
        }
        ProcessRunner.runOrFail(
                List.of(tool, "install", "--batch", pluginZip.toUri().toString()),
                environment,
                "Installing the analysis plugin " + pluginZip);
        Files.writeString(marker, pluginHash);
        changedThisRun = true;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Paths inside the installation that each node copies into its own configuration folder. */
    static final Set<String> CONFIG_TEMPLATE_FILES =
            Set.of("log4j2.properties", "jvm.options", "roles.yml", "role_mapping.yml", "users", "users_roles");
}
