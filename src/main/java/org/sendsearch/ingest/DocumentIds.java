package org.sendsearch.ingest;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import org.sendsearch.util.Sha256;

/**
 * Stable document ids: a URL-safe slug of the path relative to the corpus root plus a short hash
 * of that path. The same file under the same root always gets the same id, so re-indexing
 * replaces documents instead of duplicating them; the hash keeps ids unique when two paths slug
 * alike ("a b.txt" and "a-b.txt").
 */
final class DocumentIds {
    private static final int MAX_SLUG = 80;

    private DocumentIds() {}

    /** The path relative to the root with '/' separators, or the file name if the file is not under the root. */
    static String relativePath(Path file, Path root) {
        Path absoluteFile = file.toAbsolutePath().normalize();
        Path absoluteRoot = root == null ? null : root.toAbsolutePath().normalize();
        Path relative =
                absoluteRoot != null && absoluteFile.startsWith(absoluteRoot) && !absoluteFile.equals(absoluteRoot)
                        ? absoluteRoot.relativize(absoluteFile)
                        : absoluteFile.getFileName();
        StringBuilder out = new StringBuilder();
        for (Path part : relative) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(part);
        }
        return out.toString();
    }

    static String id(String relativePath) {
        return id(relativePath, null);
    }

    /**
     * The id of a document within a scope (an index's source key): the same slug, with the hash
     * taken over the scope and the path, so one file name in two sources gives two ids.
     */
    static String id(String relativePath, String scope) {
        String slug = Normalizer.normalize(relativePath, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        String hashed = scope == null ? relativePath : scope + "/" + relativePath;
        String hash = Sha256.hex(hashed).substring(0, 8);
        return slug.isEmpty() ? hash : slug + "-" + hash;
    }
}
