package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second step of cleaning: normalised text as lines, with their indent and Markdown removed
 * ({@code ## heading} gives the line its level; links, emphasis, rules and quotes are undone),
 * spaces collapsed and PDF page numbers dropped; and the two facts about the lines that decide how
 * they are joined: whether the text is hard-wrapped, and its page line width.
 */
final class SourceLines {
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern MD_STRONG = Pattern.compile("\\*\\*|__");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern MD_RULE = Pattern.compile("^(?:[-*_]\\s*){3,}$");
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?i)^(?:page\\s+)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?$");

    private SourceLines() {}

    /** One source line with Markdown removed; blank lines have empty text. */
    record Line(String text, int indent, int markdownLevel) {
        boolean blank() {
            return text.isEmpty();
        }
    }

    /** The lines of {@code text} with Markdown removed; in a PDF ({@code pdf}) page numbers standing alone become blank. */
    static List<Line> lines(String text, boolean pdf) {
        String[] raw = text.split("\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (String line : raw) {
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
                indent++;
            }
            String s = line.strip();
            int level = 0;
            // The first-character tests only skip patterns that could not match there.
            if (s.startsWith("#")) {
                Matcher heading = MD_HEADING.matcher(s);
                if (heading.find()) {
                    level = heading.group(1).length();
                    s = s.substring(heading.end());
                }
            }
            if (s.startsWith("> ")) {
                s = s.substring(2);
            }
            if (!s.isEmpty()
                    && "-*_".indexOf(s.charAt(0)) >= 0
                    && MD_RULE.matcher(s).matches()) {
                s = "";
            }
            if (s.indexOf('[') >= 0) {
                s = MD_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            }
            if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
                s = MD_STRONG.matcher(s).replaceAll("");
                s = MD_EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            }
            if (s.indexOf('`') >= 0) {
                s = s.replace("`", "");
            }
            if (s.endsWith("\\")) {
                s = s.substring(0, s.length() - 1);
            }
            s = collapseSpaces(s);
            if (pdf && PAGE_NUMBER.matcher(s).matches()) {
                s = "";
            }
            lines.add(new Line(s, indent, s.isEmpty() ? 0 : level));
        }
        return lines;
    }

    /** Runs of spaces become one space; a run containing a tab becomes one tab (a table cell boundary). */
    static String collapseSpaces(String s) {
        if (s.indexOf('\t') < 0 && s.indexOf("  ") < 0) {
            return s.strip(); // no run to collapse: most lines
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                boolean tab = false;
                while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                    tab |= s.charAt(i) == '\t';
                    i++;
                }
                out.append(tab ? '\t' : ' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().strip();
    }

    /** A text file is hard-wrapped when no line is much longer than a page line and many come close. */
    static boolean looksHardWrapped(List<Line> lines) {
        int longLines = 0;
        int wrappedLike = 0;
        for (Line line : lines) {
            int n = line.text.length();
            if (n > 160) {
                longLines++;
            } else if (n >= 55) {
                wrappedLike++;
            }
        }
        return longLines == 0 && wrappedLike >= 5;
    }

    /** The page line width in characters: the 90th percentile of the lengths of the longer lines. */
    static int lineWidth(List<Line> lines) {
        int[] lengths = lines.stream()
                .mapToInt(l -> l.text.length())
                .filter(n -> n >= 20)
                .sorted()
                .toArray();
        if (lengths.length == 0) {
            return 80;
        }
        return lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.9))];
    }
}
