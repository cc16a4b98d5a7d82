package org.sendsearch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SEND theme taxonomy from {@code index-config/themes.json}: an object with a "themes" array,
 * each theme having an {@code id} (kebab-case), {@code label}, one-line {@code description} and
 * {@code signals} (words, phrases and acronyms that show a passage is about the theme). Loading
 * validates everything and fails with the file and what is wrong, because a typo in the taxonomy
 * would otherwise silently tag nothing.
 */
public final class ThemeTaxonomy {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** One theme. */
    public record Theme(String id, String label, String description, List<String> signals) {
        public Theme {
            signals = List.copyOf(signals);
        }
    }

    private final List<Theme> themes;

    public ThemeTaxonomy(List<Theme> themes) {
        this.themes = List.copyOf(themes);
    }

    public List<Theme> themes() {
        return themes;
    }

    /** Reads and validates the taxonomy file. */
    public static ThemeTaxonomy load(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    file + ": bad JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.path("themes").isArray()) {
            throw new IllegalArgumentException(file + ": expected an object with a \"themes\" array");
        }
        List<Theme> themes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode node : root.get("themes")) {
            String where = file + ": theme " + index++;
            String id = text(node, "id", where);
            where += " (" + id + ")";
            if (!KEBAB.matcher(id).matches()) {
                throw new IllegalArgumentException(where + ": id must be kebab-case (lower-case words joined by '-')");
            }
            if (!ids.add(id)) {
                throw new IllegalArgumentException(where + ": duplicate id '" + id + "'");
            }
            String label = text(node, "label", where);
            String description = text(node, "description", where);
            JsonNode signalNodes = node.get("signals");
            if (signalNodes == null || !signalNodes.isArray() || signalNodes.isEmpty()) {
                throw new IllegalArgumentException(where + ": empty or missing \"signals\"");
            }
            List<String> signals = new ArrayList<>();
            for (JsonNode signal : signalNodes) {
                if (!signal.isTextual() || signal.asText().isBlank()) {
                    throw new IllegalArgumentException(where + ": signals must be non-empty strings, found " + signal);
                }
                signals.add(signal.asText().strip());
            }
            themes.add(new Theme(id, label, description, signals));
        }
        if (themes.isEmpty()) {
            throw new IllegalArgumentException(file + ": no themes");
        }
        return new ThemeTaxonomy(themes);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": missing or empty \"" + field + "\"");
        }
        return value.asText().strip();
    }
}
