package org.sendsearch.ingest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats the extractor reads, recognised by file name extension. */
public enum DocumentFormat {
    TXT("txt"),
    MD("md"),
    HTML("html"),
    PDF("pdf");

    private final String id;

    DocumentFormat(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The format a file name says it has, or empty for anything we do not read. */
    public static Optional<DocumentFormat> of(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt", "text" -> Optional.of(TXT);
            case "md", "markdown" -> Optional.of(MD);
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "pdf" -> Optional.of(PDF);
            default -> Optional.empty();
        };
    }
}
