package org.sendsearch.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.embed.VectorSwitch;
import org.sendsearch.engine.Engine;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.Passage;
import org.sendsearch.search.Backend;
import org.sendsearch.search.CorpusIndex;
import org.sendsearch.search.InvalidSearchException;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.SearchService;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.testing.TestNodes;

/**
 * Precedent wording on a real node: how a quoted phrase has been used, over the bundled corpus plus
 * generated documents of every kind, against counts read off the extracted texts here (passages
 * whose text, heading or title holds the phrase; their documents, inspections, areas and research
 * years); filters narrowing them; the Knowsley letter, printed in 2021 before its 2022 inspection,
 * counted in 2022; nothing found without an error; hostile input. The same point in other words, by
 * meaning over the bundled corpus with every vector filled in (none using the phrase, filters
 * holding), and by wording, saying why, without vectors or with them switched off.
 */
@ExtendWith(CorpusIndex.class)
class PhraseUsageTest {
    private static final String PREFIX = "phrase-usage-it";
    private static final String VECTORS_PREFIX = "phrase-usage-vec-it";
    private static final int GENERATED = 40;

    private static Vocabulary vocabulary;
    private static PhraseUsageService usage;
    private static SearchService search;
    private static PhraseUsageService withVectors;
    private static final List<ExtractedDocument> documents = new ArrayList<>();

    @BeforeAll
    static void index(Engine engine) throws IOException {
        Path folder = TestNodes.newFolder("send-search-phrase-usage-test-").resolve("corpus");
        MixedCorpus.write(folder, GENERATED, 23);
        documents.addAll(MixedCorpus.extractAll(folder).values());
        vocabulary = CorpusIndex.vocabulary();
        Backend backend = MixedCorpus.index(engine, folder, PREFIX);
        search = new SearchService(backend);
        usage = new PhraseUsageService(backend, search::selection);

        SearchIndices vectorIndices = CorpusIndex.indexOwn(engine.client(), VECTORS_PREFIX, true);
        Backend vectorBackend = Backend.open(engine.client(), vectorIndices, vocabulary, CorpusIndex.TIME_LIMIT);
        withVectors = new PhraseUsageService(vectorBackend, new SearchService(vectorBackend)::selection);
    }

    private static SearchQuery query(String queryString) {
        return InsightsQuery.parse(MixedCorpus.params(queryString), vocabulary, Set.of(), "all")
                .search();
    }

    private static String phrase(String words) {
        return "q=" + java.net.URLEncoder.encode("\"" + words + "\"", StandardCharsets.UTF_8);
    }

