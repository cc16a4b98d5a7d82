package org.sendsearch.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code index-config/} folder: index settings, mappings, analysis, synonyms, extraction rules and the theme
 * taxonomy, kept as data so they can be changed without touching code.
 *
 * <p>Found, in order: the folder named by {@code SENDSEARCH_INDEX_CONFIG} (or the system property
 * {@code sendsearch.index-config}), {@code ./index-config}, and {@code index-config} under the
 * project folder the tests name ({@code sendsearch.project.dir}).
 */
public record ConfigDirectory(Path path) {
    public ConfigDirectory {
        if (!Files.isDirectory(path)) {
            throw new ConfigException(path, "is not a folder");
        }
    }

    public static ConfigDirectory locate() {
        String explicit = System.getProperty("sendsearch.index-config", System.getenv("SENDSEARCH_INDEX_CONFIG"));
        if (explicit != null && !explicit.isBlank()) {
            return new ConfigDirectory(Path.of(explicit).toAbsolutePath());
        }
        Path local = Path.of("index-config");
        if (Files.isDirectory(local)) {
            return new ConfigDirectory(local.toAbsolutePath());
        }
        String project = System.getProperty("sendsearch.project.dir");
        if (project != null && Files.isDirectory(Path.of(project, "index-config"))) {
            return new ConfigDirectory(Path.of(project, "index-config").toAbsolutePath());
        }
        throw new ConfigException(
                local.toAbsolutePath(), "was not found: run from the project folder or set SENDSEARCH_INDEX_CONFIG");
    }

    public Path resolve(String fileName) {
        return path.resolve(fileName);
    }

    /** Reads one of the folder's files as UTF-8, with an error that names the file. */
    public String read(String fileName) {
        Path file = resolve(fileName);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file, "cannot be read: " + e.getMessage());
        }
    }
}
