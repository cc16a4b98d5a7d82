package org.sendsearch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendsearch.insights.Authors;
import org.sendsearch.insights.CountUnit;
import org.sendsearch.insights.InsightsQuery;
import org.sendsearch.insights.MatrixCsv;
import org.sendsearch.insights.MatrixService;
import org.sendsearch.insights.Phrase;
import org.sendsearch.insights.PhraseService;
import org.sendsearch.insights.Pivot;
import org.sendsearch.insights.PolarityChoice;
import org.sendsearch.insights.ThemeMatrix;
import org.sendsearch.model.IndexField;
import org.sendsearch.search.InvalidSearchException;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.web.page.FieldError;

/**
 * {@code GET /api/insights/matrix} (themes by area or year, counting findings or, with
 * {@code unit=inspections}, inspections; {@code authors} says whose documents), its CSV
 * {@code /api/insights/matrix.csv}, {@code GET /api/insights/phrases}
 * (characteristic wording) and {@code GET /insights} (both on one page). Each takes any search
 * parameters to narrow the findings counted; {@code polarity} is a {@link PolarityChoice}
 * (weakness by default for the matrix and the page, every finding by default for phrases). Errors
 * are thrown and answered by {@link ErrorResponses}.
 */
final class InsightsController {
    private static final Set<String> MATRIX_PARAMS = Set.of("pivot", "unit", "authors");
    private static final Set<String> PHRASE_PARAMS = Set.of("size");

    private final MatrixService matrices;
    private final PhraseService phrases;
    private final InsightsPage page;
    private final Vocabulary vocabulary;

    InsightsController(MatrixService matrices, PhraseService phrases, Vocabulary vocabulary) {
        this.matrices = matrices;
        this.phrases = phrases;
        this.vocabulary = vocabulary;
        this.page = new InsightsPage(vocabulary);
    }

    /** The matrix as JSON; findings by default, as before units ({@code unit=inspections} counts inspections). */
    void matrixApi(Context ctx) {
        ctx.json(matrix(ctx, CountUnit.PASSAGES));
    }

    /** {@code GET /api/insights/matrix.csv}: the same table as the page (inspections by default), for a spreadsheet. */
    void matrixCsv(Context ctx) throws IOException {
        ThemeMatrix matrix = matrix(ctx, CountUnit.INSPECTIONS);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header(
                "Content-Disposition",
                "attachment; filename=\"send-themes-by-" + matrix.pivot() + "-" + matrix.unit() + "-" + LocalDate.now()
                        + ".csv\"");
        ctx.header("Cache-Control", "no-store");
        StringWriter text = new StringWriter();
        MatrixCsv.write(matrix, text);
        ctx.result(text.toString());
    }

    private ThemeMatrix matrix(Context ctx, CountUnit fallback) {
        InsightsQuery query =
                InsightsQuery.parse(ctx.queryParamMap(), vocabulary, MATRIX_PARAMS, PolarityChoice.DEFAULT);
        CountUnit unit = CountUnit.parse(query.own("unit", null), fallback);
        return matrices.matrix(query.search(), Pivot.parse(query.own("pivot", null)), unit, authors(query, unit));
    }

    /** Inspections count the inspection's own documents unless told otherwise; findings count every document, as before. */
    private static Authors authors(InsightsQuery query, CountUnit unit) {
        return Authors.parse(
                query.own("authors", null), unit == CountUnit.INSPECTIONS ? Authors.INSPECTION : Authors.ALL);
    }