    /** Words as the exact field reads them: lower case, runs of anything but letters and digits as one space. */
    private static String words(String text) {
        return " " + (text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")) + " ";
    }

    private static boolean uses(String text, String phrase) {
        return words(text).contains(words(phrase));
    }

    /** The usage read off the extracted texts: what the index must count. */
    private record Expected(
            long passages,
            long standard,
            Set<String> documents,
            Set<String> inspections,
            Set<String> areas,
            TreeSet<Integer> years,
            Map<String, Long> byArea) {}

    private static Expected expected(String phrase, Predicate<ExtractedDocument> keep) {
        long passages = 0;
        long standard = 0;
        Set<String> ids = new HashSet<>();
        Set<String> inspections = new HashSet<>();
        Set<String> areas = new HashSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, Long> byArea = new TreeMap<>();
        for (ExtractedDocument document : documents) {
            if (!keep.test(document)) {
                continue;
            }
            for (Passage passage : document.passages()) {
                if (!uses(passage.text(), phrase)
                        && !uses(passage.heading(), phrase)
                        && !uses(document.title(), phrase)) {
                    continue;
                }
                passages++;
                if (passage.standard()) {
                    standard++;
                }
                ids.add(document.id());
                if (document.inspectionId() != null) {
                    inspections.add(document.inspectionId());
                }
                if (document.area() != null) {
                    areas.add(document.area());
                    byArea.merge(document.area(), 1L, Long::sum);
                }
                if (document.year() != null) {
                    years.add(document.year());
                }
            }
        }
        return new Expected(passages, standard, ids, inspections, areas, years, byArea);
    }

    private static void assertAgrees(Expected expected, PhraseUsage found, String what) {
        assertEquals(expected.passages(), found.passages(), what + ": passages");
        assertEquals(expected.standard(), found.standardText(), what + ": standard text");
        assertEquals(expected.passages() - expected.standard(), found.findings(), what + ": findings");
        assertEquals(expected.documents().size(), found.documents(), what + ": documents");
        assertEquals(expected.inspections().size(), found.inspections(), what + ": inspections");
        assertEquals(expected.areas().size(), found.areas(), what + ": areas");
        assertEquals(expected.years().isEmpty() ? null : expected.years().first(), found.firstYear(), what);
        assertEquals(expected.years().isEmpty() ? null : expected.years().last(), found.lastYear(), what);
        Map<String, Long> byArea = new TreeMap<>();
        found.byArea().forEach(count -> byArea.put(count.key(), count.passages()));
        assertEquals(expected.byArea(), byArea, what + ": by area");
        assertEquals(
                found.passages(),
                found.byAuthor().stream().mapToLong(PhraseUsage.Count::passages).sum(),
                what + ": every passage has one author group");
    }

    @Test
    void countsAgreeWithTheTexts() {
        for (String phrase : List.of(
                "joint commissioning", "written statement of action", "speech and language therapy", "EHC plans")) {
            Expected expected = expected(phrase, document -> true);
            assertTrue(expected.passages() > 0, phrase + " is used in the corpus");
            assertAgrees(expected, usage.usage(query(phrase(phrase))), phrase);
        }
        Expected several = expected("joint commissioning", document -> true);
        assertTrue(several.documents().size() > 3 && several.areas().size() > 2, several.toString());
    }

    @Test
    void theCountIsTheTotalOfTheSearchItLinksTo() {
        PhraseUsage found = usage.usage(query(phrase("joint commissioning")));
        assertEquals(found.passages(), search.search(linked(found.searchUrl())).total());
        for (PhraseUsage.Count count : found.byArea()) {
            assertEquals(count.passages(), search.search(linked(count.url())).total(), count.key());
        }
        for (PhraseUsage.Count count : found.byYear()) {
            assertEquals(count.passages(), search.search(linked(count.url())).total(), count.key());
        }
        for (PhraseUsage.Count count : found.byAuthor()) {
            if (count.url() != null) {
                assertEquals(
                        count.passages(), search.search(linked(count.url())).total(), count.key());
            }
        }
        assertNotNull(found.documentsUrl());
        SearchQuery documentsSearch = linked(found.documentsUrl());
        assertEquals(Scope.DOCUMENTS, documentsSearch.scope());
        assertEquals(found.documents(), search.search(documentsSearch).total(), "the document search lists them");
        assertNull(
                usage.usage(query(phrase("joint commissioning") + "&polarity=weakness"))
                        .documentsUrl(),
                "no document search can filter by polarity");
    }

    private static SearchQuery linked(String url) {
        assertTrue(url.startsWith("/search?"), url);
        return SearchQuery.parse(MixedCorpus.params(url.substring("/search?".length())), vocabulary);
    }

    @Test
    void filtersNarrowTheCounts() {
        String phrase = "joint commissioning";
        PhraseUsage all = usage.usage(query(phrase(phrase)));
        PhraseUsage liverpool = usage.usage(query(phrase(phrase) + "&area=Liverpool"));
        assertAgrees(expected(phrase, document -> "Liverpool".equals(document.area())), liverpool, "Liverpool");
        assertTrue(liverpool.passages() > 0 && liverpool.passages() < all.passages());
        assertEquals(1, liverpool.areas());
        PhraseUsage weaknesses = usage.usage(query(phrase(phrase) + "&polarity=weakness"));
        assertTrue(weaknesses.passages() < all.passages());
        assertEquals(0, weaknesses.standardText());
        PhraseUsage inspectorate = usage.usage(query(phrase(phrase) + "&type=inspection-letter"));
        assertAgrees(
                expected(phrase, document -> document.type() == org.sendsearch.model.DocumentType.INSPECTION_LETTER),
                inspectorate,
                "inspection letters");
        assertEquals(
                0,
                inspectorate.byAuthor().stream()
                        .filter(count -> !count.key().equals("inspectorate"))
                        .mapToLong(PhraseUsage.Count::passages)
                        .sum());
        PhraseUsage early = usage.usage(query(phrase(phrase) + "&from=2016-01-01&to=2019-12-31"));
        assertTrue(early.lastYear() == null || early.lastYear() <= 2019, String.valueOf(early.lastYear()));
    }

    @Test
    void yearsAreTheYearsResearchCountsBy() {
        // A phrase of the Knowsley letter alone, printed 26 April 2021, before its March 2022 inspection.
        ExtractedDocument knowsley = documents.stream()
                .filter(document -> document.sourcePath().startsWith("knowsley-2022"))
                .findFirst()
                .orElseThrow();
        assertEquals(2021, knowsley.date().getYear(), "printed in 2021");
        assertEquals(2022, knowsley.researchDate().getYear(), "counted by its inspection");
        PhraseUsage found = usage.usage(
                query(phrase("children and young people with SEND") + "&area=Knowsley" + "&type=inspection-letter"));
        assertTrue(found.passages() > 0);
        assertEquals(2022, found.firstYear());
        assertEquals(2022, found.lastYear());
        assertEquals(
                List.of("2022"),
                found.byYear().stream().map(PhraseUsage.Count::key).toList());
    }

    @Test
    void aPhraseUsedNowhereGivesZeros() {
        PhraseUsage found = usage.usage(query(phrase("purple elephants juggling annual reviews")));
        assertEquals(0, found.passages());
        assertEquals(0, found.documents());
        assertEquals(0, found.inspections());
        assertEquals(0, found.areas());
        assertNull(found.firstYear());
        assertNull(found.lastYear());
        assertTrue(found.byArea().isEmpty());
    }

    @Test
    void hostileInputIsCountedAsText() {
        PhraseUsage script = usage.usage(query(phrase("<script>alert(1)</script>")));
        assertEquals(0, script.passages());
        assertEquals(List.of("<script>alert(1)</script>"), script.phrases());
        String longPhrase = "children wait ".repeat(34).strip();
        assertTrue(longPhrase.length() > 450);
        assertEquals(0, usage.usage(query(phrase(longPhrase))).passages());
        // An unbalanced quote runs to the end of the text, as the search reads it.
        PhraseUsage open =
                usage.usage(query("q=" + java.net.URLEncoder.encode("\"joint commissioning", StandardCharsets.UTF_8)));
        assertEquals(List.of("joint commissioning"), open.phrases());
        assertEquals(usage.usage(query(phrase("joint commissioning"))).passages(), open.passages());
        // Curly quotes, as pasted from Word, are a phrase too.
        assertEquals(
                open.passages(),
                usage.usage(query("q=" + java.net.URLEncoder.encode("“joint commissioning”", StandardCharsets.UTF_8)))
                        .passages());
        assertThrows(InvalidSearchException.class, () -> usage.usage(query("q=joint+commissioning")));
        assertThrows(InvalidSearchException.class, () -> usage.usage(query("")));
        assertThrows(InvalidSearchException.class, () -> usage.usage(query("q=%22%22")));
    }

    @Test
    void otherWordsNarrowTheCountAndAreSaid() {
        PhraseUsage phraseOnly = usage.usage(query(phrase("joint commissioning")));
        assertFalse(phraseOnly.otherWords());
        PhraseUsage withWords = usage.usage(query(phrase("joint commissioning") + "+-health"));
        assertTrue(withWords.otherWords());
        assertTrue(withWords.passages() < phraseOnly.passages());
        assertEquals(
                withWords.passages(),
                search.search(linked(withWords.searchUrl())).total());
    }

    @Test
    void neighboursByMeaningMakeThePointInOtherWords() {
        for (String phrase : List.of("tell their story", "joint commissioning", "speech and language therapy")) {
            PhraseUsage found = withVectors.usage(query(phrase(phrase)));
            assertEquals("meaning and words", found.neighboursBy(), phrase);
            assertNull(found.fallback(), phrase);
            assertFalse(found.neighbours().isEmpty(), phrase);
            assertTrue(found.neighbours().size() <= PhraseUsageService.NEIGHBOURS);
            for (PhraseUsage.Neighbour neighbour : found.neighbours()) {
                assertFalse(uses(neighbour.text(), phrase), phrase + " is not in " + neighbour.text());
                assertTrue(neighbour.url().startsWith("/findings/"), neighbour.url());
                assertFalse(neighbour.id().isBlank());
                assertNotNull(neighbour.area());
                assertNotNull(neighbour.year());
                assertFalse(neighbour.section() == null || neighbour.section().equals("standard"), neighbour.id());
                assertFalse("neutral".equals(neighbour.polarity()), "a finding, not filler: " + neighbour.text());
            }
        }
        PhraseUsage liverpool = withVectors.usage(query(phrase("joint commissioning") + "&area=Liverpool"));
        assertFalse(liverpool.neighbours().isEmpty());
        liverpool.neighbours().forEach(neighbour -> assertEquals("Liverpool", neighbour.area(), neighbour.text()));
        PhraseUsage strengths = withVectors.usage(query(phrase("tell their story") + "&polarity=strength"));
        assertFalse(strengths.neighbours().isEmpty());
        strengths.neighbours().forEach(neighbour -> assertEquals("strength", neighbour.polarity(), neighbour.text()));
    }

    @Test
    void withoutVectorsNeighboursAreFoundByWordingAndSaySo() {
        PhraseUsage found = usage.usage(query(phrase("joint commissioning")));
        assertEquals("words", found.neighboursBy());
        assertEquals("passages have no vectors yet", found.fallback());
        assertFalse(found.neighbours().isEmpty());
        found.neighbours().forEach(neighbour -> assertFalse(uses(neighbour.text(), "joint commissioning")));
        String before = System.getProperty(VectorSwitch.PROPERTY);
        System.setProperty(VectorSwitch.PROPERTY, "off");
        try {
            PhraseUsage off = withVectors.usage(query(phrase("joint commissioning")));
            assertEquals("words", off.neighboursBy());
            assertEquals("search by meaning is switched off", off.fallback());
        } finally {
            if (before == null) {
                System.clearProperty(VectorSwitch.PROPERTY);
            } else {
                System.setProperty(VectorSwitch.PROPERTY, before);
            }
        }
    }
}
