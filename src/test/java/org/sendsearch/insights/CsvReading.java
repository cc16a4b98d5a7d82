package org.sendsearch.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of the CSV {@link CsvWriter} writes, for tests: every field must be quoted and
 * every row must end with CRLF, or it fails, so the tests prove the format and not just the content.
 */
public final class CsvReading {
    private CsvReading() {}

    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '"') {
                throw new AssertionError("unquoted field at " + i + ": " + snippet(text, i));
            }
            StringBuilder field = new StringBuilder();
            i++;
            while (true) {
                if (i >= text.length()) {
                    throw new AssertionError("unterminated quote");
                }
                char c = text.charAt(i);
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                field.append(c);
                i++;
            }
            row.add(field.toString());
            if (i < text.length() && text.charAt(i) == ',') {
                i++;
            } else if (text.startsWith("\r\n", i)) {
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                throw new AssertionError("expected , or CRLF at " + i + ": " + snippet(text, i));
            }
        }
        if (!row.isEmpty()) {
            throw new AssertionError("last row has no CRLF");
        }
        return rows;
    }

    private static String snippet(String text, int at) {
        return text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 20));
    }
}
