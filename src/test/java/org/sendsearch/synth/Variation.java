package org.sendsearch.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes recombined source text differ from document to document while keeping it plausible: it
 * swaps words and phrases for synonyms inspectors also use, splices the opening of one finding
 * with the rest of another from the same group, drops a sentence now and then, varies waiting
 * times, and fills in the area. Every choice comes from the {@link Random} given, so a seed
 * always gives the same text.
 */
final class Variation {

    /** Interchangeable wordings; each occurrence of one is replaced by another about half the time. */
    private static final List<List<String>> SYNONYMS = List.of(
            List.of("Leaders", "Senior leaders", "Area leaders", "Strategic leaders"),
            List.of("too long", "far too long", "an unacceptably long time"),
            List.of("timely", "prompt"),
            List.of("effectively", "successfully", "well"),
            List.of("inconsistent", "variable", "patchy"),
            List.of("improve", "strengthen"),
            List.of("weak", "poor"),
            List.of("robust", "strong", "effective"),
            List.of("professionals", "practitioners"),
            List.of("swift", "rapid", "prompt"),
            List.of("quickly", "promptly", "swiftly"),
            List.of("a range of", "a variety of", "a wide range of"),
            List.of("However,", "Nevertheless,", "That said,"),
            List.of("Consequently,", "As a result,", "Therefore,"),
            List.of("not always", "not consistently"),
            List.of("considerable", "significant"),
            List.of("Too many", "A large number of"),
            List.of("parents and carers", "families", "parents, carers and families"),
            List.of("waiting times", "waits"),
            List.of("is evident", "is clear", "can be seen"),
            List.of("recently", "in recent months", "over the past year"),
            List.of("well regarded", "highly valued", "appreciated"),
            List.of("the local area", "the area", "the partnership"));

    private static final Pattern SYNONYM_PATTERN;
    private static final java.util.Map<String, List<String>> GROUP_OF = new java.util.HashMap<>();

    static {
        StringBuilder alternatives = new StringBuilder();
        List<String> all = new ArrayList<>();
        for (List<String> group : SYNONYMS) {
            for (String wording : group) {
                GROUP_OF.put(wording, group);
                all.add(wording);
            }
        }
        all.sort((a, b) -> Integer.compare(b.length(), a.length()));
        for (String wording : all) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(wording));
        }
        SYNONYM_PATTERN = Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])");
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z‘'\"(])");
    private static final Pattern WEEKS = Pattern.compile("\\b(\\d{1,3})(-| )weeks?\\b");

    private final Random random;

    Variation(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    /** A finding from the group: one passage, sometimes spliced with another, then reworded. */
    String finding(List<String> group, String area) {
        List<String> sentences = sentences(pick(group));
        if (group.size() > 1 && sentences.size() > 1 && random.nextInt(100) < 35) {
            List<String> other = sentences(pick(group));
            if (other.size() > 1) {
                List<String> spliced = new ArrayList<>(sentences.subList(0, 1 + random.nextInt(sentences.size() - 1)));
                spliced.addAll(other.subList(1, other.size()));
                sentences = spliced;
            }
        }
        if (sentences.size() > 2 && random.nextInt(100) < 25) {
            sentences = new ArrayList<>(sentences);
            sentences.remove(1 + random.nextInt(sentences.size() - 1));
        }
        return reword(String.join(" ", sentences), area);
    }

    /** Synonyms, waiting times and the area filled in. */
    String reword(String text, String area) {
        Matcher m = SYNONYM_PATTERN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> group = GROUP_OF.get(m.group());
            String replacement = m.group();
            if (group != null && random.nextBoolean()) {
                replacement = group.get(random.nextInt(group.size()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        Matcher weeks = WEEKS.matcher(out.toString());
        StringBuilder varied = new StringBuilder();
        while (weeks.find()) {
            int n = Integer.parseInt(weeks.group(1));
            int changed = n <= 2 ? n : Math.max(2, n + random.nextInt(Math.max(3, n / 2)) - n / 4);
            weeks.appendReplacement(varied, changed + weeks.group(2) + (changed == 1 ? "week" : "weeks"));
        }
        weeks.appendTail(varied);
        return varied.toString().replace(SourceMaterial.AREA, area);
    }

    /** {@code count} distinct findings of a group (fewer if the group is small). */
    List<String> findings(List<String> group, int count, String area) {
        List<String> out = new ArrayList<>();
        for (int attempt = 0; out.size() < count && attempt < count * 4 && !group.isEmpty(); attempt++) {
            String finding = finding(group, area);
            if (!out.contains(finding)) {
                out.add(finding);
            }
        }
        return out;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    static List<String> sentences(String text) {
        return List.of(SENTENCE_END.split(text.strip()));
    }
}
