package org.sendsearch.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The real model, loaded once for the run: what its vectors are and what it does with bad input. */
class TextEmbedderTest {
    private static final TextEmbedder MODEL = TextEmbedder.shared();

    @Test
    void givesUnitVectorsOf384Floats() {
        for (String text : List.of("Waiting times for autism assessment are too long.", "EHCP", "a")) {
            EmbeddingResult result = MODEL.embedPassage(text);
            assertTrue(result.isEmbedded(), result.refusal());
            assertEquals(TextEmbedder.DIMENSIONS, result.vector().length);
            assertEquals(1.0, Vectors.dot(result.vector(), result.vector()), 1e-5, text);
            assertFalse(result.truncated());
        }
    }

    @Test
    void theSameTextAlwaysGivesTheSameVector() {
        String text = "Leaders have an accurate understanding of the local area's strengths and weaknesses.";
        float[] first = MODEL.embedPassage(text).vector();
        assertArrayEquals(first, MODEL.embedPassage(text).vector());
        List<EmbeddingResult> batch =
                MODEL.embedPassages(List.of("Short breaks are hard to get.", text, "CAMHS waits"));
        assertArrayEquals(first, batch.get(1).vector(), "a text's neighbours in a batch do not change its vector");
        assertArrayEquals(
                MODEL.embedPassage("CAMHS waits").vector(), batch.get(2).vector(), "results keep the input order");
        assertEquals(MODEL.modelId(), TextEmbedder.shared().modelId());
        assertTrue(MODEL.modelId().matches("bge-small-en-v1\\.5-q-[0-9a-f]{12}"), MODEL.modelId());
    }

    @Test
    void respiteCareMeansShortBreaksMoreThanPlanTimeliness() {
        float[] respite = MODEL.embedPassage("respite care").vector();
        float[] breaks = MODEL.embedPassage("short breaks").vector();
        float[] timeliness = MODEL.embedPassage("EHC plan timeliness").vector();
        assertTrue(
                Vectors.dot(respite, breaks) > Vectors.dot(respite, timeliness),
                "respite/short breaks " + Vectors.dot(respite, breaks) + ", respite/EHC plan timeliness "
                        + Vectors.dot(respite, timeliness));

        float[] query = MODEL.embedQuery("respite care").vector();
        float[] breaksPassage = MODEL.embedPassage(
                        "Parents told inspectors that short breaks for their disabled children are hard to find.")
                .vector();
        float[] timelinessPassage = MODEL.embedPassage("Too few EHC plans are issued within the statutory 20 weeks.")
                .vector();
        assertTrue(
                Vectors.dot(query, breaksPassage) > Vectors.dot(query, timelinessPassage),
                "query against passages: " + Vectors.dot(query, breaksPassage) + " vs "
                        + Vectors.dot(query, timelinessPassage));
    }

    @Test
    void queriesCarryTheBgePrefixAndPassagesDoNot() {
        String query = "speech therapy waiting lists";
        float[] asQuery = MODEL.embedQuery(query).vector();
        assertArrayEquals(MODEL.embedPassage(TextEmbedder.QUERY_PREFIX + query).vector(), asQuery);
        float[] asPassage = MODEL.embedPassage(query).vector();
        assertTrue(
                Vectors.dot(asQuery, asPassage) < 0.999,
                "the prefix changes the vector: " + Vectors.dot(asQuery, asPassage));
    }

    @Test
    void textWithNothingToReadIsRefusedWithAReason() {
        for (String text : new String[] {null, "", "   ", "\n\t "}) {
            EmbeddingResult result = MODEL.embedPassage(text);
            assertFalse(result.isEmbedded());
            assertNotNull(result.refusal());
        }
        assertFalse(MODEL.embedQuery(" ").isEmbedded());
        List<EmbeddingResult> mixed = MODEL.embedPassages(List.of("", "Joint commissioning is weak."));
        assertFalse(mixed.get(0).isEmbedded());
        assertTrue(mixed.get(1).isEmbedded(), "one bad text does not spoil the batch");
    }

    @Test
    void aHugeTextIsCutToTheModelsWindowQuickly() {
        String sentence = "The local area's leaders have not ensured that children's needs are identified in time. ";
        String huge = sentence.repeat(3_000_000 / sentence.length());
        long started = System.nanoTime();
        EmbeddingResult result = MODEL.embedPassage(huge);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(result.isEmbedded(), result.refusal());
        assertTrue(result.truncated());
        assertTrue(millis < 10_000, "a 3-million-character text took " + millis + " ms");
        assertArrayEquals(
                MODEL.embedPassage(sentence.repeat(60)).vector(),
                result.vector(),
                "only the start the model reads counts");

        String oneLongWord = "x".repeat(200_000);
        EmbeddingResult word = MODEL.embedPassage(oneLongWord);
        assertTrue(word.isEmbedded(), word.refusal());

        EmbeddingResult fits = MODEL.embedPassage(sentence.repeat(20));
        assertFalse(fits.truncated(), "about 360 tokens fit");
    }

    @Test
    void queriesFromManyThreadsBesideABatchGiveTheirOwnVectors() throws Exception {
        List<String> queries = List.of(
                "autism assessment waits",
                "EHC plan quality",
                "short breaks",
                "CAMHS",
                "preparation for adulthood",
                "joint commissioning",
                "SENCo training",
                "exclusions");
        List<float[]> alone =
                queries.stream().map(query -> MODEL.embedQuery(query).vector()).toList();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            Future<List<EmbeddingResult>> batch = callers.submit(() -> MODEL.embedPassages(queries));
            List<Future<float[]>> together = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String query : queries) {
                    together.add(callers.submit(() -> MODEL.embedQuery(query).vector()));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertArrayEquals(
                        alone.get(i % queries.size()), together.get(i).get(), queries.get(i % queries.size()));
            }
            assertEquals(
                    queries.size(),
                    batch.get().stream().filter(EmbeddingResult::isEmbedded).count());
        } finally {
            callers.shutdownNow();
        }
    }
}
