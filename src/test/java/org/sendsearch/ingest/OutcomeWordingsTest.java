package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.config.ConfigException;
import org.sendsearch.model.Outcome;

/** Outcomes as the reports state them, and as councils, the press and forums paraphrase or quote them. */
class OutcomeWordingsTest {
    private static final OutcomeWordings WORDINGS = OutcomeWordings.load(new ConfigDirectory(TestCorpus.CONFIG));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The local area partnership's SEND arrangements typically lead to positive experiences and outcomes"
                        + " for children and young people with SEND.|positive",
                "Inspectors found that arrangements typically led to positive experiences for children.|positive",
                "Dorset received the highest of the three possible outcomes.|positive",
                "The partnership was given the highest inspection outcome.|positive",
                "The local area partnership's arrangements lead to inconsistent experiences and outcomes for children"
                        + " and young people with SEND.|inconsistent",
                "Ofsted said the arrangements 'lead to inconsistent experiences' for children with SEND.|inconsistent",
                "The inspection found that experiences and outcomes are inconsistent across the county.|inconsistent",
                "This is the middle of the three outcomes.|inconsistent",
                "There are widespread and/or systemic failings leading to significant concerns about the experiences"
                        + " and outcomes of children and young people with SEND.|systemic-failings",
                "Inspectors found widespread or systemic failings in the local area.|systemic-failings",
                "The report identified systemic failings in SEND services.|systemic-failings",
                "The council received the lowest of the three outcomes.|systemic-failings",
                "It was given the lowest possible rating.|systemic-failings",
                "The area has not made sufficient progress in addressing two of the weaknesses.|insufficient-progress",
                "Sufficient progress has not been made on the quality of EHC plans.|insufficient-progress",
                "Inspectors judged that insufficient progress had been made.|insufficient-progress",
                "The area has made sufficient progress in addressing all of the significant weaknesses.|sufficient-progress",
                "Inspectors found no widespread or systemic failings, but arrangements lead to inconsistent experiences"
                        + " and outcomes.|inconsistent"
            })
    void readsTheOutcomeASentenceStates(String sentence, String outcome) {
        assertEquals(Optional.of(Outcome.fromId(outcome)), WORDINGS.of(sentence), sentence);
        assertEquals(
                sentence,
                WORDINGS.find("Summary\n\n" + sentence + "\n\nMore text.")
                        .orElseThrow()
                        .sentence());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We want the best possible outcomes for children and young people.",
                "The inspection did not find widespread or systemic failings.",
                "Leaders have made limited progress on the new school.",
                "Outcomes for children are improving.",
                "Inconsistent practice was seen in some schools.",
                "The lowest attainment is in mathematics.",
                "Inspectors revisited the area to decide whether sufficient progress has been made."
            })
    void readsNoOutcomeFromOtherSentences(String sentence) {
        assertEquals(Optional.empty(), WORDINGS.of(sentence), sentence);
    }

    @Test
    void aBoxedOutcomeSentenceMaySpanLines() {
        assertEquals(
                "There are widespread and/or systemic failings leading to significant concerns.",
                WORDINGS.find(
                                "Inspection outcome\nThere are widespread and/or systemic\nfailings leading to significant"
                                        + "\nconcerns.\n\nNext")
                        .orElseThrow()
                        .sentence());
    }

    @Test
    void anOutcomeSentenceMustBeClosed() {
        assertEquals(Optional.empty(), WORDINGS.find("Heading: widespread and/or systemic failings\nnext line"));
    }

    @Test
    void aBadRuleNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(OutcomeWordings.FILE), "# c\npositive\tfine\nmediocre\tx\n");
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                ConfigException.class, () -> OutcomeWordings.load(new ConfigDirectory(dir)));
        assertTrue(
                e.getMessage().contains(OutcomeWordings.FILE) && e.getMessage().contains("line 3"), e.getMessage());
        Files.writeString(dir.resolve(OutcomeWordings.FILE), "positive\t(unclosed\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(
                ConfigException.class, () -> OutcomeWordings.load(new ConfigDirectory(dir)));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }
}
