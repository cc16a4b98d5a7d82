package org.sendsearch.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sendsearch.analysis.SendSynonyms;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.config.ConfigException;

/**
 * The index analysis settings: {@code analysis.json} with the SEND synonym rules from
 * {@code synonyms.txt} put into the synonym filter. Rules are checked here, at start-up, with the
 * same Lucene code the plugin runs, so a bad rule is reported with its file and line instead of as
 * an index-creation failure deep inside Elasticsearch.
 */
public final class AnalysisSettings {
    public static final String ANALYSIS_FILE = "analysis.json";
    public static final String SYNONYMS_FILE = "synonyms.txt";
    static final String SYNONYM_FILTER = "send_synonyms";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalysisSettings() {}

    /** The {@code "analysis"} settings object, ready to go into an index's settings. */
    public static ObjectNode load(ConfigDirectory config) {
        JsonNode root;
        try {
            root = JSON.readTree(config.read(ANALYSIS_FILE));
        } catch (JsonProcessingException e) {
            throw new ConfigException(
                    config.resolve(ANALYSIS_FILE),
                    "is not valid JSON: " + e.getOriginalMessage() + " (line "
                            + e.getLocation().getLineNr() + ")");
        }
        if (!(root.get("analysis") instanceof ObjectNode analysis)) {
            throw new ConfigException(config.resolve(ANALYSIS_FILE), "has no \"analysis\" object");
        }
        if (!(analysis.path("filter").get(SYNONYM_FILTER) instanceof ObjectNode synonymFilter)) {
            throw new ConfigException(config.resolve(ANALYSIS_FILE), "defines no filter \"" + SYNONYM_FILTER + "\"");
        }
        List<String> rules = synonymRules(config);
        ArrayNode synonyms = synonymFilter.putArray("synonyms");
        rules.forEach(synonyms::add);
        return analysis.deepCopy();
    }

    /** The rule lines of {@code synonyms.txt}, checked by parsing them as the plugin will. */
    public static List<String> synonymRules(ConfigDirectory config) {
        List<String> rules = config.read(SYNONYMS_FILE)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        try {
            SendSynonyms.parse(rules);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(config.resolve(SYNONYMS_FILE), "has a bad rule: " + e.getMessage());
        }
        return rules;
    }
}
