package org.sendsearch.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.engine.Engine;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.Passage;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.InspectionKey;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.Section;
import org.sendsearch.search.Backend;
import org.sendsearch.search.CorpusIndex;
import org.sendsearch.search.InvalidSearchException;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.SearchService;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.synth.CorpusGenerator;
import org.sendsearch.testing.TestNodes;

/**
 * The matrix by inspection on a real node, over the bundled corpus plus generated documents of
 * every kind whose inspections are known: the generator says which inspection each inspection
 * letter or report is of (area, framework, last day), which gives the denominators; the findings
 * extracted from each file give which inspections have a theme, recounted here in Java. The matrix's
 * distinct counts, shares, columns by area and by year, and the links behind them must all agree.
 */
@ExtendWith(CorpusIndex.class)
class InspectionMatrixTest {
    private static final String PREFIX = "matrix-it";
    private static final int GENERATED = 160;
    private static final Predicate<DocumentType> INSPECTION =
            type -> type == DocumentType.INSPECTION_LETTER || type == DocumentType.INSPECTION_REPORT;

    private static MatrixService matrices;
    private static OutcomeService outcomes;
    /** The generated inspection letters and reports by inspection key: what the generator stated in each. */
    private static final Map<String, CorpusGenerator.GeneratedFile> stated = new HashMap<>();

    private static SearchService search;
    private static Vocabulary vocabulary;
    /** Inspection keys by area, as the generator (and the bundled letters) made them. */
    private static final Map<String, Set<String>> knownByArea = new TreeMap<>();

    private static final List<ExtractedDocument> documents = new ArrayList<>();

    @BeforeAll
    static void index(Engine engine) throws IOException {
        Path folder = TestNodes.newFolder("send-search-matrix-test-").resolve("corpus");
        for (CorpusGenerator.GeneratedFile file : MixedCorpus.write(folder, GENERATED, 17)) {
            if (INSPECTION.test(file.type()) && file.facts().inspectionEnd() != null) {
                String key = InspectionKey.of(
                        file.area(),
                        file.type().framework().orElseThrow(),
                        file.facts().inspectionEnd());
                knownByArea.computeIfAbsent(file.area(), a -> new HashSet<>()).add(key);
                stated.put(key, file);
            }
        }
        // The bundled letters: one inspection each, in Knowsley (2022), Liverpool (2019) and St Helens (2018).
        MixedCorpus.extractAll(folder).forEach((file, document) -> {
            documents.add(document);
            if (document.type() == DocumentType.INSPECTION_LETTER
                    && Files.exists(CorpusIndex.corpus().resolve(file.getFileName()))) {
                knownByArea
                        .computeIfAbsent(document.area(), a -> new HashSet<>())
                        .add(document.inspectionId());
            }
        });
        vocabulary = CorpusIndex.vocabulary();
        Backend backend = MixedCorpus.index(engine, folder, PREFIX);
        search = new SearchService(backend);
        matrices = new MatrixService(backend, search::selection);
        outcomes = new OutcomeService(backend);
    }

    private static SearchQuery query(String queryString) {
        return InsightsQuery.parse(MixedCorpus.params(queryString), vocabulary, Set.of(), PolarityChoice.DEFAULT)
                .search();
    }

    /** A search URL's query as the search page reads it. */
    private static SearchQuery linked(String url) {
        return SearchQuery.parse(MixedCorpus.params(url.substring("/search?".length())), vocabulary);
    }

    /** Inspections with a counted finding, recounted from the extracted documents: theme → column → keys. */
    private static Map<String, Map<String, Set<String>>> expected(
            Predicate<Passage> counted, Function<ExtractedDocument, String> column) {
        Map<String, Map<String, Set<String>>> cells = new HashMap<>();
        for (ExtractedDocument document : documents) {
            if (!INSPECTION.test(document.type()) || document.inspectionId() == null) {
                continue;
            }
            for (Passage passage : document.passages()) {
                if (passage.standard() || !counted.test(passage)) {
                    continue;
                }
                for (String theme : passage.themes()) {
                    cells.computeIfAbsent(theme, t -> new HashMap<>())
                            .computeIfAbsent(column.apply(document), c -> new HashSet<>())
                            .add(document.inspectionId());
                }
            }
        }
        return cells;
    }

    private static boolean weakness(Passage passage) {
        return passage.polarity() != null
                && Polarity.weaknessIds().contains(passage.polarity().id());
    }

    @Test
    void theDenominatorsAreTheKnownInspections() {
        ThemeMatrix matrix = matrices.matrix(query(""), Pivot.AREA, CountUnit.INSPECTIONS, Authors.INSPECTION);
        long known = knownByArea.values().stream().mapToLong(Set::size).sum();
        assertTrue(known > 40, "the generated corpus holds enough inspections: " + known);
        assertEquals(known, matrix.inspections(), "every inspection of the corpus, once");
        for (ThemeMatrix.Column column : matrix.columns()) {
            assertEquals(
                    knownByArea.getOrDefault(column.key(), Set.of()).size(),
                    column.inspections(),
                    "inspections in " + column.key());
            assertEquals(MatrixService.share(column.counted(), column.inspections()), column.share());
        }
        assertEquals(
                knownByArea.keySet().stream()
                        .filter(a -> !knownByArea.get(a).isEmpty())
                        .toList(),
                matrix.columns().stream().map(ThemeMatrix.Column::key).toList(),
                "a column per area with an inspection, and none for council papers alone");
    }

