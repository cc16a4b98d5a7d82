package org.sendsearch.insights;

import org.sendsearch.search.Citation;
import org.sendsearch.search.DocumentSource;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.SearchService;
import org.sendsearch.search.Vocabulary;

import java.util.List;
import java.util.function.Function;

/**
 * The columns of an export, the same for CSV and JSON: every facet field (ids as the index holds
 * them, so a filter can be rebuilt from a row), the text, the citation and a link to the finding
 * in its document. Values are strings or lists of strings (themes, warnings), which CSV joins
 * with "; ".
 */
final class ExportColumns {
    record Column<T>(String name, Function<T, Object> value) {
    }

    private ExportColumns() {
    }

    static List<Column<PassageSource>> findings(Vocabulary vocabulary, String baseUrl) {
        return List.of(
                new Column<>("id", PassageSource::id),
                new Column<>("documentId", PassageSource::documentId),
                new Column<>("area", PassageSource::area),
                new Column<>("region", PassageSource::region),
                new Column<>("type", PassageSource::type),
                new Column<>("year", PassageSource::year),
                new Column<>("date", PassageSource::date),
                new Column<>("title", PassageSource::title),
                new Column<>("section", PassageSource::section),
                new Column<>("heading", PassageSource::heading),
                new Column<>("polarity", PassageSource::polarity),
                new Column<>("themes", PassageSource::themes),
                new Column<>("wsoaRequired", PassageSource::wsoaRequired),
                new Column<>("leadInspector", PassageSource::leadInspector),
                new Column<>("text", PassageSource::text),
                new Column<>("citation", p -> Citation.of(p, vocabulary)),
                new Column<>("url", p -> baseUrl + SearchService.passageUrl(p.documentId(), p.ordinalOrZero())));
    }

    static List<Column<DocumentSource>> documents(String baseUrl) {
        return List.of(
                new Column<>("id", DocumentSource::id),
                new Column<>("area", DocumentSource::area),
                new Column<>("region", DocumentSource::region),
                new Column<>("type", DocumentSource::type),
                new Column<>("year", DocumentSource::year),
                new Column<>("date", DocumentSource::date),
                new Column<>("title", DocumentSource::title),
                new Column<>("themes", DocumentSource::themes),
                new Column<>("wsoaRequired", DocumentSource::wsoaRequired),
                new Column<>("leadInspector", DocumentSource::leadInspector),
                new Column<>("outcome", DocumentSource::outcome),
                new Column<>("significantWeaknesses", DocumentSource::significantWeaknesses),
                new Column<>("warnings", DocumentSource::warnings),
                new Column<>("text", DocumentSource::text),
                new Column<>("citation", Citation::of),
                new Column<>("url", d -> baseUrl + SearchService.documentUrl(d.id())));
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
