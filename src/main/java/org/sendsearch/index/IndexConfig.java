package org.sendsearch.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.config.ConfigException;
import org.sendsearch.ingest.ExtractionRules;
import org.sendsearch.util.Sha256;

/**
 * Everything that shapes the two indices, read from {@code index-config/} and checked at start-up:
 * {@code documents.json} and {@code passages.json} (each {@code {"settings": ..., "mappings": ...}}),
 * with the analysis of {@code analysis.json} + {@code synonyms.txt} added to both, and the
 * extraction rules that decide what the passages say ({@link ExtractionRules#FILES}).
 *
 * <p>The {@linkplain #version() version} is a hash of exactly those files, so any change to
 * them, and nothing else, makes the indexer rebuild into new indices. Problems are reported with
 * the file they are in, before any index is touched.
 */
public final class IndexConfig {
    /** The files whose content goes into the version, in a fixed order. */
    public static final List<String> VERSIONED_FILES = Stream.concat(
                    Stream.of(
                            AnalysisSettings.ANALYSIS_FILE,
                            AnalysisSettings.SYNONYMS_FILE,
                            IndexKind.DOCUMENTS.configFile(),
                            IndexKind.PASSAGES.configFile()),
                    ExtractionRules.FILES.stream())
            .toList();

    /** Analyzers every Elasticsearch has, beside those analysis.json defines. */
    private static final Set<String> BUILT_IN_ANALYZERS = Set.of("standard", "simple", "whitespace", "stop", "keyword");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigDirectory directory;
    private final String version;
    private final Map<IndexKind, ObjectNode> bodies;

    private IndexConfig(ConfigDirectory directory, String version, Map<IndexKind, ObjectNode> bodies) {
        this.directory = directory;
        this.version = version;
        this.bodies = bodies;
    }

    /** Reads and checks the folder; throws a {@link ConfigException} naming the file at fault. */
    public static IndexConfig load(ConfigDirectory directory) {
        ObjectNode analysis = AnalysisSettings.load(directory);
        ExtractionRules.load(directory); // checked here too, so every command refuses a bad table at start-up
        Map<IndexKind, ObjectNode> bodies = new EnumMap<>(IndexKind.class);
        for (IndexKind kind : IndexKind.values()) {
            bodies.put(kind, createBody(directory, kind, analysis));
        }
        return new IndexConfig(directory, versionOf(directory), bodies);
    }

    /** First 12 hex digits of the SHA-256 of the versioned files (names and contents). */
    static String versionOf(ConfigDirectory directory) {
        MessageDigest digest = Sha256.digest();
        for (String file : VERSIONED_FILES) {
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(directory.read(file).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return Sha256.hex(digest).substring(0, 12);
    }

    private static ObjectNode createBody(ConfigDirectory directory, IndexKind kind, ObjectNode analysis) {
        String file = kind.configFile();
        JsonNode root;
        try {
            root = JSON.readTree(directory.read(file));
        } catch (JsonProcessingException e) {
            throw new ConfigException(
                    directory.resolve(file),
                    "is not valid JSON: " + e.getOriginalMessage() + " (line "
                            + e.getLocation().getLineNr() + ")");
        }
        if (!(root instanceof ObjectNode object)) {
            throw new ConfigException(
                    directory.resolve(file), "must hold a JSON object with \"settings\" and \"mappings\"");
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Set.of("_comment", "settings", "mappings").contains(name)) {
                throw new ConfigException(
                        directory.resolve(file),
                        "has an unknown top-level key \"" + name + "\" (expected \"settings\" and \"mappings\")");
            }
        }
        JsonNode settings = object.path("settings");
        if (!settings.isMissingNode() && !settings.isObject()) {
            throw new ConfigException(directory.resolve(file), "\"settings\" must be an object");
        }
        if (settings.has("analysis") || settings.path("index").has("analysis")) {
            throw new ConfigException(
                    directory.resolve(file),
                    "must not define \"analysis\": it comes from " + AnalysisSettings.ANALYSIS_FILE
                            + ", shared by both indices");
        }
        if (!(object.path("mappings").path("properties") instanceof ObjectNode properties) || properties.isEmpty()) {
            throw new ConfigException(directory.resolve(file), "has no \"mappings\": {\"properties\": {...}}");
        }
        Set<String> analyzers = new HashSet<>(BUILT_IN_ANALYZERS);
        analysis.path("analyzer").fieldNames().forEachRemaining(analyzers::add);
        Set<String> normalizers = new HashSet<>();
        analysis.path("normalizer").fieldNames().forEachRemaining(normalizers::add);
        checkFields(directory, file, "", properties, analyzers, normalizers);

        ObjectNode body = JSON.createObjectNode();
        ObjectNode bodySettings = settings.isObject() ? ((ObjectNode) settings).deepCopy() : JSON.createObjectNode();
        bodySettings.set("analysis", analysis.deepCopy());
        body.set("settings", bodySettings);
        body.set("mappings", object.get("mappings").deepCopy());
        return body;
    }

    /** Every field has a type, and every analyzer or normalizer it names exists. */
    private static void checkFields(
            ConfigDirectory directory,
            String file,
            String path,
            ObjectNode properties,
            Set<String> analyzers,
            Set<String> normalizers) {
        properties.fields().forEachRemaining(entry -> {
            String field = path + entry.getKey();
            JsonNode definition = entry.getValue();
            if (!definition.isObject()) {
                throw new ConfigException(directory.resolve(file), "field \"" + field + "\" must be an object");
            }
            if (definition.has("properties")) {
                checkFields(
                        directory,
                        file,
                        field + ".",
                        (ObjectNode) definition.get("properties"),
                        analyzers,
                        normalizers);
                return;
            }
            if (!definition.path("type").isTextual()) {
                throw new ConfigException(directory.resolve(file), "field \"" + field + "\" has no \"type\"");
            }
            for (String key : List.of("analyzer", "search_analyzer")) {
                JsonNode analyzer = definition.get(key);
                if (analyzer != null && !analyzers.contains(analyzer.asText())) {
                    throw new ConfigException(
                            directory.resolve(file),
                            "field \"" + field + "\" uses " + key + " \"" + analyzer.asText() + "\", which "
                                    + AnalysisSettings.ANALYSIS_FILE + " does not define");
                }
            }
            JsonNode normalizer = definition.get("normalizer");
            if (normalizer != null && !normalizers.contains(normalizer.asText())) {
                throw new ConfigException(
                        directory.resolve(file),
                        "field \"" + field + "\" uses normalizer \"" + normalizer.asText() + "\", which "
                                + AnalysisSettings.ANALYSIS_FILE + " does not define");
            }
            if (definition.get("fields") instanceof ObjectNode subFields) {
                checkFields(directory, file, field + ".", subFields, analyzers, normalizers);
            }
        });
    }

    public ConfigDirectory directory() {
        return directory;
    }

    /** 12 hex digits naming this config; part of every physical index name. */
    public String version() {
        return version;
    }

    /** The create-index body ({@code settings} with analysis, and {@code mappings}) for one index. */
    public ObjectNode createBody(IndexKind kind) {
        return bodies.get(kind).deepCopy();
    }
}
