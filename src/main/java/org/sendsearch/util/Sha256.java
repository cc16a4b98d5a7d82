package org.sendsearch.util;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as lower-case hex: of bytes, of a string's UTF-8 and of a file read as a stream. Document
 * ids, source keys, the index-config version, the engine's install markers and the served-file check
 * all hash with this one class, so that they agree on the digest and the hex spelling. It lives below
 * every stage and imports nothing of the project, so any stage may use it.
 */
public final class Sha256 {
    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {}

    /** A fresh SHA-256 digest, for callers that feed it several parts. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** The 64 lower-case hex digits of the SHA-256 of {@code bytes}. */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(digest().digest(bytes));
    }

    /** The 64 lower-case hex digits of the SHA-256 of {@code text} encoded as UTF-8. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The 64 lower-case hex digits of what {@code digest} has been fed (which resets it). */
    public static String hex(MessageDigest digest) {
        return HEX.formatHex(digest.digest());
    }

    /**
     * The 64 lower-case hex digits of the SHA-256 of the file's bytes, read as a stream so that a large
     * file is never held in memory.
     *
     * @throws IOException when the file cannot be read
     */
    public static String hexOf(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return hex(in.getMessageDigest());
        }
    }

    /** Like {@link #hexOf}, but null when the file cannot be read (the caller then says why). */
    public static String hexOfOrNull(Path file) {
        try {
            return hexOf(file);
        } catch (IOException e) {
            return null;
        }
    }
}
