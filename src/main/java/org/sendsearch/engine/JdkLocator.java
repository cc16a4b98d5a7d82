package org.sendsearch.engine;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Finds a Java runtime that Elasticsearch 9 accepts (21 or newer). Machines here default to JDK 17,
 * so the JDK that runs this application is not necessarily one Elasticsearch can use.
 *
 * <p>Order of preference: {@code ES_JAVA_HOME}, {@code JAVA_HOME}, the JDK running this program,
 * then the newest JDK installed under {@code /usr/lib/jvm} (or {@code /usr/java}).
 */
public final class JdkLocator {
    /** The oldest Java major version Elasticsearch 9 runs on. */
    public static final int MINIMUM_VERSION = 21;

    private static final Logger log = LogManager.getLogger(JdkLocator.class);
    private static final List<Path> INSTALL_ROOTS =
            List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"));

    /** A JDK home and its major version. */
    public record Jdk(Path home, int majorVersion, String origin) {
        public Path javaExecutable() {
            return home.resolve("bin").resolve("java");
        }
    }

    private final Map<String, String> environment;
    private final List<Path> installRoots;
    private final Path runningJavaHome; // null: leave the running JVM out

    public JdkLocator(Map<String, String> environment) {
        this(environment, INSTALL_ROOTS, Path.of(System.getProperty("java.home")));
    }

    JdkLocator(Map<String, String> environment, List<Path> installRoots, Path runningJavaHome) {
        this.environment = environment;
        this.installRoots = installRoots;
        this.runningJavaHome = runningJavaHome;
    }

    /**
     * Returns a JDK that Elasticsearch can run on, logging which one was chosen and why.
     *
     * @throws EngineException naming what was looked at and what to install, when none qualifies
     */
    public Jdk locate() {
        List<String> rejected = new ArrayList<>();
        for (Jdk candidate : candidates()) {
            if (candidate.majorVersion() >= MINIMUM_VERSION && Files.isExecutable(candidate.javaExecutable())) {
                log.info(
                        "Elasticsearch will run on Java {} at {} (from {})",
                        candidate.majorVersion(),
                        candidate.home(),
                        candidate.origin());
                return candidate;
            }
            rejected.add(candidate.home() + " (Java " + candidate.majorVersion() + ", " + candidate.origin() + ")");
        }
        throw new EngineException(
                "No Java " + MINIMUM_VERSION + " or newer was found for Elasticsearch. Looked at: "
                        + (rejected.isEmpty() ? "nothing usable" : String.join(", ", rejected))
                        + ". Install a JDK 21+ (for example Debian's openjdk-21-jdk or Temurin 21/25) and set ES_JAVA_HOME to it.");
    }

    private List<Jdk> candidates() {
        List<Jdk> found = new ArrayList<>();
        fromVariable("ES_JAVA_HOME").ifPresent(found::add);
        fromVariable("JAVA_HOME").ifPresent(found::add);
        if (runningJavaHome != null) {
            inspect(runningJavaHome, "the running JVM").ifPresent(found::add);
        }
        found.addAll(installed());
        return found;
    }

    private Optional<Jdk> fromVariable(String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return inspect(Path.of(value), name);
    }

    private List<Jdk> installed() {
        List<Jdk> jdks = new ArrayList<>();
        for (Path root : installRoots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> homes = Files.list(root)) {
                homes.filter(Files::isDirectory)
                        .filter(home -> !Files.isSymbolicLink(home))
                        .map(home -> inspect(home, "installed under " + root))
                        .flatMap(Optional::stream)
                        .forEach(jdks::add);
            } catch (IOException e) {
                log.debug("Could not list {}: {}", root, e.toString());
            }
        }
        jdks.sort(Comparator.comparingInt(Jdk::majorVersion)
                .reversed()
                .thenComparing(jdk -> jdk.home().toString()));
        return jdks;
    }

    /** Reads the JDK's {@code release} file, which every JDK since 9 ships, rather than running it. */
    static Optional<Jdk> inspect(Path home, String origin) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(release)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String version =
                properties.getProperty("JAVA_VERSION", "").replace("\"", "").trim();
        return parseMajor(version).map(major -> new Jdk(home.toAbsolutePath().normalize(), major, origin));
    }

    /** "25.0.1" → 25, "21" → 21, "1.8.0_392" → 8. */
    static Optional<Integer> parseMajor(String version) {
        if (version.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = version.split("[.+_-]");
        try {
            int first = Integer.parseInt(parts[0]);
            if (first == 1 && parts.length > 1) {
                return Optional.of(Integer.parseInt(parts[1]));
            }
            return Optional.of(first);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
