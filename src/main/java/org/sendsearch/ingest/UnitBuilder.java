package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The third step of cleaning: lines into blocks. A bullet ({@link #GLYPHS}, or -, –, *, + before a
 * space) becomes "- " and a numbered label (3.5, a), 1)) is kept as the block's label, so a
 * finding never starts with a glyph; the lines of a hard-wrapped paragraph, or an indented or
 * lower-case continuation of a list item, are joined; other lines directly after a paragraph stay
 * in it on lines of their own.
 */
final class UnitBuilder {
    /**
     * A glyph that starts a list item: every shape of Unicode's Geometric Shapes block (■ □ ▪ ● ○ ◦ ►
     * ▶ ◆, and ◼, which Ofsted's PDF reports use), the squares and circles of Geometric Shapes
     * Extended (⬛ ⬜ ⬤), the bullets of General Punctuation (• ‣ ⁃) and Mathematical Operators (∙),
     * the middle dot, dingbat ticks, crosses, arrows and ❖, the arrow →, and the private-use code
     * points where Word's Symbol and Wingdings bullets land in PDF text.
     */
    private static final String GLYPHS =
            "•‣⁃∙·→\u25A0-\u25FF\u2B1B\u2B1C\u2B24-\u2B2B\u2713\u2714\u2717\u2756\u2794\u27A2-\u27A4"
                    + "\uF076\uF0A7\uF0B7\uF0D8\uF0FC";

    private static final Pattern BULLET = Pattern.compile("^(?:[-–—*+](?=\\s)|[" + GLYPHS + "]|o(?=\\s+[A-Z]))\\s*");
    private static final Pattern LABEL = Pattern.compile(
            "^(\\d{1,2}(?:\\.\\d{1,2})+\\.?|\\d{1,2}[.)]|\\(\\d{1,2}\\)|\\(?[a-z]\\)|\\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\\))\\s+(?=\\S)");

    private UnitBuilder() {}

    /** The lines as blocks: wrapped lines joined, list items and their labels told apart. */
    static List<Unit> units(List<SourceLines.Line> lines, boolean wrapped, int width) {
        List<Unit> units = new ArrayList<>();
        Unit current = null;
        int blanks = 0;
        boolean seenText = false;
        for (SourceLines.Line line : lines) {
            if (line.blank()) {
                blanks++;
                continue;
            }
            int gap = !seenText ? 1 : blanks == 0 ? 0 : blanks == 1 ? 1 : 2;
            blanks = 0;
            seenText = true;
            String s = line.text();
            String label = "";
            boolean bullet = false;
            Matcher b = BULLET.matcher(s);
            if (b.find() && b.end() < s.length()) {
                bullet = true;
                s = s.substring(b.end());
            }
            Matcher l = LABEL.matcher(s);
            if (l.find()) {
                label = l.group(1);
                s = s.substring(l.end());
            }
            boolean marked = bullet || !label.isEmpty();
            if (current != null && gap == 0 && !marked && line.markdownLevel() == 0 && current.markdownLevel == 0) {
                boolean join;
                if (wrapped) {
                    join = current.text.indexOf("\t") < 0
                            && s.indexOf('\t') < 0
                            && (current.lastLineLength >= width * 0.7 || Words.startsLowercase(s));
                } else {
                    join = !current.label.isEmpty() || current.bullet
                            ? line.indent() > current.indent
                                    || (Words.startsLowercase(s) && !Sentence.ends(current.text()))
                            : false;
                }
                if (join) {
                    current.join(s);
                    current.lastLineLength = line.text().length();
                    continue;
                }
                if (!current.bullet && current.label.isEmpty()) {
                    current.text.append('\n').append(s);
                    current.multiline = true;
                    current.lastLineLength = line.text().length();
                    continue;
                }
            }
            current = new Unit();
            current.bullet = bullet;
            current.label = label.isEmpty() && bullet ? "-" : label;
            current.text.append(s);
            current.gapBefore = gap;
            current.markdownLevel = line.markdownLevel();
            current.indent = line.indent();
            current.lastLineLength = line.text().length();
            units.add(current);
        }
        return units;
    }
}
