package org.sendsearch.web.page;

import java.text.NumberFormat;
import java.util.Locale;
import org.sendsearch.search.Scope;

/** How many results a search has, as a page says it: "1 finding", "1,234 documents". */
public final class ResultCount {
    private ResultCount() {}

    public static String of(long total, Scope scope) {
        String noun = scope == Scope.PASSAGES
                ? (total == 1 ? "finding" : "findings")
                : (total == 1 ? "document" : "documents");
        return NumberFormat.getIntegerInstance(Locale.UK).format(total) + " " + noun;
    }
}
