package org.sendsearch.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads a whole file into memory, making sure the bytes are one version of it and not a mix of
 * two: a file being rewritten while it is read would otherwise be indexed torn, and stay so until
 * it changes again.
 *
 * <p>The file's size, modification time and identity (inode) are compared before and after the
 * read, and the read must end exactly at the size seen before. File systems keep modification
 * times to a clock tick (or to a second or two on some), so a write in the same tick as the one
 * before would not show; a file modified within the last {@link #SETTLING_TIME} is therefore read
 * a second time and both reads must match. A file that fails any of this is rejected as changed
 * while being read: the next run reads it again.
 */
final class FileBytes {
    /** A file modified more recently than this may still be being written. */
    static final Duration SETTLING_TIME = Duration.ofSeconds(2);

    static final String CHANGED = "changed while being read; try again";

    /** The most a Java array holds. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private FileBytes() {}

    /**
     * The file's bytes; the reason of the exception is the reject line (too large, not a file,
     * changed while being read). Missing or unreadable files throw the file system's exception.
     */
    static byte[] read(Path file, long maxBytes) throws IOException, UnreadableDocumentException {
        BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
        if (!before.isRegularFile()) {
            throw new UnreadableDocumentException(before.isDirectory() ? "a folder, not a file" : "not a regular file");
        }
        if (before.size() > maxBytes) {
            throw new UnreadableDocumentException(tooLarge(before.size(), maxBytes));
        }
        if (before.size() > MAX_ARRAY) {
            throw new UnreadableDocumentException(
                    "larger than a file can be read into memory (" + before.size() + " bytes)");
        }
        byte[] bytes = readExactly(file, before.size());
        BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
        if (bytes == null || !sameVersion(before, after)) {
            throw new UnreadableDocumentException(CHANGED);
        }
        if (Duration.between(after.lastModifiedTime().toInstant(), Instant.now())
                        .compareTo(SETTLING_TIME)
                < 0) {
            byte[] again = readExactly(file, after.size());
            BasicFileAttributes last = Files.readAttributes(file, BasicFileAttributes.class);
            if (again == null || !Arrays.equals(bytes, again) || !sameVersion(after, last)) {
                throw new UnreadableDocumentException(CHANGED);
            }
        }
        return bytes;
    }

    static String tooLarge(long size, long maxBytes) {
        return "larger than the size limit (" + size + " bytes > " + maxBytes + " bytes)";
    }

    /** The file's first {@code size} bytes, or null when it holds fewer or more than that now. */
    private static byte[] readExactly(Path file, long size) throws IOException {
        byte[] bytes = new byte[(int) size];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    return null;
                }
            }
            if (channel.read(ByteBuffer.allocate(1)) > 0) {
                return null;
            }
        }
        return bytes;
    }

    private static boolean sameVersion(BasicFileAttributes a, BasicFileAttributes b) {
        return a.size() == b.size()
                && a.lastModifiedTime().equals(b.lastModifiedTime())
                && Objects.equals(a.fileKey(), b.fileKey());
    }
}
