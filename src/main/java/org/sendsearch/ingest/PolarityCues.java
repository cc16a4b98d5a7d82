package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sendsearch.config.ConfigDirectory;

/**
 * The words {@link PolarityJudge} weighs, read from {@code index-config/polarity-words.tsv}: one cue
 * a line, two tab-separated columns, the kind of cue and its lower-case word or words.
 * <ul>
 * <li>{@code negative} / {@code positive}: a word that counts against / for ("poor", "strong");</li>
 * <li>{@code negative-stem} / {@code positive-stem}: a word beginning ("inconsisten", "excellen");</li>
 * <li>{@code negative-phrase}: words that count against where they start ("too long", "yet to");</li>
 * <li>{@code positive-phrase}: words that count for where they end ("at the heart", "at pace");</li>
 * <li>{@code negator}: a word that turns the positive cues a few words after it ("not");</li>
 * <li>{@code turn}: a sentence opening after which the verdict comes ("however", "that said");</li>
 * <li>{@code concession}: a sentence opening whose clause before the last comma does not count ("while").</li>
 * </ul>
 * In {@code index-config/} because the cue words decide the polarity that is indexed and a
 * collection's wording may need more; the version of the index configuration covers the file.
 */
final class PolarityCues {
    /** The table's file name in {@code index-config/}. */
    static final String FILE = "polarity-words.tsv";

    private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]*");

    final Set<String> negative;
    final Stems negativeStems;
    /** The negative phrases by their first word. */
    final Map<String, List<List<String>>> negativePhrases;

    final Set<String> positive;
    final Stems positiveStems;
    /** The positive phrases by their last word. */
    final Map<String, List<List<String>>> positivePhrases;

    final Set<String> negators;
    final List<List<String>> turns;
    final Set<String> concessions;

    private PolarityCues(Builder b) {
        negative = Set.copyOf(b.negative);
        negativeStems = new Stems(b.negativeStems);
        negativePhrases = byWord(b.negativePhrases, 0);
        positive = Set.copyOf(b.positive);
        positiveStems = new Stems(b.positiveStems);
        positivePhrases = byWord(b.positivePhrases, -1);
        negators = Set.copyOf(b.negators);
        turns = List.copyOf(b.turns);
        concessions = Set.copyOf(b.concessions);
    }

    private static final class Builder {
        final Set<String> negative = new HashSet<>();
        final List<String> negativeStems = new ArrayList<>();
        final List<List<String>> negativePhrases = new ArrayList<>();
        final Set<String> positive = new HashSet<>();
        final List<String> positiveStems = new ArrayList<>();
        final List<List<String>> positivePhrases = new ArrayList<>();
        final Set<String> negators = new HashSet<>();
        final List<List<String>> turns = new ArrayList<>();
        final Set<String> concessions = new HashSet<>();
    }

    /** Reads and checks the table; a bad cue is a {@code ConfigException} naming the file and line. */
    static PolarityCues load(ConfigDirectory directory) {
        RuleTable table = RuleTable.read(directory, FILE, 2);
        Builder b = new Builder();
        for (RuleTable.Row row : table.rows()) {
            String kind = row.cell(0);
            List<String> words = List.of(row.cell(1).strip().split(" +"));
            for (String word : words) {
                if (!WORD.matcher(word).matches()) {
                    throw table.error(row, "'" + word + "' is not a lower-case word");
                }
            }
            boolean phrase = kind.endsWith("-phrase") || kind.equals("turn");
            if (!phrase && words.size() != 1) {
                throw table.error(row, "a '" + kind + "' cue is one word, not '" + row.cell(1) + "'");
            }
            if (kind.endsWith("-phrase") && words.size() < 2) {
                throw table.error(row, "a '" + kind + "' cue is two words or more, not '" + row.cell(1) + "'");
            }
            String word = words.get(0);
            switch (kind) {
                case "negative" -> b.negative.add(word);
                case "negative-stem" -> b.negativeStems.add(word);
                case "negative-phrase" -> b.negativePhrases.add(words);
                case "positive" -> b.positive.add(word);
                case "positive-stem" -> b.positiveStems.add(word);
                case "positive-phrase" -> b.positivePhrases.add(words);
                case "negator" -> b.negators.add(word);
                case "turn" -> b.turns.add(words);
                case "concession" -> b.concessions.add(word);
                default ->
                    throw table.error(
                            row,
                            "unknown cue '" + kind + "' (expected negative, negative-stem, "
                                    + "negative-phrase, positive, positive-stem, positive-phrase, negator, turn or concession)");
            }
        }
        return new PolarityCues(b);
    }

    /** The phrases grouped by their first word ({@code which} 0) or last ({@code which} -1). */
    private static Map<String, List<List<String>>> byWord(List<List<String>> phrases, int which) {
        Map<String, List<List<String>>> map = new HashMap<>();
        for (List<String> phrase : phrases) {
            String key = phrase.get(which < 0 ? phrase.size() - 1 : which);
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(List.copyOf(phrase));
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(map);
    }

    /** Whether {@code words} from {@code at} on are {@code phrase}. */
    static boolean startsAt(List<String> words, int at, List<String> phrase) {
        return at + phrase.size() <= words.size()
                && words.subList(at, at + phrase.size()).equals(phrase);
    }

    /** Whether {@code words} up to {@code at} (included) end with {@code phrase}. */
    static boolean endsAt(List<String> words, int at, List<String> phrase) {
        int from = at + 1 - phrase.size();
        return from >= 0 && words.subList(from, at + 1).equals(phrase);
    }

    /**
     * Word beginnings, grouped by their first character: a word is compared only with the few
     * that start as it does, not with all sixty-odd at every word of every finding.
     */
    static final class Stems {
        private final String[][] byFirstChar;

        Stems(List<String> stems) {
            int highest = 0;
            for (String stem : stems) {
                highest = Math.max(highest, stem.charAt(0));
            }
            byFirstChar = new String[highest + 1][];
            for (String stem : stems) {
                String[] same = byFirstChar[stem.charAt(0)];
                same = same == null ? new String[1] : Arrays.copyOf(same, same.length + 1);
                same[same.length - 1] = stem;
                byFirstChar[stem.charAt(0)] = same;
            }
        }

        /** Whether the word starts with one of the stems. */
        boolean begin(String word) {
            if (word.isEmpty() || word.charAt(0) >= byFirstChar.length || byFirstChar[word.charAt(0)] == null) {
                return false;
            }
            for (String stem : byFirstChar[word.charAt(0)]) {
                if (word.startsWith(stem)) {
                    return true;
                }
            }
            return false;
        }
    }
}
