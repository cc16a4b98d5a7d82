package org.sendsearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the send-search command line ({@code org.sendsearch.cli.Main}) in a child JVM as a user
 * that file permissions apply to. Root reads every file whatever its mode, so when the tests run
 * as root the child runs as {@code nobody} through {@code runuser}, on a world-readable copy of
 * the classpath (hard links where possible, as {@code /root} is closed to other users); otherwise
 * it runs as the current user on the classpath as it is.
 *
 * <pre>{@code
 * Assumptions.assumeTrue(ChildCli.unavailable() == null, ChildCli::unavailable);
 * ChildCli.Result result = ChildCli.run(workDir, Map.of(), "extract", folder.toString(), "--config", config.toString());
 * }</pre>
 */
public final class ChildCli {
    /** The account a root test run drops to. */
    public static final String UNPRIVILEGED_USER = "nobody";

    private static Path readableClasspath;

    /** What the child printed, and its exit code. */
    public record Result(int exitCode, String out, String err) {}

    private ChildCli() {}

    /** Whether the tests run as root, which file permissions do not stop. */
    public static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    /** Null when {@link #run} can run a child as a user permissions apply to; else why it cannot. */
    public static String unavailable() {
        if (!isRoot()) {
            return null;
        }
        if (!Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))) {
            return "running as root, and runuser is not installed to run the command as an unprivileged user";
        }
        try {
            Process id = new ProcessBuilder("id", "-u", UNPRIVILEGED_USER)
                    .redirectErrorStream(true)
                    .start();
            if (!id.waitFor(10, TimeUnit.SECONDS) || id.exitValue() != 0) {
                return "running as root, and there is no '" + UNPRIVILEGED_USER + "' account to run the command as";
            }
        } catch (IOException | InterruptedException e) {
            return "running as root, and 'id' could not check the '" + UNPRIVILEGED_USER + "' account: " + e;
        }
        return null;
    }

    /**
     * Runs {@code Main} with the arguments and extra environment variables, in {@code workDir}
     * (which the child's user must be able to enter), and waits for it (at most two minutes).
     */
    public static Result run(Path workDir, Map<String, String> environment, String... arguments) {
        String java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of(
                    Files.isExecutable(Path.of("/usr/sbin/runuser")) ? "/usr/sbin/runuser" : "/sbin/runuser",
                    "-u",
                    UNPRIVILEGED_USER,
                    "--"));
        }
        command.addAll(List.of(java, "-Xmx1g", "-XX:-UsePerfData", "-cp", classpath(), "org.sendsearch.cli.Main"));
        command.addAll(List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the child JVM did not finish in two minutes: " + command);
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Makes a folder and the files in it readable (and the folder enterable) by everyone. */
    public static void openToAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                if (!Files.isSymbolicLink(path)) {
                    Files.setPosixFilePermissions(
                            path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    /** Makes a folder the child's to write in: owned by the unprivileged user when running as root. */
    public static void giveToChild(Path folder) throws IOException {
        if (isRoot()) {
            Files.setOwner(
                    folder,
                    folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED_USER));
        }
    }

    private static String readAll(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read: " + e + ")";
        }
    }

    /** The main classes and runtime libraries, as a classpath the child's user can read. */
    private static synchronized String classpath() {
        List<Path> entries = new ArrayList<>();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            // The child runs the application only: no test classes, no surefire booter.
            if (!entry.isBlank()
                    && Files.exists(path)
                    && !path.endsWith("test-classes")
                    && !path.getFileName().toString().startsWith("surefire")) {
                entries.add(path.toAbsolutePath());
            }
        }
        if (!isRoot()) {
            return String.join(
                    java.io.File.pathSeparator,
                    entries.stream().map(Path::toString).toList());
        }
        try {
            if (readableClasspath == null) {
                Path folder = TestNodes.newFolder("send-search-child-classpath-");
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(() -> TestNodes.delete(folder), "delete-child-classpath"));
                for (int i = 0; i < entries.size(); i++) {
                    Path source = entries.get(i);
                    Path target =
                            folder.resolve(String.format(java.util.Locale.ROOT, "%03d-%s", i, source.getFileName()));
                    if (Files.isDirectory(source)) {
                        copyTree(source, target);
                    } else {
                        linkOrCopy(source, target);
                    }
                }
                readableClasspath = folder;
            }
            try (Stream<Path> copies = Files.list(readableClasspath)) {
                return String.join(
                        java.io.File.pathSeparator,
                        copies.sorted().map(Path::toString).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        openToAll(target);
    }

    private static void linkOrCopy(Path source, Path target) throws IOException {
        boolean othersRead = Files.getPosixFilePermissions(source).contains(PosixFilePermission.OTHERS_READ);
        if (othersRead) {
            try {
                Files.createLink(target, source);
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // Another file system, or links not allowed: copy instead.
            }
        }
        Files.copy(source, target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
    }
}