    @Test
    void cellsCountDistinctInspectionsByAreaAndByYear() {
        for (Pivot pivot : Pivot.values()) {
            ThemeMatrix matrix = matrices.matrix(query(""), pivot, CountUnit.INSPECTIONS, Authors.INSPECTION);
            Map<String, Map<String, Set<String>>> expected = expected(
                    InspectionMatrixTest::weakness,
                    switch (pivot) {
                        case AREA -> ExtractedDocument::area;
                        case YEAR -> d -> String.valueOf(d.year());
                        case FRAMEWORK -> d -> d.framework().id();
                    });
            assertEquals(expected.keySet(), rowThemes(matrix), pivot + ": a row per theme raised as a weakness");
            for (ThemeMatrix.Row row : matrix.rows()) {
                Map<String, Set<String>> byColumn = expected.get(row.theme());
                Set<String> all = new HashSet<>();
                byColumn.values().forEach(all::addAll);
                assertEquals(all.size(), row.inspections(), pivot + " " + row.theme());
                assertEquals((double) all.size() / matrix.inspections(), row.share(), 1e-9);
                for (ThemeMatrix.Cell cell : row.cells()) {
                    assertEquals(
                            byColumn.getOrDefault(cell.column(), Set.of()).size(),
                            cell.count(),
                            pivot + " " + row.theme() + " in " + cell.column());
                }
            }
        }
    }

    @Test
    void aMatrixSplitByInspectionIsTheSameMatrix() {
        // A large collection is split into parts by inspection (MatrixService.BUCKET_BUDGET); the
        // parts must fold into exactly the matrix one request gives, cell by cell.
        for (Pivot pivot : Pivot.values()) {
            ThemeMatrix whole = matrices.matrixInParts(query(""), pivot, Authors.INSPECTION, 1);
            for (int parts : new int[] {2, 5}) {
                ThemeMatrix split = matrices.matrixInParts(query(""), pivot, Authors.INSPECTION, parts);
                assertEquals(whole, split, pivot + " in " + parts + " parts");
            }
            assertEquals(whole, matrices.matrix(query(""), pivot, CountUnit.INSPECTIONS, Authors.INSPECTION));
        }
    }

    @Test
    void partsAreChosenToKeepEachRequestWithinTheBucketBudget() {
        assertEquals(1, MatrixService.partitions(0, 25));
        assertEquals(1, MatrixService.partitions(600, 25), "England's inspections since 2016 fit one request");
        int parts = MatrixService.partitions(8_155, 25);
        assertTrue(parts > 1, "thousands of inspections need parts: " + parts);
        assertTrue(Math.ceil(8_155 * 1.1) * 29 / parts <= MatrixService.BUCKET_BUDGET, "each part within budget");
        assertEquals(MatrixService.MAX_PARTITIONS, MatrixService.partitions(10_000_000, 25));
    }

    @Test
    void aSectionNarrowsWhatIsCountedButNotWhatItIsCountedOutOf() {
        ThemeMatrix all = matrices.matrix(query(""), Pivot.YEAR, CountUnit.INSPECTIONS, Authors.INSPECTION);
        ThemeMatrix improvement = matrices.matrix(
                query("section=areas-for-improvement&polarity=all"),
                Pivot.YEAR,
                CountUnit.INSPECTIONS,
                Authors.INSPECTION);
        assertEquals(all.inspections(), improvement.inspections(), "the same denominator");
        assertEquals(
                all.columns().stream().map(ThemeMatrix.Column::inspections).toList(),
                improvement.columns().stream()
                        .map(ThemeMatrix.Column::inspections)
                        .toList());
        Map<String, Map<String, Set<String>>> expected =
                expected(p -> p.section() == Section.AREAS_FOR_IMPROVEMENT, d -> String.valueOf(d.year()));
        assertTrue(!expected.isEmpty(), "the 2023 reports have areas for improvement");
        for (ThemeMatrix.Row row : improvement.rows()) {
            Set<String> keys = new HashSet<>();
            expected.get(row.theme()).values().forEach(keys::addAll);
            assertEquals(keys.size(), row.inspections(), row.theme());
        }
        assertEquals(expected.keySet(), rowThemes(improvement));
    }

