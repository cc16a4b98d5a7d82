package org.sendsearch.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The first step of cleaning: characters and stray HTML. Line ends become {@code \n}, a form feed
 * (a PDF page break) four line breaks, odd spaces a space, invisible characters nothing,
 * ligatures their letters; HTML tags left by conversions are removed (block ends become line
 * breaks, table cells tabs) and entities decoded ({@code &amp;}), so markup is never indexed as words.
 */
final class TextNormaliser {
    private static final Pattern HTML_TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)(?:\\s[^<>]*)?/?>");

    private TextNormaliser() {}

    /** The text with characters normalised, HTML tags removed and entities decoded. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        continue;
                    }
                    out.append('\n');
                }
                case '\f' -> out.append("\n\n\n\n");
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u3000' -> out.append(' ');
                case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', '\u2060' -> {}
                case '\u2028', '\u2029', '\u0085', '\u000B' -> out.append('\n');
                case '\uFB00' -> out.append("ff");
                case '\uFB01' -> out.append("fi");
                case '\uFB02' -> out.append("fl");
                case '\uFB03' -> out.append("ffi");
                case '\uFB04' -> out.append("ffl");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        String result = out.toString();
        if (result.indexOf('<') >= 0) {
            result = stripTags(result);
        }
        if (result.indexOf('&') >= 0) {
            result = Parser.unescapeEntities(result, false).replace('\u00A0', ' ');
        }
        return result;
    }

    private static String stripTags(String text) {
        Matcher m = HTML_TAG.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String tag = m.group(1).toLowerCase(Locale.ROOT);
            String replacement = switch (tag) {
                case "br" -> "\n";
                case "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6" ->
                    m.group().startsWith("</") ? "\n" : "";
                case "td", "th" -> m.group().startsWith("</") ? "\t" : "";
                default -> "";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
