package org.sendsearch.insights;

import java.util.Locale;
import org.sendsearch.search.InvalidSearchException;

/** The export formats: CSV for spreadsheets, JSON for programs. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=utf-8"),
    JSON("json", "application/json; charset=utf-8");

    private final String id;
    private final String contentType;

    ExportFormat(String id, String contentType) {
        this.id = id;
        this.contentType = contentType;
    }

    public String id() {
        return id;
    }

    public String contentType() {
        return contentType;
    }

    public static ExportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return CSV;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "json" -> JSON;
            default ->
                throw new InvalidSearchException("format must be 'csv' or 'json', not '"
                        + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'.");
        };
    }
}
