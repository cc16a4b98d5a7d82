package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.config.ConfigException;

/** The index config files: checked with messages naming the file, and versioned by content. */
class IndexConfigTest {

    @Test
    void bundledConfigGivesBothIndicesTheAnalysis() {
        IndexConfig config = IndexConfig.load(IndexFixtures.bundledConfig());
        assertTrue(config.version().matches("[0-9a-f]{12}"), config.version());
        for (IndexKind kind : IndexKind.values()) {
            ObjectNode body = config.createBody(kind);
            assertTrue(body.path("settings").path("analysis").path("analyzer").has("send_english"));
            assertEquals(
                    "send_exact",
                    body.at("/mappings/properties/text/fields/exact/analyzer").asText());
            // Offsets only where long text is highlighted in fragments: the documents' body.
            assertEquals(
                    kind == IndexKind.DOCUMENTS ? "offsets" : "",
                    body.at("/mappings/properties/text/index_options").asText());
            assertEquals("keyword", body.at("/mappings/properties/area/type").asText());
        }
    }

    @Test
    void theVersionFollowsSynonymsMappingsAndExtractionRulesButNotOtherFiles(@TempDir Path temp) throws IOException {
        Path folder = IndexFixtures.copyOf(IndexFixtures.bundledConfig().path(), temp);
        String original = IndexConfig.load(new ConfigDirectory(folder)).version();
        Files.writeString(folder.resolve("themes.json"), Files.readString(folder.resolve("themes.json")) + "\n");
        assertEquals(original, IndexConfig.load(new ConfigDirectory(folder)).version());
        Files.writeString(folder.resolve("synonyms.txt"), "\nyoungster, child\n", StandardOpenOption.APPEND);
        String withSynonym = IndexConfig.load(new ConfigDirectory(folder)).version();
        assertNotEquals(original, withSynonym);
        Files.writeString(folder.resolve("passages.json"), Files.readString(folder.resolve("passages.json")) + " ");
        String withMapping = IndexConfig.load(new ConfigDirectory(folder)).version();
        assertNotEquals(withSynonym, withMapping);
        Files.writeString(folder.resolve("headings.tsv"), "section\tsummary\toverview\n", StandardOpenOption.APPEND);
        String withHeading = IndexConfig.load(new ConfigDirectory(folder)).version();
        assertNotEquals(withMapping, withHeading);
        Files.writeString(folder.resolve("standard-sentences.tsv"), "standard\tthank you\n", StandardOpenOption.APPEND);
        assertNotEquals(
                withHeading, IndexConfig.load(new ConfigDirectory(folder)).version());
    }

    @Test
    void aBadExtractionRuleStopsTheLoadWithItsFileAndLine(@TempDir Path temp) throws IOException {
        Path folder = IndexFixtures.copyOf(IndexFixtures.bundledConfig().path(), temp);
        Files.writeString(folder.resolve("headings.tsv"), "polarity\tstrenght\tstrength\n", StandardOpenOption.APPEND);
        ConfigException error =
                assertThrows(ConfigException.class, () -> IndexConfig.load(new ConfigDirectory(folder)));
        assertEquals(folder.resolve("headings.tsv"), error.file());
        assertTrue(
                error.getMessage().matches(".*headings\\.tsv line \\d+: unknown polarity 'strenght'.*"),
                error.getMessage());
    }

    @Test
    void brokenJsonNamesTheFile(@TempDir Path temp) throws IOException {
        Path folder = IndexFixtures.copyOf(IndexFixtures.bundledConfig().path(), temp);
        Files.writeString(folder.resolve("passages.json"), "{\"mappings\": ");
        ConfigException error =
                assertThrows(ConfigException.class, () -> IndexConfig.load(new ConfigDirectory(folder)));
        assertTrue(error.getMessage().contains("passages.json is not valid JSON"), error.getMessage());
    }

    @Test
    void anUnknownAnalyzerIsNamedWithItsField(@TempDir Path temp) throws IOException {
        Path folder = IndexFixtures.copyOf(IndexFixtures.bundledConfig().path(), temp);
        Files.writeString(
                folder.resolve("documents.json"),
                "{\"mappings\": {\"properties\": {\"text\": {\"type\": \"text\", \"analyzer\": \"englsh\"}}}}");
        ConfigException error =
                assertThrows(ConfigException.class, () -> IndexConfig.load(new ConfigDirectory(folder)));
        assertTrue(error.getMessage().contains("documents.json"), error.getMessage());
        assertTrue(error.getMessage().contains("\"text\" uses analyzer \"englsh\""), error.getMessage());
    }

    @Test
    void missingMappingsAndOwnAnalysisAreRefused(@TempDir Path temp) throws IOException {
        Path folder = IndexFixtures.copyOf(IndexFixtures.bundledConfig().path(), temp);
        Files.writeString(folder.resolve("documents.json"), "{\"settings\": {}}");
        assertTrue(assertThrows(ConfigException.class, () -> IndexConfig.load(new ConfigDirectory(folder)))
                .getMessage()
                .contains("has no \"mappings\""));
        Files.writeString(
                folder.resolve("documents.json"),
                "{\"settings\": {\"analysis\": {}}, \"mappings\": {\"properties\": {\"a\": {\"type\": \"keyword\"}}}}");
        assertTrue(assertThrows(ConfigException.class, () -> IndexConfig.load(new ConfigDirectory(folder)))
                .getMessage()
                .contains("must not define \"analysis\""));
    }

    @Test
    void layoutNamesCarryTheVersion() {
        IndexLayout layout = IndexLayout.DEFAULT;
        assertEquals("send-passages", layout.alias(IndexKind.PASSAGES));
        String name = layout.indexName(IndexKind.PASSAGES, "0123456789ab", null);
        assertEquals("send-passages-v0123456789ab", name);
        assertEquals("0123456789ab", layout.versionOf(name).orElseThrow());
        assertEquals(
                "0123456789ab",
                layout.versionOf(layout.indexName(IndexKind.DOCUMENTS, "0123456789ab", "k3x"))
                        .orElseThrow());
        assertTrue(layout.kindOf("send-passages-old").isEmpty(), "names we did not make are never touched");
        assertTrue(layout.kindOf("send-documents").isEmpty());
    }

    @Test
    void aDiskFullRefusalSaysSo() {
        assertTrue(BulkWriter.diskHint(
                        "index [x] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, "
                                + "index has read-only-allow-delete block]")
                .contains("disk"));
        assertEquals("", BulkWriter.diskHint("rejected execution of coordinating operation"));
    }
}
