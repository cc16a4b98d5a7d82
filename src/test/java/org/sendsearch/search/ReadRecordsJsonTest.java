package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendsearch.ingest.DocumentFormat;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Framework;
import org.sendsearch.model.Outcome;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.PublishedAddress;
import org.sendsearch.model.RevisitProgress;
import org.sendsearch.model.Section;

/**
 * The read records against literal JSON: what the index stores is read into the typed, composed
 * records by both mappers that read {@code _source} (the Elasticsearch client's and the plain one of
 * {@link SearchAnswerReader}), and written back flat, field for field; a hit's API JSON is unchanged.
 */
class ReadRecordsJsonTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper CLIENT = new JacksonJsonpMapper().objectMapper();
    private static final ObjectMapper WEB = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final String DOCUMENT = """
            {"id":"liverpool-2019-abc","sourcePath":"liverpool-2019.txt","format":"txt","sizeBytes":18234,
             "sha256":"0f3a","type":"inspection-letter","area":"Liverpool","region":"North West",
             "title":"Joint local area SEND inspection in Liverpool","date":"2019-02-26","year":2019,
             "researchDate":"2019-02-26","framework":"2016","inspectionId":"liverpool-2016-2019-01-18",
             "outcomeValue":"sufficient-progress",
             "publishedAddress":{"url":"https://reports.ofsted.gov.uk/provider/44/80538","origin":"list"},
             "previousInspectionStart":"2016-05-09","previousInspectionEnd":"2016-05-13",
             "nextInspection":"within approximately 3 years","nextInspectionBy":"2022-01-18","monitoringBy":"2020-07-18",
             "priorityActions":[],"areasForImprovement":[],
             "revisitProgress":[{"weakness":"The timeliness of assessments","sufficient":true,
               "sentence":"The area has made sufficient progress."}],
             "inspectionStart":"2019-01-14","inspectionEnd":"2019-01-18","wsoaRequired":true,
             "significantWeaknesses":["The timeliness of assessments"],"outcome":"The area has made sufficient progress",
             "leadInspector":"Jane Smith","inspectors":["A HMI","B CQC"],"addressees":["Ms X"],
             "healthBodies":["NHS Liverpool CCG"],"committee":"Cabinet","meetingDate":"2019-03-01","author":"C Officer",
             "warnings":["w1"],"themes":["ehc-plans"],"text":"Dear Ms X","source":"/data/corpus"}""";
    private static final String PASSAGE = """
            {"id":"liverpool-2019-abc-3","documentId":"liverpool-2019-abc","ordinal":3,"section":"meeting-needs",
             "heading":"Areas for development","polarity":"weakness","themes":["ehc-plans"],"text":"Plans are late.",
             "start":10,"end":25,"title":"Joint local area SEND inspection in Liverpool","area":"Liverpool",
             "region":"North West","type":"inspection-letter","year":2019,"date":"2019-02-26","wsoaRequired":false,
             "leadInspector":"Jane Smith","researchDate":"2019-02-26","framework":"2016",
             "inspectionId":"liverpool-2016-2019-01-18","outcomeValue":"sufficient-progress",
             "publishedAddress":{"url":"https://reports.ofsted.gov.uk/provider/44/80538","origin":"list"}}""";

    @Test
    void aStoredDocumentIsReadIntoItsPartsAndWrittenBackFlat() throws Exception {
        for (ObjectMapper mapper : List.of(PLAIN, CLIENT)) {
            DocumentSource document = mapper.readValue(DOCUMENT, DocumentSource.class);
            assertEquals(
                    new StoredFile("liverpool-2019.txt", DocumentFormat.TXT, 18234L, "0f3a", "/data/corpus"),
                    document.file());
            assertEquals(
                    new DocumentFacts(
                            "Joint local area SEND inspection in Liverpool",
                            "Liverpool",
                            "North West",
                            DocumentType.INSPECTION_LETTER,
                            2019,
                            LocalDate.of(2019, 2, 26),
                            true,
                            "Jane Smith",
                            LocalDate.of(2019, 2, 26),
                            Framework.JOINT_LOCAL_AREA_2016,
                            "liverpool-2016-2019-01-18",
                            Outcome.SUFFICIENT_PROGRESS,
                            PublishedAddress.listed("https://reports.ofsted.gov.uk/provider/44/80538")),
                    document.facts());
            assertEquals(
                    new InspectionFacts(
                            LocalDate.of(2019, 1, 14),
                            LocalDate.of(2019, 1, 18),
                            List.of("The timeliness of assessments"),
                            "The area has made sufficient progress",
                            List.of("A HMI", "B CQC"),
                            List.of("Ms X"),
                            List.of("NHS Liverpool CCG"),
                            LocalDate.of(2016, 5, 9),
                            LocalDate.of(2016, 5, 13),
                            "within approximately 3 years",
                            LocalDate.of(2022, 1, 18),
                            LocalDate.of(2020, 7, 18),
                            List.of(),
                            List.of(),
                            List.of(new RevisitProgress(
                                    "The timeliness of assessments", true, "The area has made sufficient progress."))),
                    document.inspection());
            assertEquals(new CouncilPaper("Cabinet", LocalDate.of(2019, 3, 1), "C Officer"), document.paper());
            assertEquals(List.of("w1"), document.warnings());
            assertEquals(PLAIN.readTree(DOCUMENT), tree(mapper, document));
        }
    }

    @Test
    void aStoredPassageIsReadWithItsDocumentsFactsAndWrittenBackFlat() throws Exception {
        for (ObjectMapper mapper : List.of(PLAIN, CLIENT)) {
            PassageSource passage = mapper.readValue(PASSAGE, PassageSource.class);
            assertEquals(Section.MEETING_NEEDS, passage.section());
            assertEquals(Polarity.WEAKNESS, passage.polarity());
            assertEquals(
                    new DocumentFacts(
                            "Joint local area SEND inspection in Liverpool",
                            "Liverpool",
                            "North West",
                            DocumentType.INSPECTION_LETTER,
                            2019,
                            LocalDate.of(2019, 2, 26),
                            false,
                            "Jane Smith",
                            LocalDate.of(2019, 2, 26),
                            Framework.JOINT_LOCAL_AREA_2016,
                            "liverpool-2016-2019-01-18",
                            Outcome.SUFFICIENT_PROGRESS,
                            PublishedAddress.listed("https://reports.ofsted.gov.uk/provider/44/80538")),
                    passage.document());
            assertEquals(PLAIN.readTree(PASSAGE), tree(mapper, passage));
        }
    }

    @Test
    void absentFieldsAreNullOrEmptyAndUnknownFieldsAreIgnored() throws Exception {
        for (ObjectMapper mapper : List.of(PLAIN, CLIENT)) {
            PassageSource passage = mapper.readValue(
                    "{\"id\":\"d\",\"text\":\"t\",\"passageCount\":3,\"format\":\"pdf\"}", PassageSource.class);
            assertEquals(DocumentFacts.absent(), passage.document());
            assertEquals(List.of(), passage.themes());
            DocumentSource document = mapper.readValue("{\"id\":\"d\",\"passageCount\":3}", DocumentSource.class);
            assertEquals(new StoredFile(null, null, null, null, null), document.file());
            assertEquals(List.of(), document.inspection().inspectors());
            assertEquals("", document.text());
        }
    }

    @Test
    void anUnknownVocabularyValueOrDateFailsTheRead() {
        assertThrows(Exception.class, () -> PLAIN.readValue("{\"polarity\":\"sideways\"}", PassageSource.class));
        assertThrows(Exception.class, () -> CLIENT.readValue("{\"date\":\"26 Feb\"}", PassageSource.class));
    }

    @Test
    void aHitsApiJsonKeepsIdsAndIsoDates() throws Exception {
        PassageSource passage = PLAIN.readValue(PASSAGE, PassageSource.class);
        SearchHit hit = SearchHit.finding(passage.id(), passage, Highlight.plain(passage.text()));
        String expected = """
                {"id":"liverpool-2019-abc-3","documentId":"liverpool-2019-abc",\
                "title":"Joint local area SEND inspection in Liverpool","area":"Liverpool","type":"inspection-letter",\
                "date":"2019-02-26","researchDate":"2019-02-26","section":"meeting-needs",\
                "heading":"Areas for development","polarity":"weakness","themes":["ehc-plans"],"text":"Plans are late.","highlight":"Plans are late.",\
                "citation":"Ofsted and CQC, Joint local area SEND inspection in Liverpool, letter of 26 February 2019, \
                'Areas for development' (meeting needs)","url":"/documents/liverpool-2019-abc#p-3"}""";
        assertEquals(expected, WEB.writeValueAsString(hit));
        assertEquals(expected, PLAIN.writeValueAsString(hit));
    }

    private static JsonNode tree(ObjectMapper mapper, Object value) throws Exception {
        return PLAIN.readTree(mapper.writeValueAsString(value));
    }
}
