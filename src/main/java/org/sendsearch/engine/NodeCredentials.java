package org.sendsearch.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The login the project uses on the nodes it manages. Security stays on even on loopback, so that
 * another local user or a stray browser page cannot read or change the index. The password is
 * generated once, kept in a file only its owner can read, and never logged or shown.
 */
public record NodeCredentials(String username, String password) {
    /** The file-realm user the project creates on its own nodes. */
    public static final String USERNAME = "send-search";

    public NodeCredentials {
        if (username == null || username.isBlank() || password == null || password.length() < 16) {
            throw new EngineException("Node credentials need a user name and a password of at least 16 characters.");
        }
    }

    /**
     * Reads the credentials file, creating it with a fresh random password (mode 600) when it does
     * not exist yet. Nodes of one cluster share one file, so they share one login.
     */
    public static synchronized NodeCredentials loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return new NodeCredentials(properties.getProperty("username"), properties.getProperty("password"));
        } catch (IOException e) {
            throw new EngineException(
                    "Could not read or create the node credentials file " + file + ": " + e.getMessage(), e);
        } catch (EngineException e) {
            throw new EngineException(
                    "The node credentials file " + file + " is damaged; delete it and the node's "
                            + "config/users file to make new ones. (" + e.getMessage() + ")",
                    e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.getParent());
        Path staging = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(staging);
        try {
            Files.createFile(
                    staging, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(staging);
        }
        try (Writer writer = Files.newBufferedWriter(staging, StandardCharsets.UTF_8)) {
            writer.write("# The login send-search uses on its own Elasticsearch nodes. Keep this file private.\n");
            writer.write("username=" + USERNAME + "\npassword=" + password + "\n");
        }
        try {
            Files.move(staging, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(staging); // Another node of the cluster made it first: use theirs.
        }
    }

    /** The connection to a node with these credentials. */
    ClusterConnection connectionTo(java.util.List<java.net.URI> urls) {
        return new ClusterConnection(urls, null, username, password, null);
    }

    /** The value of an HTTP Basic Authorization header. */
    String basicAuthorization() {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "NodeCredentials[" + username + "]";
    }
}
