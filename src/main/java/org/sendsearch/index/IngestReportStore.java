package org.sendsearch.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Keeps the latest {@link IngestReport} as {@code ingest-report.json} in the data folder, where the
 * web server finds it. Written to a temporary file and moved into place, so a reader never sees
 * half a report.
 */
public record IngestReportStore(Path file) {
    public static final String FILE_NAME = "ingest-report.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static IngestReportStore inDataDirectory(Path dataDirectory) {
        return new IngestReportStore(dataDirectory.resolve(FILE_NAME));
    }

    public void save(IngestReport report) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, FILE_NAME, ".tmp");
        try {
            JSON.writeValue(temporary.toFile(), report);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The latest report's JSON as written, or empty when no run has finished yet. */
    public Optional<String> readJson() throws IOException {
        return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    }
}
