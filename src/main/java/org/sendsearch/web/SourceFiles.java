package org.sendsearch.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.search.DocumentSource;
import org.sendsearch.search.StoredFile;
import org.sendsearch.util.Sha256;

/**
 * The original files behind the documents, served read-only. A document names its file relative
 * to its source (the folder it was indexed from, or the folder of a file indexed on its own; the
 * corpus folder for a document indexed before sources were kept); the path is resolved inside that folder and refused if it would leave it
 * (through {@code ..} or a symbolic link), and the file is served only if its SHA-256 is still the
 * one indexed, so the link never shows a different file than the one that was searched.
 *
 * <p>The corpus folder is given by whoever composes the server ({@code up --corpus}); without
 * one (a null root), document pages say the original is not available.
 */
public final class SourceFiles {
    private static final Logger log = LogManager.getLogger(SourceFiles.class);
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Path root; // null: no corpus folder here

    public SourceFiles(Path root) {
        this.root = root;
    }

    /** The file of a document, if it is inside its source folder and unchanged since indexing. */
    public Optional<Path> find(DocumentSource document) {
        StoredFile file = document.file();
        Path base = file.source() != null && !file.source().isBlank() ? sourceFolder(file.source()) : root;
        if (base == null || file.sourcePath() == null || file.sourcePath().isBlank()) {
            return Optional.empty();
        }
        try {
            Path realRoot = base.toRealPath();
            Path candidate = realRoot.resolve(file.sourcePath()).normalize();
            if (!candidate.startsWith(realRoot) || !Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            Path real = candidate.toRealPath();
            if (!real.startsWith(realRoot) || Files.size(real) > MAX_BYTES) {
                return Optional.empty();
            }
            if (file.sha256() != null && !file.sha256().equalsIgnoreCase(Sha256.hexOf(real))) {
                log.warn("Source file {} changed since it was indexed; not serving it", real);
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The folder a source's relative paths start from: the source itself, or a file source's folder. */
    private static Path sourceFolder(String source) {
        try {
            Path path = Path.of(source);
            return Files.isDirectory(path) ? path : path.getParent();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /**
     * A content type that cannot run anything: text and HTML alike are shown as plain text (an
     * HTML file is a copy of someone else's page, scripts included), PDF as PDF, the rest as a
     * download.
     */
    static String contentType(String format) {
        String kind = format == null ? "" : format.toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "txt", "text", "md", "html", "htm" -> "text/plain; charset=utf-8";
            case "pdf" -> "application/pdf";
            default -> "application/octet-stream";
        };
    }
}
