package org.sendsearch.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendsearch.util.WordList;

/**
 * Reads the organisations a document names: the health bodies (clinical commissioning groups and
 * integrated care boards) and the committee or board a council report goes to.
 */
final class NamedBodies {
    private static final PatternScan HEALTH_BODIES = new PatternScan(
            Pattern.compile("(?=[CI])(Clinical Commissioning Group|Integrated Care Board|CCG|ICB)\\b"), "CI");
    private static final Pattern NAME_BEFORE =
            Pattern.compile("((?:(?:[A-Z][\\p{L}'’.-]*|and|of|upon|on|&)\\s+){1,7})$");
    private static final Set<String> NOT_NAME_WORDS =
            Set.copyOf(WordList.resource(NamedBodies.class, "not-name-words.txt"));
    private static final Pattern COMMITTEE_LABEL =
            Pattern.compile("(?im)^(?:report to|meeting|committee|decision maker|decision-maker)\\s*:\\s*(.+?)\\s*$");
    private static final String COMMITTEE_NAME =
            "((?:[A-Z][\\p{L}'’-]*|and|of|for|&)(?:,?\\s+(?:[A-Z][\\p{L}'’-]*|and|of|for|&)){0,8}?\\s+"
                    + "(?:Board|Committee|Sub-Committee|Cabinet|Panel|Forum))\\b";
    private static final Pattern COMMITTEE_IN_TEXT = Pattern.compile(
            "(?:members of|report to|meeting of|submitted to|considered by|presented to|updates? (?:to|for)) the "
                    + COMMITTEE_NAME);
    private static final Pattern COMMITTEE_RECOMMENDED =
            Pattern.compile("\\b[Tt]he " + COMMITTEE_NAME + " (?:is|are) (?:recommended|asked|requested|invited)");

    private NamedBodies() {}

    /** Named clinical commissioning groups and integrated care boards, in the form "X Clinical Commissioning Group". */
    static List<String> healthBodies(String text) {
        Set<String> bodies = new LinkedHashSet<>();
        for (MatchResult m : HEALTH_BODIES.matches(text)) {
            Matcher before = NAME_BEFORE.matcher(text.substring(Math.max(0, m.start() - 120), m.start()));
            if (!before.find()) {
                continue;
            }
            String[] words = before.group(1).strip().split("\\s+");
            int start = 0;
            for (int i = 0; i < words.length; i++) {
                if (NOT_NAME_WORDS.contains(words[i])
                        && !(i > start && (words[i].equals("and") || words[i].equals("of")))) {
                    start = i + 1;
                }
            }
            boolean nhs = start < words.length && words[start].equals("NHS");
            if (nhs) {
                start++;
            }
            if (start >= words.length) {
                continue;
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
            String kind = switch (m.group(1)) {
                case "CCG", "Clinical Commissioning Group" -> "Clinical Commissioning Group";
                default -> "Integrated Care Board";
            };
            bodies.add((nhs ? "NHS " : "") + name + " " + kind);
        }
        return List.copyOf(bodies);
    }

    /** The committee or board named by a label or in the text, or null. */
    static String committee(String text) {
        Matcher m = COMMITTEE_LABEL.matcher(text);
        if (m.find()) {
            return m.group(1).replaceAll("\\s+", " ").strip();
        }
        for (Pattern pattern : List.of(COMMITTEE_IN_TEXT, COMMITTEE_RECOMMENDED)) {
            m = pattern.matcher(text);
            if (m.find()) {
                return m.group(1).replaceAll("\\s+", " ").strip();
            }
        }
        return null;
    }
}