    @Test
    void everyCellLinksToFindingsOfExactlyItsInspections() {
        ThemeMatrix matrix = matrices.matrix(query(""), Pivot.AREA, CountUnit.INSPECTIONS, Authors.INSPECTION);
        int checked = 0;
        for (ThemeMatrix.Row row :
                matrix.rows().subList(0, Math.min(6, matrix.rows().size()))) {
            for (ThemeMatrix.Cell cell : row.cells()) {
                if (cell.url() == null) {
                    assertEquals(0, cell.count());
                    continue;
                }
                SearchQuery linked = linked(cell.url());
                ThemeMatrix again = matrices.matrix(linked, Pivot.AREA, CountUnit.INSPECTIONS, Authors.INSPECTION);
                assertEquals(cell.count(), again.counted(), "the inspections of the findings listed " + cell.url());
                assertEquals(again.total(), search.search(linked.withPage(1)).total(), cell.url());
                checked++;
            }
        }
        assertTrue(checked > 10, "cells checked: " + checked);
    }

    @Test
    void passagesKeepTheirCountsAndCouncilDocumentsAreTheirOwnChoice() {
        ThemeMatrix passages = matrices.matrix(query(""), Pivot.AREA);
        assertEquals("passages", passages.unit());
        assertNull(passages.inspections());
        assertNull(passages.rows().get(0).inspections());
        long weaknesses = documents.stream()
                .flatMap(d -> d.passages().stream())
                .filter(p -> !p.standard() && weakness(p))
                .count();
        assertEquals(weaknesses, passages.total(), "every weakness of every document, as before");

        ThemeMatrix council = matrices.matrix(query(""), Pivot.AREA, CountUnit.PASSAGES, Authors.COUNCIL);
        long councilWeaknesses = documents.stream()
                .filter(d -> d.type().isCouncilDocument())
                .flatMap(d -> d.passages().stream())
                .filter(p -> !p.standard() && weakness(p))
                .count();
        assertEquals(councilWeaknesses, council.total());
        assertTrue(council.totalUrl().contains("type=council-report"), council.totalUrl());

        InvalidSearchException refused = assertThrows(
                InvalidSearchException.class,
                () -> matrices.matrix(
                        query("type=press-release"), Pivot.AREA, CountUnit.INSPECTIONS, Authors.INSPECTION));
        assertTrue(refused.getMessage().contains("press-release"), refused.getMessage());
    }

    @Test
    void outcomeStatisticsCountTheGeneratedInspectionsByYear() {
        // The year is the one research counts by (a report published in January counts in that year).
        Map<String, String> yearOf = new HashMap<>();
        documents.forEach(d -> {
            if (d.inspectionId() != null && INSPECTION.test(d.type())) {
                yearOf.put(d.inspectionId(), String.valueOf(d.year()));
            }
        });
        Map<String, Set<String>> lettersByYear = new TreeMap<>();
        Map<String, Set<String>> wsoaByYear = new TreeMap<>();
        Map<String, Set<String>> outcomeByYear = new TreeMap<>();
        stated.forEach((key, file) -> {
            String year = yearOf.get(key);
            var says = file.facts().stated();
            if (file.type() == DocumentType.INSPECTION_LETTER) {
                lettersByYear.computeIfAbsent(year, y -> new HashSet<>()).add(key);
                if (says != null && Boolean.TRUE.equals(says.wsoa())) {
                    wsoaByYear.computeIfAbsent(year, y -> new HashSet<>()).add(key);
                }
            } else if (says != null && says.outcome() != null) {
                outcomeByYear
                        .computeIfAbsent(year + " " + says.outcome().id(), y -> new HashSet<>())
                        .add(key);
            }
        });
        OutcomeStats stats = outcomes.stats();
        for (OutcomeStats.WsoaRow row : stats.wsoaByYear()) {
            long bundled = row.key().equals("2018")
                            || row.key().equals("2019")
                            || row.key().equals("2022")
                    ? 1
                    : 0;
            assertEquals(
                    lettersByYear.getOrDefault(row.key(), Set.of()).size() + bundled,
                    row.inspections(),
                    "2016-2022 inspections in " + row.key());
            // Liverpool's 2019 letter and Knowsley's 2022 letter required one; St Helens' 2018 letter did not.
            long bundledWsoa = row.key().equals("2019") || row.key().equals("2022") ? 1 : 0;
            assertEquals(
                    wsoaByYear.getOrDefault(row.key(), Set.of()).size() + bundledWsoa,
                    row.wsoa(),
                    "needing a WSOA in " + row.key());
        }
        assertTrue(!stats.outcomesByYear().isEmpty(), "the generator writes 2023 reports");
        for (OutcomeStats.OutcomeRow row : stats.outcomesByYear()) {
            row.outcomes()
                    .forEach((outcome, count) -> assertEquals(
                            outcomeByYear
                                    .getOrDefault(row.key() + " " + outcome, Set.of())
                                    .size(),
                            count.count(),
                            outcome + " in " + row.key() + ": " + outcomeByYear.get(row.key() + " " + outcome)));
        }
    }

    private static Set<String> rowThemes(ThemeMatrix matrix) {
        Set<String> themes = new HashSet<>();
        matrix.rows().forEach(row -> themes.add(row.theme()));
        return themes;
    }
}
