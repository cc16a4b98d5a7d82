package org.sendsearch.insights;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV that Excel opens correctly and safely: the caller writes the UTF-8 byte order mark
 * first ({@link #BOM}, without it Excel reads UTF-8 as the local code page and mangles "é" and
 * "–"); every field is quoted, with quotes doubled, so commas and line breaks inside findings stay
 * in their cell; rows end with CRLF, as RFC 4180 and Excel expect; and a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading single quote, so a finding can never
 * be run as a formula when the file is opened (CSV formula injection).
 */
public final class CsvWriter {
    public static final String BOM = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One cell, quoted and guarded. */
    static String quote(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
