package org.sendsearch.insights;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.sendsearch.model.Ids;
import org.sendsearch.model.PublishedAddress;
import org.sendsearch.search.Citation;
import org.sendsearch.search.DocumentFacts;
import org.sendsearch.search.DocumentSource;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.SearchService;
import org.sendsearch.search.Vocabulary;

/**
 * The columns of an export, the same for CSV and JSON. Each has a machine {@code name} and
 * {@code value} (ids as the index holds them, so a filter can be rebuilt from a row: what JSON
 * carries) and a {@code label} and {@code shown} value for people (the vocabulary's labels, titles
 * in sentence case, "Required" for {@code true}: what CSV carries, for a spreadsheet). Every facet
 * field, the text, the citation, the paragraph number, a permalink to the finding in its document,
 * the published report's address and the data-quality warnings. Values are strings or lists of strings (themes, warnings), which
 * CSV joins with "; ".
 */
final class ExportColumns {
    record Column<T>(String name, String label, Function<T, Object> value, Function<T, Object> shown) {
        /** A column shown as it is stored. */
        Column(String name, String label, Function<T, Object> value) {
            this(name, label, value, value);
        }
    }

    private ExportColumns() {}

    static List<Column<PassageSource>> findings(String baseUrl, Vocabulary vocabulary) {
        return columns(
                List.of(
                        new Column<>("id", "Finding id", PassageSource::id),
                        new Column<>("documentId", "Document id", PassageSource::documentId)),
                facts(PassageSource::document, vocabulary),
                List.of(
                        new Column<>(
                                "section",
                                "Section",
                                p -> Ids.idOf(p.section()),
                                p -> vocabulary.sectionLabel(p.section())),
                        new Column<>("heading", "Heading", PassageSource::heading),
                        new Column<>(
                                "polarity",
                                "Finding type",
                                p -> Ids.idOf(p.polarity()),
                                p -> vocabulary.polarityLabel(p.polarity())),
                        new Column<>(
                                "themes", "Themes", PassageSource::themes, p -> themeLabels(vocabulary, p.themes())),
                        new Column<>(
                                "wsoaRequired",
                                "Written statement of action",
                                p -> text(p.document().wsoaRequired()),
                                p -> wsoa(p.document().wsoaRequired())),
                        new Column<>(
                                "leadInspector",
                                "Lead inspector",
                                p -> p.document().leadInspector()),
                        new Column<>("paragraph", "Paragraph", p -> Integer.toString(p.ordinalOrZero() + 1)),
                        new Column<>("text", "Finding", PassageSource::text),
                        new Column<>("citation", "Citation", Citation::of),
                        new Column<>(
                                "url",
                                "Link to the paragraph",
                                p -> baseUrl + SearchService.passageUrl(p.documentId(), p.ordinalOrZero())),
                        published(PassageSource::document),
                        new Column<>("warnings", "Warnings", p -> dateWarnings(p.document()))));
    }

    static List<Column<DocumentSource>> documents(String baseUrl, Vocabulary vocabulary) {
        return columns(
                List.of(new Column<>("id", "Document id", DocumentSource::id)),
                facts(DocumentSource::facts, vocabulary),
                List.of(
                        new Column<>(
                                "themes", "Themes", DocumentSource::themes, d -> themeLabels(vocabulary, d.themes())),
                        new Column<>(
                                "wsoaRequired",
                                "Written statement of action",
                                d -> text(d.facts().wsoaRequired()),
                                d -> wsoa(d.facts().wsoaRequired())),
                        new Column<>(
                                "leadInspector",
                                "Lead inspector",
                                d -> d.facts().leadInspector()),
                        new Column<>("outcome", "Outcome", d -> d.inspection().outcome()),
                        new Column<>(
                                "significantWeaknesses",
                                "Areas of significant weakness",
                                d -> d.inspection().significantWeaknesses()),
                        new Column<>("warnings", "Warnings", DocumentSource::warnings),
                        new Column<>("text", "Text", DocumentSource::text),
                        new Column<>("citation", "Citation", d -> Citation.of(d.facts())),
                        new Column<>("url", "Link to the document", d -> baseUrl + SearchService.documentUrl(d.id())),
                        published(DocumentSource::facts)));
    }

    /** The document facts both exports list after the ids, in this order. */
    private static <T> List<Column<T>> facts(Function<T, DocumentFacts> facts, Vocabulary vocabulary) {
        return List.of(
                new Column<>("area", "Area", row -> facts.apply(row).area()),
                new Column<>("region", "Region", row -> facts.apply(row).region()),
                new Column<>(
                        "type",
                        "Document type",
                        row -> Ids.idOf(facts.apply(row).type()),
                        row -> vocabulary.typeLabel(facts.apply(row).type())),
                new Column<>(
                        "year", "Year (counted)", row -> text(facts.apply(row).year())),
                new Column<>(
                        "date", "Date printed", row -> text(facts.apply(row).date())),
                new Column<>(
                        "title",
                        "Document title",
                        row -> facts.apply(row).title(),
                        row -> facts.apply(row).title() == null
                                ? null
                                : Citation.readable(facts.apply(row).title())));
    }

    /** The published report's address, when known and an http(s) one (else empty). */
    private static <T> Column<T> published(Function<T, DocumentFacts> facts) {
        return new Column<>("publishedUrl", "Published report", row -> {
            PublishedAddress address = facts.apply(row).linkableAddress();
            return address == null ? null : address.url();
        });
    }

    /** The warning a finding carries from its document's date, if any (its document's page lists all). */
    private static List<String> dateWarnings(DocumentFacts facts) {
        if (!Citation.datedBeforeInspection(facts)) {
            return List.of();
        }
        return List.of("Dated " + facts.date() + ", before its inspection ended (" + facts.researchDate()
                + "): counted by " + facts.researchDate());
    }

    private static List<String> themeLabels(Vocabulary vocabulary, List<String> themes) {
        return themes.stream().map(vocabulary::themeLabel).toList();
    }

    private static String wsoa(Boolean required) {
        return required == null ? null : required ? "Required" : "Not required";
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
