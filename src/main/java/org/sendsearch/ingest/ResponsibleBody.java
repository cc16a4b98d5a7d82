package org.sendsearch.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a 2023 report makes responsible for an area for improvement or priority action. Reports say
 * it in one of two ways, and this class reads both:
 *
 * <ul>
 *   <li>a table whose first column is headed "Responsible body" (or "partner", "organisation",
 *       "agency"), one row per item: in the cleaned text a row is one line with its cells separated
 *       by a tab (see {@link PdfLayout} and {@link HtmlText}), and the partner is the first cell;
 *   <li>a list whose items name the partner as the subject of what it must do: "NHS North East
 *       London ICB should reduce ...", "Leaders across the partnership must ...". The subject is
 *       kept as written, when it names a body or its leaders.
 * </ul>
 */
final class ResponsibleBody {
    private static final Pattern COLUMN_HEADING = Pattern.compile(
            "(?i)(?:the )?(?:responsible|lead|accountable) (?:bod(?:y|ies)|partners?|organisations?|agenc(?:y|ies)"
                    + "|partner agenc(?:y|ies))(?:\\s*\\(s\\))?");

    /** "<subject> should|must|needs to ...": the subject starts a sentence and holds no verb of its own. */
    private static final Pattern SUBJECT = Pattern.compile(
            "(?:^|(?<=[.!?]\\s))([A-Z][^.;:!?]{2,120}?)\\s+(?:should|must|needs? to|are required to|is required to|ought to)\\b");

    /** The words that make a subject a body: who can be responsible. */
    private static final Pattern BODY = Pattern.compile(
            "(?i)\\b(?:partnership|partners|local area|council|authorit(?:y|ies)|ICB|NHS|integrated care board|trust|leaders"
                    + "|commissioners|providers|services|board|school|education|health|social care)\\b");

    private ResponsibleBody() {}

    /** True for the heading of a table's first column that names who is responsible. */
    static boolean isColumnHeading(String cell) {
        return COLUMN_HEADING.matcher(cell.strip()).matches();
    }

    /** True for a table row's header: its first cell heads a column of responsible bodies. */
    static boolean isTableHeader(String text) {
        int tab = text.indexOf('\t');
        return tab > 0 && isColumnHeading(text.substring(0, tab));
    }

    /** The body an item names as its subject ("NHS North East London ICB"), if it names one. */
    static Optional<String> named(String item) {
        Matcher m = SUBJECT.matcher(item);
        while (m.find()) {
            String subject = m.group(1).strip();
            if (BODY.matcher(subject).find() && Words.count(subject) <= 16) {
                return Optional.of(subject);
            }
        }
        return Optional.empty();
    }
}
