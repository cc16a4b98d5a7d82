package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The word-at-a-time index chain gives exactly the analyzer's terms, in order. */
class IndexTermsTest {

    private static final TermAnalysis ANALYZER = TermAnalysis.indexChain();

    /** Words and spellings where each stage of the chain does something. */
    private static final List<String> AWKWARD = List.of(
            "",
            "   \n\t ",
            "The children’s carers said the area‘s plans were provided; the news was his.",
            "Parent´s views, parentʼs views, parent‛s views, parent＇s views and parent's views",
            "naïve café Œuvre ﬁnance straße ÀÉÎÕÜ",
            "Needs, needs, NEEDS, years, days, conditions, sessions, boards, universities, authorities",
            "EHCP EHC plans SENCo SENCOs 0-25 16–19 2023/24 £1.5m 3.5% 10,000 e.g. i.e. U.K.",
            "not in education, employment or training; no EHC plan; did not meet",
            "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with",
            "x".repeat(300) + " " + "y".repeat(600),
            "日本語のテキスト 한국어 текст на русском عربى 👍🏽 👨‍👩‍👧 🇬🇧",
            "it's they'll we're O'Neill rock'n'roll 'quoted' ’quoted’ don’t won't");

    @Test
    void awkwardTextGivesTheAnalyzersTerms() {
        TermAnalysis fast = new IndexTerms();
        for (String text : AWKWARD) {
            assertEquals(ANALYZER.terms(text), fast.terms(text), text);
            assertEquals(ANALYZER.terms(text), fast.terms(text), "again, from the table: " + text);
        }
    }

    @Test
    void corpusTextGivesTheAnalyzersTerms() throws IOException {
        TermAnalysis fast = new IndexTerms();
        for (String text : corpusTexts()) {
            assertEquals(ANALYZER.terms(text), fast.terms(text));
            for (String line : text.split("\n")) {
                assertEquals(ANALYZER.terms(line), fast.terms(line), line);
            }
        }
    }

    @Test
    void emptyingAFullTableChangesNothing() throws IOException {
        TermAnalysis fast = new IndexTerms();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < IndexTerms.MAX_WORDS + 10; i++) {
            words.add("word" + Integer.toString(i, 36));
        }
        String many = String.join(" ", words);
        assertEquals(ANALYZER.terms(many), fast.terms(many));
        String text = corpusTexts().get(0);
        assertEquals(ANALYZER.terms(text), fast.terms(text));
    }

    @Test
    void threadsShareOneInstance() throws Exception {
        TermAnalysis fast = new IndexTerms();
        List<String> texts = corpusTexts();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                results.add(pool.submit(() -> {
                    for (String text : texts) {
                        if (!ANALYZER.terms(text).equals(fast.terms(text))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertEquals(true, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> corpusTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestCorpus.CORPUS)) {
            for (Path file : files.sorted().toList()) {
                if (file.toString().endsWith(".txt")) {
                    texts.add(Files.readString(file));
                }
            }
        }
        return texts;
    }
}
