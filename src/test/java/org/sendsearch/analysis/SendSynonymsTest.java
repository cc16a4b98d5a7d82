package org.sendsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** The search chain with the project's own rules from index-config/synonyms.txt. */
class SendSynonymsTest {

    static List<String> projectRules() throws IOException {
        Path projectDir = Path.of(System.getProperty("sendsearch.project.dir", "."));
        return Files.readAllLines(projectDir.resolve("index-config/synonyms.txt"));
    }

    private final Analyzer search;
    private final Analyzer index = SendAnalyzers.indexAnalyzer();

    SendSynonymsTest() throws IOException {
        search = SendAnalyzers.searchAnalyzer(projectRules());
    }

    /**
     * The acceptance example. "Same" for the engine means: analysed with the search analyzer,
     * both queries produce the same set of terms (child, wait, every spelling of EHC plan,
     * assessment), and each query's terms include the terms the index holds for the other text.
     */
    @Test
    void bothWaysOfAskingAboutEhcpAssessmentsMeetTheSameTerms() {
        String acronym = "Children waited for EHCP assessments";
        String spelledOut = "child waiting for education, health and care plan assessment";

        Set<String> expected =
                Set.of("child", "wait", "ehcp", "ehc", "education", "health", "care", "plan", "assessment");
        assertEquals(expected, Tokens.termSet(search, acronym));
        assertEquals(expected, Tokens.termSet(search, spelledOut));
        assertTrue(Tokens.termSet(search, acronym).containsAll(Tokens.termSet(index, spelledOut)));
        assertTrue(Tokens.termSet(search, spelledOut).containsAll(Tokens.termSet(index, acronym)));
    }

    @Test
    void acronymExpandsToAMultiWordPathInTheGraph() {
        assertEquals(
                List.of("ehc@0", "education@0/2", "ehcp@0/5", "plan@1/4", "health@2", "care@3", "plan@4"),
                Tokens.positioned(search, "EHCP"));
    }

    @Test
    void multiWordFormExpandsToTheAcronym() {
        assertEquals(
                List.of("ehcp@0/5", "ehc@0", "education@0/2", "plan@1/4", "health@2", "care@3", "plan@4"),
                Tokens.positioned(search, "education, health and care plan"));
    }

    @Test
    void everyMemberOfARuleFindsTheOthers() {
        assertEquals(Tokens.termSet(search, "ASD"), Tokens.termSet(search, "autism"));
        assertEquals(Tokens.termSet(search, "ASD"), Tokens.termSet(search, "autism spectrum disorder"));
        assertEquals(Tokens.termSet(search, "SALT"), Tokens.termSet(search, "speech and language therapy"));
        assertEquals(Tokens.termSet(search, "CCG"), Tokens.termSet(search, "integrated care board"));
        assertEquals(Tokens.termSet(search, "SENCo"), Tokens.termSet(search, "special educational needs co-ordinator"));
    }

    @Test
    void rulesWithStopWordsMatch() {
        assertTrue(Tokens.termSet(search, "His or Her Majesty's Inspector").contains("hmi"));
        assertTrue(Tokens.termSet(search, "HMI").containsAll(Tokens.termSet(index, "His Majesty’s Inspector")));
        assertTrue(Tokens.termSet(search, "SEN and/or disabilities").contains("send"));
        assertTrue(Tokens.termSet(search, "SEND").containsAll(List.of("sen", "disability", "special", "need")));
        assertTrue(Tokens.termSet(search, "not in education, employment or training")
                .contains("neet"));
    }

    @Test
    void pluralsInTheQueryStillMatchSingularRules() {
        assertTrue(Tokens.termSet(search, "EHC plans").contains("ehcp"));
        assertTrue(Tokens.termSet(search, "CAMHS").contains("adolescent"));
        assertTrue(Tokens.termSet(search, "child and adolescent mental health services")
                .contains("camh"));
    }

    @Test
    void wordsWithoutRulesPassThrough() {
        assertEquals(List.of("wait@0", "time@1"), Tokens.positioned(search, "waiting times"));
    }

    @Test
    void noRulesMeansNoExpansion() {
        try (Analyzer plain = SendAnalyzers.searchAnalyzer(List.of("# nothing yet", ""))) {
            assertEquals(List.of("ehcp"), Tokens.terms(plain, "EHCP"));
        }
    }

    @Test
    void badRuleIsReportedNotIgnored() {
        assertThrows(IllegalArgumentException.class, () -> SendSynonyms.parse(List.of("ehcp => ")));
        assertThrows(IllegalArgumentException.class, () -> SendSynonyms.parse(List.of("the, and")));
    }
}
