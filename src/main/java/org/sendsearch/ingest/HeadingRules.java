package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.Section;

/**
 * What headings say, read from {@code index-config/headings.tsv}: which lines are headings
 * wherever they stand, which headings nest under others, and the section and polarity a heading
 * files its findings under. Every phrase about headings lives in that one table; the cleaner
 * ({@link TextCleaner}) and the splitter ({@link PassageSplitter}) only ask this class.
 *
 * <p>The table is in {@code index-config/}, not in the code's resources, because a collection with
 * other kinds of document (another inspectorate's framework, a council's own template) needs its
 * own headings, and it changes what is indexed, so it is part of the index configuration's version.
 *
 * <p>Each rule is a line of three tab-separated columns: the rule, its value, and a regular
 * expression (Java syntax), always matched regardless of case:
 * <ul>
 * <li>{@code heading -}: a line that is a heading wherever it stands (the pattern matches the whole
 *     line, which may end in "." or ":");</li>
 * <li>{@code sub-heading -} and {@code theme -}: headings that nest under every other kind, a
 *     sub-heading ("Strengths") under a theme ("Theme 2: ...") under a numbered section; they name
 *     no section, so their findings are filed under the section of the heading above (whole line
 *     too);</li>
 * <li>{@code section ID}: a heading in which the pattern is found names section ID; the first rule
 *     found wins, and the nearest heading above a finding that names a section gives its section;</li>
 * <li>{@code polarity ID}: likewise for the polarity the heading gives its findings.</li>
 * </ul>
 * Immutable; shared by every extraction.
 */
final class HeadingRules {
    /** The table's file name in {@code index-config/}. */
    static final String FILE = "headings.tsv";

    private static final Set<String> WHOLE_LINE_RULES = Set.of("heading", "sub-heading", "theme");

    /** A rule naming a value (a section or a polarity) when its pattern is found in the heading. */
    private record Rule<T>(Pattern pattern, T value) {}

    private final Pattern known;
    private final Pattern subHeading;
    private final Pattern theme;
    private final List<Rule<Section>> sections;
    private final List<Rule<Polarity>> polarities;

    private HeadingRules(
            Pattern known,
            Pattern subHeading,
            Pattern theme,
            List<Rule<Section>> sections,
            List<Rule<Polarity>> polarities) {
        this.known = known;
        this.subHeading = subHeading;
        this.theme = theme;
        this.sections = List.copyOf(sections);
        this.polarities = List.copyOf(polarities);
    }

    /** Reads and checks the table; a bad rule is a {@code ConfigException} naming the file and line. */
    static HeadingRules load(ConfigDirectory directory) {
        RuleTable table = RuleTable.read(directory, FILE, 3);
        Map<String, Section> sectionIds = ids(Section.values(), Section::id);
        Map<String, Polarity> polarityIds = ids(Polarity.values(), Polarity::id);
        List<String> known = new ArrayList<>();
        List<String> subHeading = new ArrayList<>();
        List<String> theme = new ArrayList<>();
        List<Rule<Section>> sections = new ArrayList<>();
        List<Rule<Polarity>> polarities = new ArrayList<>();
        for (RuleTable.Row row : table.rows()) {
            String rule = row.cell(0);
            String value = row.cell(1);
            String regex = row.cell(2);
            Pattern pattern = table.compile(row, regex, Pattern.CASE_INSENSITIVE);
            if (WHOLE_LINE_RULES.contains(rule) && !value.equals("-")) {
                throw table.error(row, "a '" + rule + "' rule takes '-' as its value, not '" + value + "'");
            }
            switch (rule) {
                case "heading" -> known.add(regex);
                case "sub-heading" -> subHeading.add(regex);
                case "theme" -> theme.add(regex);
                case "section" -> sections.add(new Rule<>(pattern, lookUp(table, row, "section", sectionIds)));
                case "polarity" -> polarities.add(new Rule<>(pattern, lookUp(table, row, "polarity", polarityIds)));
                default ->
                    throw table.error(
                            row,
                            "unknown rule '" + rule + "' (expected heading, sub-heading, theme, section or polarity)");
            }
        }
        return new HeadingRules(wholeLine(known), wholeLine(subHeading), wholeLine(theme), sections, polarities);
    }

    private static <T> Map<String, T> ids(T[] values, Function<T, String> id) {
        return Arrays.stream(values).collect(Collectors.toMap(id, v -> v));
    }

    private static <T> T lookUp(RuleTable table, RuleTable.Row row, String kind, Map<String, T> ids) {
        T value = ids.get(row.cell(1));
        if (value == null) {
            throw table.error(
                    row,
                    "unknown " + kind + " '" + row.cell(1) + "' (expected one of "
                            + ids.keySet().stream().sorted().collect(Collectors.joining(", ")) + ")");
        }
        return value;
    }

    /** One pattern matching a whole line that one of the alternatives matches, maybe ending in "." or ":". */
    private static Pattern wholeLine(List<String> alternatives) {
        if (alternatives.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile("(?i)^(?:" + String.join("|", alternatives) + ")[.:]?$");
    }

    /** Whether the line is one of the headings every document of these kinds uses. */
    boolean isKnownHeading(String line) {
        return known.matcher(line).matches();
    }

    /** Whether the heading is a strength/weakness sub-heading, nested under every other kind. */
    boolean isSubHeading(String heading) {
        return subHeading.matcher(heading).matches();
    }

    /** Whether the heading opens a theme ("Theme 2: ...", "Priority 1"), nested under numbered sections. */
    boolean isTheme(String heading) {
        return theme.matcher(heading).matches();
    }

    /**
     * The section a heading names: the first {@code section} rule found in it; null for a
     * sub-heading or theme (which leave the section to the heading above); else {@link Section#OTHER}.
     */
    Section section(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        for (Rule<Section> rule : sections) {
            if (rule.pattern.matcher(lower).find()) {
                return rule.value;
            }
        }
        return isSubHeading(lower) || isTheme(lower) ? null : Section.OTHER;
    }

    /** The polarity a heading gives its findings: the first {@code polarity} rule found in it, or null. */
    Polarity polarity(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        for (Rule<Polarity> rule : polarities) {
            if (rule.pattern.matcher(lower).find()) {
                return rule.value;
            }
        }
        return null;
    }
}
