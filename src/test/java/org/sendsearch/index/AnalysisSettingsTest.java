package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.config.ConfigException;
import org.sendsearch.testing.RealElasticsearch;

/** The index analysis from index-config/, on a real node with the project's plugin installed. */
@ExtendWith(RealElasticsearch.class)
class AnalysisSettingsTest {
    private static final String INDEX = "analysis-settings-test";

    @BeforeAll
    static void createIndex(ElasticsearchClient client) throws IOException {
        ObjectNode analysis = AnalysisSettings.load(ConfigDirectory.locate());
        String settings = "{\"settings\":{\"number_of_replicas\":0,\"analysis\":" + analysis + "}}";
        client.indices().create(request -> request.index(INDEX).withJson(new StringReader(settings)));
    }

    @AfterAll
    static void deleteIndex(ElasticsearchClient client) throws IOException {
        client.indices().delete(request -> request.index(INDEX));
    }

    @Test
    void acronymAndExpansionGiveTheSameStems(ElasticsearchClient client) throws IOException {
        Set<String> acronym = terms(client, "send_english_search", "Children waited for EHCP assessments");
        Set<String> spelledOut =
                terms(client, "send_english_search", "child waiting for an education, health and care plan assessment");
        assertEquals(acronym, spelledOut);
        assertTrue(acronym.containsAll(List.of("child", "wait", "ehcp", "assessment")), acronym.toString());
    }

    @Test
    void indexAnalyzerStemsPossessivesFoldsAndDropsStopWords(ElasticsearchClient client) throws IOException {
        assertEquals(
                List.of("area", "plan", "naive", "cafe", "wait"),
                tokens(client, "send_english", "The area’s plans: naïve café waits"));
    }

    @Test
    void exactAnalyzerKeepsTheWordsAsWritten(ElasticsearchClient client) throws IOException {
        assertEquals(
                List.of("tell", "their", "story", "more", "than", "once"),
                tokens(client, "send_exact", "Tell their story more than once"));
    }

    @Test
    void aBadSynonymRuleIsReportedWithItsFile(@TempDir Path folder) throws IOException {
        Files.copy(
                ConfigDirectory.locate().resolve(AnalysisSettings.ANALYSIS_FILE),
                folder.resolve(AnalysisSettings.ANALYSIS_FILE));
        Files.writeString(folder.resolve(AnalysisSettings.SYNONYMS_FILE), "ehcp, the\n");
        ConfigException error =
                assertThrows(ConfigException.class, () -> AnalysisSettings.load(new ConfigDirectory(folder)));
        assertTrue(error.getMessage().contains("synonyms.txt"), error.getMessage());
    }

    @Test
    void brokenAnalysisJsonIsReportedWithItsLine(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(AnalysisSettings.ANALYSIS_FILE), "{\n \"analysis\": {\n");
        ConfigException error =
                assertThrows(ConfigException.class, () -> AnalysisSettings.load(new ConfigDirectory(folder)));
        assertTrue(error.getMessage().contains("analysis.json is not valid JSON"), error.getMessage());
    }

    private static List<String> tokens(ElasticsearchClient client, String analyzer, String text) throws IOException {
        return client
                .indices()
                .analyze(request -> request.index(INDEX).analyzer(analyzer).text(text))
                .tokens()
                .stream()
                .map(AnalyzeToken::token)
                .toList();
    }

    private static Set<String> terms(ElasticsearchClient client, String analyzer, String text) throws IOException {
        return new TreeSet<>(tokens(client, analyzer, text));
    }
}
