package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.config.ConfigException;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.Section;

/**
 * The extraction rule tables: the one test of what the bundled heading rules say (known headings,
 * nesting, sections, polarities), of the standard sentences and of the polarity cues, and the
 * loaders' checks on literal tables, bad ones included.
 */
class ExtractionRulesTest {
    private static final ExtractionRules BUNDLED = TestCorpus.rules();
    private static final String HEADINGS = "heading\t-\tmain findings\n";
    private static final String STANDARD = "standard\tdear[ ]\n";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                // heading | known heading? | section | polarity
                "Main findings|true|main-findings|null",
                "Summary of main findings:|true|main-findings|null",
                "Strengths|true|null|strength",
                "Areas for development|true|null|weakness",
                "Areas for further improvement.|true|null|weakness",
                "Areas of significant weakness|true|significant-weaknesses|significant-weakness",
                "Areas for priority action|true|priority-actions|priority-action",
                "Areas for improvement|true|areas-for-improvement|area-for-improvement",
                "Progress on the areas for improvement|false|progress|weakness",
                "What the local area partnership is doing well|true|main-findings|strength",
                "What does the area need to do better|false|main-findings|weakness",
                "What needs to be improved|true|null|weakness",
                "The effectiveness of the local area in identifying children and young people's special educational needs|true|identifying|null",
                "The effectiveness of the local area in meeting the needs of children and young people|true|meeting-needs|null",
                "The effectiveness of the local area in improving outcomes for children and young people|true|improving-outcomes|null",
                "The inspection raises significant concerns about the effectiveness of the local area|true|significant-weaknesses|significant-weakness",
                "Information about the local area partnership|true|background|null",
                "Recommendations|true|recommendations|null",
                "Next steps|true|recommendations|null",
                "Background information|true|background|null",
                "Introduction|true|background|null",
                "Context|true|background|null",
                "3.0 BACKGROUND INFORMATION|false|background|null",
                "REPORT SUMMARY|false|summary|null",
                "Progress so far|false|progress|action",
                "Council response|false|progress|action",
                "Theme 2: Joint commissioning|true|null|null",
                "Workstream 3 - EHC plans|false|progress|action",
                "Inspection outcomes|true|main-findings|null",
                "Conclusion|true|other|null",
                "Local data|true|other|null",
                "Appendix A|false|other|null"
            })
    void theBundledHeadingRules(String heading, boolean known, String section, String polarity) {
        HeadingRules rules = BUNDLED.headings();
        assertEquals(known, rules.isKnownHeading(heading), "known heading: " + heading);
        Section named = rules.section(heading);
        assertEquals(section, named == null ? null : named.id(), "section of " + heading);
        Polarity given = rules.polarity(heading);
        assertEquals(polarity, given == null ? null : given.id(), "polarity of " + heading);
    }

    @Test
    void subHeadingsAndThemesNestBelowOtherHeadings() {
        HeadingRules rules = BUNDLED.headings();
        assertTrue(rules.isSubHeading("Strengths"));
        assertTrue(rules.isSubHeading("What the area needs to improve:"));
        assertFalse(rules.isSubHeading("Main findings"));
        assertTrue(rules.isTheme("Theme 2: Joint commissioning"));
        assertTrue(rules.isTheme("PRIORITY 1"));
        assertFalse(rules.isTheme("Themes of the inspection"));
    }

    @Test
    void theBundledStandardSentences() {
        StandardSentences standard = BUNDLED.standardSentences();
        assertTrue(standard.isSignOff("Yours sincerely"));
        assertTrue(standard.isSignOff("KIND REGARDS, Jane"));
        assertFalse(standard.isSignOff("Yours sincerelyx"));
        assertTrue(standard.opensEndMatter("Report author: Jane Smith"));
        assertTrue(standard.opensEndMatter("Ends"));
        assertFalse(standard.opensEndMatter("Endsleigh Road"));
        assertTrue(standard.isStandard("Dear Ms Smith"));
        assertFalse(standard.isStandard("Dearly held views"));
        assertTrue(standard.isStandard("Inspectors spoke with children and young people."));
        assertTrue(
                standard.isStandard("The local area is required to produce and submit a Written Statement of Action."));
        assertTrue(standard.isStandard("The local area partnership are required to produce and submit a WSOA."));
        assertFalse(
                standard.isStandard(
                        "Since the inspection, leaders have at last been told they are required to produce and submit a plan."),
                "the words start after the first 40 characters");
        assertFalse(standard.isStandard("Leaders know the area well."));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Leaders are strong and work effectively together.|strength",
                "Children wait too long for assessments.|weakness",
                "Leaders have yet to act.|weakness",
                "The plan needs to be revised.|weakness",
                "Co-production is at the heart of the work.|strength",
                "Work is not consistently effective.|weakness",
                "The local offer has improved. However, too often families cannot find it.|weakness",
                "While the offer has improved greatly, families are let down.|weakness",
                "Families and leaders, as well as schools, meet termly.|neutral",
                "The panel meets on Tuesdays.|neutral"
            })
    void theBundledPolarityCues(String finding, String polarity) {
        assertEquals(
                polarity,
                new PolarityJudge(BUNDLED.polarityCues()).judge(finding).id(),
                finding);
    }

    @Test
    void aBadPolarityCueIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        write(dir, HEADINGS, STANDARD);
        for (String[] bad : new String[][] {
            {"negative\ttoo long\n", "line 1: a 'negative' cue is one word, not 'too long'"},
            {"positive\tgood\nnegative-phrase\tlate\n", "line 2: a 'negative-phrase' cue is two words or more"},
            {"negative\tPoor\n", "line 1: 'Poor' is not a lower-case word"},
            {"neutral\tfine\n", "line 1: unknown cue 'neutral'"},
            {"positive\n", "line 1: expected 2 tab-separated columns, found 1"},
            {"", "polarity-words.tsv holds no rules"}
        }) {
            Files.writeString(dir.resolve(PolarityCues.FILE), bad[0]);
            ConfigException e =
                    assertThrows(ConfigException.class, () -> ExtractionRules.load(new ConfigDirectory(dir)));
            assertTrue(
                    e.getMessage().contains("polarity-words.tsv")
                            && e.getMessage().contains(bad[1]),
                    e.getMessage());
        }
    }

    @Test
    void aLineWithTooFewColumnsIsNamedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        ConfigException e = loadFails(dir, "# rules\n\nheading\t-\tmain findings\nsection\tmain-findings\n", STANDARD);
        assertEquals(dir.resolve(HeadingRules.FILE), e.file());
        assertTrue(
                e.getMessage().endsWith("headings.tsv line 4: expected 3 tab-separated columns, found 2"),
                e.getMessage());
    }

    @Test
    void anUnknownSectionIdIsNamedWithTheKnownOnes(@TempDir Path dir) throws IOException {
        ConfigException e = loadFails(dir, "section\tmain-finding\tmain findings\n", STANDARD);
        assertTrue(
                e.getMessage()
                        .contains(
                                "headings.tsv line 1: unknown section 'main-finding' (expected one of areas-for-improvement, background, "),
                e.getMessage());
        assertTrue(e.getMessage().contains("main-findings"), e.getMessage());
    }

    @Test
    void anUnknownPolarityOrRuleIsRefused(@TempDir Path dir) throws IOException {
        assertTrue(loadFails(dir, "polarity\tgood\tstrength\n", STANDARD)
                .getMessage()
                .contains("line 1: unknown polarity 'good'"));
        assertTrue(loadFails(dir, "heading\t-\tx\nsubheading\t-\tstrengths\n", STANDARD)
                .getMessage()
                .contains("line 2: unknown rule 'subheading'"));
        assertTrue(loadFails(dir, "heading\tmain-findings\tmain findings\n", STANDARD)
                .getMessage()
                .contains("line 1: a 'heading' rule takes '-' as its value"));
    }

    @Test
    void aBadPatternOrAnEmptyCellIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        assertTrue(loadFails(dir, "section\tsummary\tsummary (of\n", STANDARD)
                .getMessage()
                .contains("headings.tsv line 1: bad regular expression 'summary (of'"));
        assertTrue(loadFails(dir, "section\t \tsummary\n", STANDARD)
                .getMessage()
                .contains("headings.tsv line 1: column 2 is empty"));
        assertTrue(loadFails(dir, HEADINGS, "standard\tdear (\n")
                .getMessage()
                .contains("standard-sentences.tsv line 1: bad regular expression"));
        assertTrue(loadFails(dir, HEADINGS, "closing\tyours\n")
                .getMessage()
                .contains("standard-sentences.tsv line 1: unknown rule 'closing'"));
    }

    @Test
    void anEmptyOrMissingTableIsRefused(@TempDir Path dir) throws IOException {
        assertTrue(loadFails(dir, "", STANDARD).getMessage().endsWith("headings.tsv holds no rules"));
        assertTrue(loadFails(dir, "# only a comment\n\n   \n", STANDARD)
                .getMessage()
                .endsWith("headings.tsv holds no rules"));
        assertTrue(loadFails(dir, HEADINGS, "").getMessage().endsWith("standard-sentences.tsv holds no rules"));
        Files.delete(dir.resolve(StandardSentences.FILE));
        ConfigException missing =
                assertThrows(ConfigException.class, () -> ExtractionRules.load(new ConfigDirectory(dir)));
        assertTrue(missing.getMessage().contains("standard-sentences.tsv cannot be read"), missing.getMessage());
    }

    @Test
    void aTunedTableChangesWhatTheRulesSay(@TempDir Path dir) throws IOException {
        write(
                dir,
                "heading\t-\tour findings\nsection\tmain-findings\tour findings\npolarity\tstrength\tgood news\r\n",
                "standard\tthank you for\n");
        ExtractionRules rules = ExtractionRules.load(new ConfigDirectory(dir));
        assertTrue(rules.headings().isKnownHeading("Our findings:"));
        assertFalse(rules.headings().isKnownHeading("Main findings"));
        assertEquals(Section.MAIN_FINDINGS, rules.headings().section("OUR FINDINGS"));
        assertEquals(
                Polarity.STRENGTH,
                rules.headings().polarity("The good news"),
                "a Windows line end is not part of the rule");
        assertNull(rules.headings().polarity("Our findings"));
        assertFalse(rules.headings().isSubHeading("Strengths"), "no sub-heading rules: none is one");
        assertTrue(rules.standardSentences().isStandard("Thank you for the help"));
        assertFalse(rules.standardSentences().isSignOff("Yours sincerely"));
    }

    private static ConfigException loadFails(Path dir, String headings, String standard) throws IOException {
        write(dir, headings, standard);
        return assertThrows(ConfigException.class, () -> ExtractionRules.load(new ConfigDirectory(dir)));
    }

    private static void write(Path dir, String headings, String standard) throws IOException {
        Files.writeString(dir.resolve(HeadingRules.FILE), headings);
        Files.writeString(dir.resolve(StandardSentences.FILE), standard);
        Files.writeString(dir.resolve(PolarityCues.FILE), "negative\tpoor\n");
        Files.writeString(dir.resolve(OutcomeWordings.FILE), "positive\ttypically lead to positive\n");
    }
}
