package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the layout marks {@link BoundedTextStripper} leaves in a PDF's text, and removes them.
 *
 * <ul>
 *   <li><b>Running headers and footers.</b> A line that stands among the first two or the last three
 *       lines of at least three pages, and of three pages in five, is the page's furniture if it holds a
 *       number or four words (the report's title and dates, a page number): it goes. In a
 *       two-page document it must stand on both and hold a number and four words, so that a paragraph broken by a page break reads on.
 *       Digits are ignored when lines are compared, so "... 7" and "... 8" are the same footer.
 *   <li><b>Tables of responsibility.</b> A 2023-framework report lists its areas for improvement and
 *       priority action in a table headed "Responsible body | Areas for ...". Its two columns wrap
 *       independently, so plain text interleaves them line by line. Each row is put back together as
 *       one line, its cells separated by a tab, the shape an HTML table's row takes (see {@link
 *       HtmlText}), so that the splitter reads both the same way.
 *   <li>Elsewhere a column gap is a space, as before, and page breaks are line breaks.
 * </ul>
 */
final class PdfLayout {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A line of a row that starts at the margin and is no longer than this is the first column's alone. */
    private static final int LEFT_COLUMN_WIDTH = 40;

    private static final int HEAD_LINES = 2;
    private static final int FOOT_LINES = 3;

    private PdfLayout() {}

    /** The text without layout marks, running headers or interleaved table columns. */
    static String read(String marked) {
        List<List<String>> pages = new ArrayList<>();
        for (String page : marked.split("\f", -1)) {
            pages.add(new ArrayList<>(List.of(page.split("\n", -1))));
        }
        removeRunningLines(pages);
        List<String> lines = new ArrayList<>();
        for (List<String> page : pages) {
            lines.addAll(page);
        }
        return String.join("\n", joinTables(lines));
    }

    private static void removeRunningLines(List<List<String>> pages) {
        if (pages.size() < 2) {
            return;
        }
        // Two pages are thin evidence: there a running line must also hold a number and four words.
        boolean twoPages = pages.size() == 2;
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> keys = new HashSet<>();
            for (int index : edgeLines(page)) {
                keys.add(key(page.get(index)));
            }
            keys.forEach(key -> seen.merge(key, 1, Integer::sum));
        }
        int needed = twoPages ? 2 : Math.max(3, (pages.size() * 3 + 4) / 5);
        for (List<String> page : pages) {
            List<Integer> edges = edgeLines(page);
            for (int i = edges.size() - 1; i >= 0; i--) {
                int index = edges.get(i);
                String key = key(page.get(index));
                boolean furniture = twoPages ? key.indexOf('#') >= 0 && Words.count(key) >= 4 : looksLikeFurniture(key);
                if (seen.getOrDefault(key, 0) >= needed && furniture) {
                    page.set(index, "");
                }
            }
        }
    }

    /** The indices of a page's first and last non-blank lines. */
    private static List<Integer> edgeLines(List<String> page) {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).isBlank()) {
                filled.add(i);
            }
        }
        if (filled.size() <= HEAD_LINES + FOOT_LINES) {
            return filled; // a short page (the last, say): each of its lines is at an edge
        }
        List<Integer> edges = new ArrayList<>(filled.subList(0, HEAD_LINES));
        edges.addAll(filled.subList(filled.size() - FOOT_LINES, filled.size()));
        return edges;
    }

    /**
     * A page number, a date or a running title: a line with a number, or of four words or more. A
     * short heading that happens to start three pages ("Strengths") is none of these.
     */
    private static boolean looksLikeFurniture(String key) {
        return key.indexOf('#') >= 0 || Words.count(key) >= 4;
    }

    private static String key(String line) {
        String key = SPACES.matcher(DIGITS.matcher(line).replaceAll("#"))
                .replaceAll(" ")
                .strip()
                .toLowerCase(Locale.ROOT);
        return key.isEmpty() || key.equals("#") ? "\u0000" + key : key;
    }

    private static List<String> joinTables(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            List<String> header = cells(line);
            if (header.size() == 2 && ResponsibleBody.isColumnHeading(header.get(0))) {
                out.add(header.get(0) + "\t" + header.get(1));
                i = readRows(lines, i + 1, out);
            } else {
                out.add(plain(line));
                i++;
            }
        }
        return out;
    }

    /** Reads the rows after a table's header into {@code out}; returns the index of the first line after the table. */
    private static int readRows(List<String> lines, int from, List<String> out) {
        int i = from;
        StringBuilder left = null;
        StringBuilder right = null;
        while (i < lines.size()) {
            int end = paragraphEnd(lines, i);
            List<String> paragraph = lines.subList(i, end);
            boolean blank = paragraph.stream().allMatch(String::isBlank);
            boolean tabbed = paragraph.stream().anyMatch(PdfLayout::hasInnerTab);
            boolean runsOn = right != null && !Sentence.ends(right.toString().strip());
            if (!blank && !tabbed && !runsOn) {
                break;
            }
            if (!blank && tabbed) {
                flush(left, right, out);
                left = new StringBuilder();
                right = new StringBuilder();
            }
            for (String line : paragraph) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = cells(line);
                if (hasInnerTab(line) && cells.size() >= 2) {
                    append(left, cells.get(0));
                    append(right, String.join(" ", cells.subList(1, cells.size())));
                } else if (tabbed && !line.startsWith("\t") && line.strip().length() <= LEFT_COLUMN_WIDTH) {
                    append(left, line); // the partner's cell runs on below the item's
                } else {
                    append(right, plain(line));
                }
            }
            i = end;
        }
        flush(left, right, out);
        return i;
    }

    /** The end (exclusive) of the paragraph starting at {@code from}: its lines and the blank lines after them. */
    private static int paragraphEnd(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && !lines.get(i).isBlank()) {
            i++;
        }
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static void flush(StringBuilder left, StringBuilder right, List<String> out) {
        if (right == null || right.isEmpty()) {
            return;
        }
        out.add("");
        out.add(left.toString().strip() + "\t" + right.toString().strip());
        out.add("");
    }

    private static void append(StringBuilder cell, String text) {
        String part = text.strip();
        if (part.isEmpty()) {
            return;
        }
        if (!cell.isEmpty()) {
            cell.append(' ');
        }
        cell.append(part);
    }

    private static boolean hasInnerTab(String line) {
        return line.strip().indexOf('\t') > 0;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.strip().split("\t")) {
            if (!cell.isBlank()) {
                cells.add(cell.strip());
            }
        }
        return cells;
    }

    /** A line outside a table: column gaps are spaces, and a right-hand column's indent goes. */
    private static String plain(String line) {
        String text = line;
        int lead = 0;
        while (lead < text.length() && text.charAt(lead) == '\t') {
            lead++;
        }
        return text.substring(lead).replace('\t', ' ');
    }
}
