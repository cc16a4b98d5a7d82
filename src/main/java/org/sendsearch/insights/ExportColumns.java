package org.sendsearch.insights;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.sendsearch.model.Ids;
import org.sendsearch.search.Citation;
import org.sendsearch.search.DocumentFacts;
import org.sendsearch.search.DocumentSource;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.SearchService;

/**
 * The columns of an export, the same for CSV and JSON: every facet field (ids as the index holds
 * them, so a filter can be rebuilt from a row), the text, the citation and a link to the finding
 * in its document. Values are strings or lists of strings (themes, warnings), which CSV joins
 * with "; ".
 */
final class ExportColumns {
    record Column<T>(String name, Function<T, Object> value) {}

    private ExportColumns() {}

    static List<Column<PassageSource>> findings(String baseUrl) {
        return columns(
                List.of(new Column<>("id", PassageSource::id), new Column<>("documentId", PassageSource::documentId)),
                facts(PassageSource::document),
                List.of(
                        new Column<>("section", p -> Ids.idOf(p.section())),
                        new Column<>("heading", PassageSource::heading),
                        new Column<>("polarity", p -> Ids.idOf(p.polarity())),
                        new Column<>("themes", PassageSource::themes),
                        new Column<>("wsoaRequired", p -> text(p.document().wsoaRequired())),
                        new Column<>("leadInspector", p -> p.document().leadInspector()),
                        new Column<>("text", PassageSource::text),
                        new Column<>("citation", Citation::of),
                        new Column<>(
                                "url", p -> baseUrl + SearchService.passageUrl(p.documentId(), p.ordinalOrZero()))));
    }

    static List<Column<DocumentSource>> documents(String baseUrl) {
        return columns(
                List.of(new Column<>("id", DocumentSource::id)),
                facts(DocumentSource::facts),
                List.of(
                        new Column<>("themes", DocumentSource::themes),
                        new Column<>("wsoaRequired", d -> text(d.facts().wsoaRequired())),
                        new Column<>("leadInspector", d -> d.facts().leadInspector()),
                        new Column<>("outcome", d -> d.inspection().outcome()),
                        new Column<>(
                                "significantWeaknesses", d -> d.inspection().significantWeaknesses()),
                        new Column<>("warnings", DocumentSource::warnings),
                        new Column<>("text", DocumentSource::text),
                        new Column<>("citation", d -> Citation.of(d.facts())),
                        new Column<>("url", d -> baseUrl + SearchService.documentUrl(d.id()))));
    }

    /** The document facts both exports list after the ids, in this order. */
    private static <T> List<Column<T>> facts(Function<T, DocumentFacts> facts) {
        return List.of(
                new Column<>("area", row -> facts.apply(row).area()),
                new Column<>("region", row -> facts.apply(row).region()),
                new Column<>("type", row -> Ids.idOf(facts.apply(row).type())),
                new Column<>("year", row -> text(facts.apply(row).year())),
                new Column<>("date", row -> text(facts.apply(row).date())),
                new Column<>("title", row -> facts.apply(row).title()));
    }

    @SafeVarargs
    private static <T> List<Column<T>> columns(List<Column<T>>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    /** A typed value as the string the index holds (2019, true, 2019-02-26), or null. */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A value as one CSV cell. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }
}
