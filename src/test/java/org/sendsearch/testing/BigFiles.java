package org.sendsearch.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Large files under the size limit, made on the spot from the paragraphs of the bundled letters in
 * a seeded random order (realistic text: sentences, headings, bullets), so that nothing this big
 * is ever committed. Plain text files are blank-line-separated paragraphs; HTML files are one
 * {@code <p>} a paragraph.
 */
public final class BigFiles {
    private static final long MB = 1024 * 1024;

    private BigFiles() {}

    /** A plain-text file of at least {@code bytes} bytes (a paragraph over at most). */
    public static Path text(Path file, long bytes, Path corpus) throws IOException {
        return write(file, bytes, corpus, false);
    }

    /** An HTML page of at least {@code bytes} bytes (a paragraph over at most). */
    public static Path html(Path file, long bytes, Path corpus) throws IOException {
        return write(file, bytes, corpus, true);
    }

    /** {@code megabytes} as bytes. */
    public static long megabytes(long megabytes) {
        return megabytes * MB;
    }

    private static Path write(Path file, long bytes, Path corpus, boolean html) throws IOException {
        List<String> paragraphs = paragraphs(corpus);
        Random random = new Random(13);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String head = html
                    ? "<html><head><title>Joint local area SEND inspection</title></head><body>\n"
                    : "Joint local area SEND inspection\n\n";
            out.write(head);
            written += head.length();
            while (written < bytes) {
                String paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
                String block = html
                        ? "<p>" + paragraph.replace("&", "&amp;").replace("<", "&lt;") + "</p>\n"
                        : paragraph + "\n\n";
                out.write(block);
                written += block.getBytes(StandardCharsets.UTF_8).length;
            }
            if (html) {
                out.write("</body></html>\n");
            }
        }
        return file;
    }

    private static List<String> paragraphs(Path corpus) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (var files = Files.list(corpus)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String paragraph : Files.readString(file).split("\n\n")) {
                    if (paragraph.strip().length() > 40) {
                        paragraphs.add(paragraph.strip());
                    }
                }
            }
        }
        return paragraphs;
    }
}