    void phrasesApi(Context ctx) {
        InsightsQuery query = InsightsQuery.parse(ctx.queryParamMap(), vocabulary, PHRASE_PARAMS, "all");
        int size = size(query.own("size", null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("field", IndexField.TEXT_EXACT);
        body.put(
                "note",
                "significant_text picks words (the index has no shingle field); each is shown as the phrase "
                        + "it is most used in within the selection, counted exactly, or as the word when no phrase recurs.");
        body.put("phrases", phrases.phrases(query.search(), size));
        ctx.json(body);
    }

    /**
     * {@code GET /insights}. A refused parameter (a pivot that does not exist, search text over
     * the limit, a filter value not in the vocabulary...) does not throw the selection away: the page
     * is drawn from the rest of it, the text cut to the limit rather than dropped, with an error
     * summary linked to the field to fix (WCAG 3.3.1, 3.3.3), and answers 400.
     */
    void page(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        try {
            Selection selection = selection(params);
            ctx.html(render(selection, params, null));
        } catch (InvalidSearchException e) {
            Map<String, List<String>> kept = new LinkedHashMap<>(params);
            String culprit = culprit(kept);
            String message = e.getMessage();
            List<String> typed = culprit == null ? List.of() : kept.getOrDefault(culprit, List.of());
            if ("q".equals(culprit) && typed.size() == 1 && typed.get(0).length() > SearchQuery.MAX_QUERY_LENGTH) {
                kept.put("q", List.of(typed.get(0).substring(0, SearchQuery.MAX_QUERY_LENGTH)));
                message += " It has been cut to its first " + SearchQuery.MAX_QUERY_LENGTH
                        + " characters: check the end of it, then show the table again.";
            } else if (culprit != null) {
                kept.remove(culprit);
            } else {
                kept.clear();
            }
            Selection selection;
            try {
                selection = selection(kept);
            } catch (InvalidSearchException again) {
                // Two things wrong at once: show the first, over everything.
                kept.clear();
                selection = selection(kept);
            }
            ctx.status(HttpStatus.BAD_REQUEST);
            ctx.html(render(selection, kept, new FieldError(fieldId(culprit), message)));
        }
    }

    /** What the page shows, read from the parameters; throws when one of them is refused. */
    private record Selection(InsightsQuery query, Pivot pivot, CountUnit unit, Authors authors) {}

    private Selection selection(Map<String, List<String>> params) {
        InsightsQuery query = InsightsQuery.parse(params, vocabulary, MATRIX_PARAMS, PolarityChoice.DEFAULT);
        Pivot pivot = Pivot.parse(query.own("pivot", null));
        CountUnit unit = CountUnit.parse(query.own("unit", null), CountUnit.INSPECTIONS);
        return new Selection(query, pivot, unit, authors(query, unit));
    }

    private String render(Selection selection, Map<String, List<String>> params, FieldError error) {
        SearchQuery search = selection.query().search();
        ThemeMatrix matrix = matrices.matrix(search, selection.pivot(), selection.unit(), selection.authors());
        List<Phrase> words = phrases.phrases(search, PhraseService.DEFAULT_SIZE);
        return page.render(search, selection.pivot(), polarityChoice(params), matrix, words, error);
    }

    /** The first parameter whose absence (or, for the text, cutting to the limit) makes the rest valid; null if none. */
    private String culprit(Map<String, List<String>> params) {
        for (String name : params.keySet()) {
            Map<String, List<String>> without = new LinkedHashMap<>(params);
            without.remove(name);
            try {
                selection(without);
                return name;
            } catch (InvalidSearchException e) {
                // not this one
            }
        }
        return null;
    }

    /** The id of the page's field a problem with {@code param} is fixed in: the words when no field sets it. */
    private static String fieldId(String param) {
        return param != null && FIELDS.contains(param) ? "insights-" + param : "insights-q";
    }

    private static final Set<String> FIELDS = Set.of("q", "polarity", "pivot", "unit", "authors");

    /** The polarity choice as given (for the form), "weakness" when absent. */
    private static String polarityChoice(Map<String, List<String>> params) {
        List<String> values = params.getOrDefault("polarity", List.of());
        return values.size() == 1 ? values.get(0) : values.isEmpty() ? PolarityChoice.DEFAULT : "custom";
    }

    private static int size(String value) {
        if (value == null) {
            return PhraseService.DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(value);
            if (size < 1 || size > PhraseService.MAX_SIZE) {
                throw new InvalidSearchException(
                        "size must be between 1 and " + PhraseService.MAX_SIZE + ", not " + size + ".");
            }
            return size;
        } catch (NumberFormatException e) {
            throw new InvalidSearchException("size must be a whole number.");
        }
    }
}
