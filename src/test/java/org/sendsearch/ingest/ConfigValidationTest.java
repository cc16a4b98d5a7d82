package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme taxonomy and the authority table load, and fail clearly when wrong. */
class ConfigValidationTest {

    @Test
    void bundledTaxonomyHasTheRequiredThemes() throws IOException {
        ThemeTaxonomy taxonomy = ThemeTaxonomy.load(TestCorpus.CONFIG.resolve("themes.json"));
        Set<String> ids =
                taxonomy.themes().stream().map(ThemeTaxonomy.Theme::id).collect(Collectors.toSet());
        assertTrue(
                ids.containsAll(Set.of(
                        "ehc-plans",
                        "neurodevelopmental",
                        "joint-commissioning",
                        "co-production",
                        "preparation-for-adulthood",
                        "local-offer",
                        "communication-with-families",
                        "parent-carer-forum",
                        "mental-health",
                        "speech-and-language",
                        "occupational-therapy",
                        "physiotherapy-equipment",
                        "early-identification",
                        "school-nursing",
                        "short-breaks",
                        "inclusion-exclusions-attendance",
                        "neet-employment",
                        "transitions",
                        "leadership-strategy",
                        "data-performance",
                        "graduated-approach",
                        "workforce-training",
                        "personal-budgets",
                        "looked-after-youth-justice",
                        "sendiass-advice")),
                ids.toString());
        assertEquals(25, ids.size());
    }

    @Test
    void taggingStemsLikeTheIndex() throws IOException {
        ThemeTagger tagger = new ThemeTagger(
                ThemeTaxonomy.load(TestCorpus.CONFIG.resolve("themes.json")), TermAnalysis.indexChain());
        ThemeTaxonomy tiny = new ThemeTaxonomy(
                List.of(new ThemeTaxonomy.Theme("waiting", "Waiting", "Waits.", List.of("waiting list"))));
        ThemeTagger waits = new ThemeTagger(tiny, TermAnalysis.indexChain());
        assertEquals(List.of("waiting"), waits.tag("Families waited on waiting lists"));
        assertEquals(List.of("waiting"), waits.tag("the wait lists"));
        assertEquals(List.of(), waits.tag("the list of those waiting"), "a phrase, not two words anywhere");
        assertEquals(List.of("ehc-plans"), tagger.tag("Education, health and care plans (EHC plans) were late."));
        assertEquals(List.of("mental-health"), tagger.tag("CAMHS waits"));
    }

    @Test
    void duplicateIdIsReported(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("themes.json"), """
                {"themes": [
                  {"id": "a", "label": "A", "description": "a", "signals": ["x"]},
                  {"id": "a", "label": "B", "description": "b", "signals": ["y"]}]}""");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThemeTaxonomy.load(file));
        assertEquals(file + ": theme 1 (a): duplicate id 'a'", e.getMessage());
    }

    @Test
    void emptySignalsAreReported(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("themes.json"),
                "{\"themes\": [{\"id\": \"a\", \"label\": \"A\", \"description\": \"a\", \"signals\": []}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThemeTaxonomy.load(file));
        assertEquals(file + ": theme 0 (a): empty or missing \"signals\"", e.getMessage());
    }

    @Test
    void badJsonIsReportedWithItsPosition(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("themes.json"), "{\"themes\": [\n  {\"id\": \"a\",,}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThemeTaxonomy.load(file));
        assertTrue(e.getMessage().startsWith(file + ": bad JSON at line 2"), e.getMessage());
    }

    @Test
    void signalOfStopWordsOnlyIsReported() {
        ThemeTaxonomy taxonomy = new ThemeTaxonomy(List.of(new ThemeTaxonomy.Theme("a", "A", "a", List.of("the and"))));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new ThemeTagger(taxonomy, TermAnalysis.indexChain()));
        assertTrue(e.getMessage().contains("signal 'the and' has no words left"), e.getMessage());
    }

    @Test
    void authorityTableHasThe153AreasAndTheirRegions() throws IOException {
        LocalAuthorities table = LocalAuthorities.load(TestCorpus.CONFIG.resolve("local-authorities.tsv"));
        assertEquals(153, table.all().stream().filter(a -> !a.historic()).count());
        assertEquals("North West", table.bySpelling("St Helens").orElseThrow().region());
        assertEquals("St Helens", table.bySpelling("St. Helens").orElseThrow().name());
        assertEquals("London", table.bySpelling("Tower Hamlets").orElseThrow().region());
        assertEquals(
                "Yorkshire and the Humber",
                table.bySpelling("Hull").orElseThrow().region());
        assertEquals(
                33,
                table.all().stream().filter(a -> a.region().equals("London")).count());
    }

    @Test
    void authorityTableErrorsNameTheLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("la.tsv"), "name\tregion\taliases\tstatus\tqualified\nWigan\tNorth-West\t\tcurrent\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LocalAuthorities.load(file));
        assertTrue(e.getMessage().startsWith(file + " line 2: unknown region 'North-West'"), e.getMessage());
    }

    @Test
    void areaNamesThatAreWordsNeedAQualifier() throws IOException {
        AreaResolver resolver =
                new AreaResolver(LocalAuthorities.load(TestCorpus.CONFIG.resolve("local-authorities.tsv")));
        assertTrue(resolver.resolve("Reading for pleasure is promoted in schools.", null)
                .isEmpty());
        assertEquals(
                "Reading",
                resolver.resolve("Joint local area SEND inspection in Reading", null)
                        .orElseThrow()
                        .name());
        assertEquals(
                "North Somerset",
                resolver.resolve("North Somerset Council", null).orElseThrow().name());
        assertEquals(
                "Liverpool",
                resolver.resolve("Liverpool City Council", null).orElseThrow().name());
    }
}
