package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ExtractionJsonTest {

    @Test
    void writesAnArrayWithIsoDatesNullsAndPassageFields() throws IOException {
        StringWriter out = new StringWriter();
        try (ExtractionJson json = new ExtractionJson(out, false)) {
            json.write(TestCorpus.corpus("knowsley-2022-joint-area-send-inspection-letter.txt"));
            json.write(TestCorpus.corpus("knowsley-2024-press-release-send-improvements.txt"));
        }
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertEquals(2, array.size());
        JsonNode letter = array.get(0);
        assertEquals("2021-04-26", letter.get("date").asText());
        assertEquals("2022-03-14", letter.get("inspectionStart").asText());
        assertEquals("inspection-letter", letter.get("type").asText());
        assertEquals("txt", letter.get("format").asText());
        assertTrue(letter.get("wsoaRequired").asBoolean());
        assertTrue(letter.has("committee") && letter.get("committee").isNull());
        assertTrue(letter.get("passages").get(0).get("standard").asBoolean(), "the standard opening paragraph");
        JsonNode passage = null;
        for (JsonNode candidate : letter.get("passages")) {
            if (!candidate.has("standard")) {
                passage = candidate;
                break;
            }
        }
        for (String field :
                new String[] {"id", "ordinal", "section", "heading", "polarity", "themes", "text", "start", "end"}) {
            assertTrue(passage.has(field), field);
        }
        assertEquals("main-findings", passage.get("section").asText());
        assertEquals("strength", passage.get("polarity").asText());
        assertEquals(
                letter.get("text")
                        .asText()
                        .substring(
                                passage.get("start").asInt(), passage.get("end").asInt()),
                passage.get("text").asText());
        assertTrue(array.get(1).get("inspectionStart").isNull());
    }
}
