package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Turns raw text from any format into clean text made of blocks (headings, list items,
 * paragraphs), with the offsets of every block in the cleaned text.
 *
 * <p>What it undoes, and why each is needed on real files:
 * <ul>
 * <li>stray markup from conversions: HTML tags and entities ({@code <b>}, {@code <sup>th</sup>},
 *     {@code &amp;}) and Markdown ({@code **bold**}, {@code ## heading}, links), which would
 *     otherwise be indexed as words;</li>
 * <li>bullet glyphs (■, •, ▪, –, *) and numbered labels (3.5, a), 1)), normalised to "- " or kept as
 *     the label, so a finding's text never starts with a glyph;</li>
 * <li>page breaks: converters leave runs of blank lines where a page ended, often in the middle of
 *     a sentence or bullet. A block after a break is joined to the one before when the sentence
 *     plainly runs on (see {@link #continues}); a bullet split by a page break is one finding;</li>
 * <li>hard-wrapped lines (PDF) are re-joined into paragraphs.</li>
 * </ul>
 * Paragraph boundaries are kept: blocks are separated by a blank line, list items that followed
 * each other directly by a line break.
 */
final class TextCleaner {

    private static final Pattern HTML_TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)(?:\\s[^<>]*)?/?>");
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern MD_STRONG = Pattern.compile("\\*\\*|__");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern MD_RULE = Pattern.compile("^(?:[-*_]\\s*){3,}$");
    private static final Pattern BULLET = Pattern.compile(
            "^(?:[-–—*+](?=\\s)|[•■□▪▫●◦○‣⁃∙·➢➤►▶✓✔\uF0B7\uF0A7\uF076\uF0D8]|o(?=\\s+[A-Z]))\\s*");
    private static final Pattern LABEL = Pattern.compile(
            "^(\\d{1,2}(?:\\.\\d{1,2})+\\.?|\\d{1,2}[.)]|\\(\\d{1,2}\\)|\\(?[a-z]\\)|\\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\\))\\s+(?=\\S)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(?:page\\s+)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?$");

    /** Words a sentence cannot end on: a block ending with one runs on into the next. */
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "with",
            "by", "from", "and", "or", "but", "nor", "as", "than", "into", "onto", "upon", "about", "between",
            "through", "their", "its", "our", "your", "his", "her", "this", "these", "those", "that", "which", "who",
            "whose", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
            "could", "should", "may", "might", "must", "such", "other", "also", "not", "more", "most", "very",
            "including", "across", "within", "without", "under", "over", "some", "many", "all", "any", "each");

    /** Openings of a sentence that continues the previous one's thought, so cannot start a new finding. */
    private static final Pattern CONNECTIVE = Pattern.compile(
            "^(?:Consequently|Therefore|Thus|Hence|As a result|Furthermore|Moreover|In addition|Additionally|However"
                    + "|Nevertheless|Nonetheless|Likewise|Similarly|This means|This results|This ensures|This helps"
                    + "|This leads|This has)\\b");

    private final HeadingRules headings;

    /** A cleaner that knows the headings of {@code headings} wherever they stand. */
    TextCleaner(HeadingRules headings) {
        this.headings = headings;
    }

    CleanText clean(RawText raw) {
        String text = normaliseCharacters(raw.text(), raw.hardWrapped());
        List<Line> lines = lines(text, raw.hardWrapped());
        boolean wrapped = raw.hardWrapped() || looksHardWrapped(lines);
        int width = wrapped ? lineWidth(lines) : Integer.MAX_VALUE;
        List<Unit> units = units(lines, wrapped, width);
        for (Unit unit : units) {
            unit.heading = isHeading(unit);
        }
        return emit(merge(units));
    }

    // ---- characters and markup -------------------------------------------------------------

    static String normaliseCharacters(String text, boolean pdf) {
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
                case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', '\u2060' -> { }
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
                case "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6" -> m.group().startsWith("</") ? "\n" : "";
                case "td", "th" -> m.group().startsWith("</") ? "\t" : "";
                default -> "";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One source line with Markdown removed; blank lines have empty text. */
    private record Line(String text, int indent, int markdownLevel) {
        boolean blank() {
            return text.isEmpty();
        }
    }

    private static List<Line> lines(String text, boolean pdf) {
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
            if (!s.isEmpty() && "-*_".indexOf(s.charAt(0)) >= 0 && MD_RULE.matcher(s).matches()) {
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
            return s.strip();  // no run to collapse: most lines
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
    private static boolean looksHardWrapped(List<Line> lines) {
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
    private static int lineWidth(List<Line> lines) {
        int[] lengths = lines.stream().mapToInt(l -> l.text.length()).filter(n -> n >= 20).sorted().toArray();
        if (lengths.length == 0) {
            return 80;
        }
        return lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.9))];
    }

    // ---- units -------------------------------------------------------------------------------

    /** A block in the making. */
    private static final class Unit {
        String label = "";
        boolean bullet;
        final StringBuilder text = new StringBuilder();
        boolean multiline;
        int gapBefore;
        int markdownLevel;
        int indent;
        int lastLineLength;
        boolean heading;

        String text() {
            return text.toString();
        }
    }

    private static List<Unit> units(List<Line> lines, boolean wrapped, int width) {
        List<Unit> units = new ArrayList<>();
        Unit current = null;
        int blanks = 0;
        boolean seenText = false;
        for (Line line : lines) {
            if (line.blank()) {
                blanks++;
                continue;
            }
            int gap = !seenText ? 1 : blanks == 0 ? 0 : blanks == 1 ? 1 : 2;
            blanks = 0;
            seenText = true;
            String s = line.text;
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
            if (current != null && gap == 0 && !marked && line.markdownLevel == 0 && current.markdownLevel == 0) {
                boolean join;
                if (wrapped) {
                    join = current.text.indexOf("\t") < 0 && s.indexOf('\t') < 0
                            && (current.lastLineLength >= width * 0.7 || startsLowercase(s));
                } else {
                    join = !current.label.isEmpty() || current.bullet
                            ? line.indent > current.indent || (startsLowercase(s) && !endsSentence(current.text()))
                            : false;
                }
                if (join) {
                    appendJoined(current.text, s);
                    current.lastLineLength = line.text.length();
                    continue;
                }
                if (!current.bullet && current.label.isEmpty()) {
                    current.text.append('\n').append(s);
                    current.multiline = true;
                    current.lastLineLength = line.text.length();
                    continue;
                }
            }
            current = new Unit();
            current.bullet = bullet;
            current.label = label.isEmpty() && bullet ? "-" : label;
            current.text.append(s);
            current.gapBefore = gap;
            current.markdownLevel = line.markdownLevel;
            current.indent = line.indent;
            current.lastLineLength = line.text.length();
            units.add(current);
        }
        return units;
    }

    private static void appendJoined(StringBuilder text, String next) {
        int n = text.length();
        if (n > 1 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2)) && startsLowercase(next)) {
            text.append(next);
        } else {
            text.append(' ').append(next);
        }
    }

    private boolean isHeading(Unit unit) {
        String s = unit.text();
        if (unit.multiline || s.indexOf('\t') >= 0 || s.length() > 220) {
            return false;
        }
        if (unit.bullet && unit.markdownLevel == 0) {
            return false;
        }
        String full = unit.label.isEmpty() || unit.label.equals("-") ? s : unit.label + " " + s;
        if (unit.markdownLevel > 0) {
            return !s.endsWith(".") || s.split(" ").length < 12;
        }
        if (headings.isKnownHeading(s)) {
            return true;
        }
        return isAllCaps(full) && !s.endsWith(":") && !s.endsWith(",");
    }

    /** An all-capitals line of a few words is a heading in council reports ("3.0 BACKGROUND INFORMATION", "APPENDICES"). */
    static boolean isAllCaps(String s) {
        if (!mostlyCapitals(s)) {
            return false;  // decided without splitting the words, as for most lines
        }
        int upper = 0;
        int lower = 0;
        int words = 0;
        for (String word : s.split("\\s+")) {
            int letters = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isUpperCase(c)) {
                    upper++;
                    letters++;
                } else if (Character.isLowerCase(c)) {
                    lower++;
                    letters++;
                }
            }
            if (letters >= 2) {
                words++;
            }
        }
        return words >= 1 && words <= 14 && upper >= 6 && lower * 10 <= upper;
    }

    /** The letter counts {@link #isAllCaps} asks for: at least six capitals, at most one lower-case letter in ten. */
    private static boolean mostlyCapitals(String s) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 6 && lower * 10 <= upper;
    }

    // ---- joining across breaks ---------------------------------------------------------------

    private static List<Unit> merge(List<Unit> units) {
        List<Unit> merged = new ArrayList<>(units.size());
        for (Unit unit : units) {
            Unit previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && continues(previous, unit)) {
                appendJoined(previous.text, unit.text());
                previous.lastLineLength = unit.lastLineLength;
            } else {
                merged.add(unit);
            }
        }
        return merged;
    }

    /**
     * Whether {@code next}, after a blank line or page break, is the rest of {@code previous}. The
     * rules, from strongest evidence down:
     * <ol>
     * <li>never into or out of a heading, a table-like block or a numbered item;</li>
     * <li>a bullet that starts with a capital is a new item;</li>
     * <li>a block ending on a word no sentence ends on ("the", "of", "their") runs on;</li>
     * <li>in a list of phrases (items starting lower case, no full stops) a lower-case start is the
     *     next item, not a continuation;</li>
     * <li>after a page break: a lower-case start, an unfinished sentence, or a connective opening
     *     ("Consequently, ...") after a list item runs on;</li>
     * <li>after a blank line: a lower-case start after an unfinished sentence runs on, and so does a
     *     capitalised name cut in two ("... An Equality Impact" / "Assessment is ...").</li>
     * </ol>
     */
    private static boolean continues(Unit previous, Unit next) {
        if (next.gapBefore == 0 || previous.heading || next.heading || previous.multiline || next.multiline
                || next.markdownLevel > 0 || !next.label.isEmpty() && !next.label.equals("-")) {
            return false;
        }
        String p = previous.text();
        String n = next.text();
        boolean lowerStart = startsLowercase(n);
        if (next.bullet && !lowerStart) {
            return false;
        }
        if (DateGrammar.isDateLine(n) || DateGrammar.isDateLine(p)) {
            return false;
        }
        boolean finished = endsSentence(p);
        if (!finished && DANGLING.contains(lastWord(p).toLowerCase(Locale.ROOT)) || p.endsWith(",")) {
            return true;
        }
        boolean phraseList = !previous.label.isEmpty() && startsLowercase(p);
        if (phraseList) {
            return false;
        }
        boolean sentenceLike = lowercaseWords(p) >= 3;
        if (!sentenceLike) {
            return false;
        }
        if (next.gapBefore >= 2) {
            return lowerStart || !finished
                    || (!previous.label.isEmpty() && !next.bullet && CONNECTIVE.matcher(n).lookingAt());
        }
        if (finished) {
            return false;
        }
        if (lowerStart) {
            return true;
        }
        int lastStop = p.lastIndexOf(". ");
        if (lastStop > 0 && !next.bullet) {
            String[] tail = p.substring(lastStop + 2).split(" ");
            String[] head = n.split(" ", 3);
            return tail.length >= 2 && Character.isUpperCase(tail[tail.length - 1].charAt(0))
                    && head.length >= 2 && Character.isUpperCase(head[0].charAt(0)) && startsLowercase(head[1]);
        }
        return false;
    }

    static boolean startsLowercase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /** True if the text ends a sentence: a full stop, question or exclamation mark, colon or semicolon, maybe quoted. */
    static boolean endsSentence(CharSequence s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"'”’)]".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?:;".indexOf(s.charAt(i)) >= 0;
    }

    private static String lastWord(String s) {
        int end = s.length();
        int start = s.lastIndexOf(' ', end - 1) + 1;
        return s.substring(start, end);
    }

    private static int lowercaseWords(String s) {
        int count = 0;
        for (String word : s.split(" ")) {
            if (!word.isEmpty() && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                count++;
            }
        }
        return count;
    }

    // ---- output ------------------------------------------------------------------------------

    private static CleanText emit(List<Unit> units) {
        StringBuilder out = new StringBuilder();
        List<Block> blocks = new ArrayList<>(units.size());
        for (Unit unit : units) {
            if (!out.isEmpty()) {
                out.append(unit.gapBefore == 0 ? "\n" : "\n\n");
            }
            String text = unit.text();
            Block.Kind kind;
            String label = unit.label;
            if (unit.heading) {
                kind = Block.Kind.HEADING;
                if (!label.isEmpty() && !label.equals("-")) {
                    text = label + " " + text;
                }
                label = "";
            } else if (!label.isEmpty()) {
                kind = Block.Kind.ITEM;
                out.append(label.equals("-") ? "-" : label).append(' ');
            } else {
                kind = Block.Kind.PARAGRAPH;
            }
            int start = out.length();
            out.append(text);
            blocks.add(new Block(kind, label, text, start, out.length(), unit.markdownLevel, unit.multiline,
                    Math.min(unit.gapBefore, 2)));
        }
        return new CleanText(out.toString(), blocks);
    }

}
