package org.sendsearch.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sendsearch.util.WordList;

/**
 * Finds the inspectorates' own address lines (Ofsted's and CQC's letterheads and footers) so that the
 * towns in them never name the local area: "6 Cumberland Place, Nottingham" is where Ofsted writes
 * from, yet Cumberland and Nottingham are both councils.
 *
 * <p>A line is such a line when it holds one of the phrases of the word list
 * {@code inspectorate-addresses.txt}; so is each line after it, down to the UK postcode that ends the
 * address, when that postcode comes within {@link #ADDRESS_LINES} lines. Immutable and thread-safe.
 */
final class InspectorateAddresses {
    /** The most lines an address runs over after its first known line, down to its postcode. */
    static final int ADDRESS_LINES = 4;

    private static final List<String> PHRASES =
            WordList.resource(InspectorateAddresses.class, "inspectorate-addresses.txt").stream()
                    .map(phrase -> phrase.toLowerCase(Locale.ROOT))
                    .toList();
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b");

    private InspectorateAddresses() {}

    /**
     * {@code text} with every inspectorate address line blanked out by spaces, so that offsets into it
     * still hold; the text itself when it has none.
     */
    static String blanked(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (PHRASES.stream().noneMatch(lower::contains)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        int start = 0;
        while (start < text.length()) {
            int end = lineEnd(text, start);
            if (known(lower, start, end)) {
                int last = end;
                int lineStart = start;
                for (int line = 0; line <= ADDRESS_LINES && lineStart < text.length(); line++) {
                    int lineEnd = lineEnd(text, lineStart);
                    if (POSTCODE.matcher(text).region(lineStart, lineEnd).find()) {
                        last = lineEnd;
                        break;
                    }
                    lineStart = lineEnd + 1;
                }
                blank(out, start, last);
                start = last + 1;
            } else {
                start = end + 1;
            }
        }
        return out.toString();
    }

    /** Whether the line holds a listed phrase as whole words. */
    private static boolean known(String lower, int start, int end) {
        String line = lower.substring(start, end);
        for (String phrase : PHRASES) {
            for (int at = line.indexOf(phrase); at >= 0; at = line.indexOf(phrase, at + 1)) {
                int after = at + phrase.length();
                if ((at == 0 || !Character.isLetterOrDigit(line.charAt(at - 1)))
                        && (after == line.length() || !Character.isLetterOrDigit(line.charAt(after)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static void blank(StringBuilder out, int start, int end) {
        for (int i = start; i < end; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }
}
