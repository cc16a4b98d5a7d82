package org.sendsearch.ingest;

import org.sendsearch.model.Polarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a main finding, which is not filed under "Strengths" or "Areas for
 * development", reports a strength or a weakness, from its wording.
 *
 * <p>Each sentence scores +1 per positive cue ("strong", "effective", "well", "improved") and -1
 * per negative cue ("not", "too long", "weak", "poor", "lack"). A positive cue within a few words
 * after a negation counts against ("not consistently impacting well"). Inspectors put the verdict
 * after the turn: in "X has improved. However, too often Y" the finding is Y, so sentences from a
 * "However"/"But"/"That said" onwards weigh double; in "While X, Y" only Y counts. Capitalised
 * words inside a sentence are names ("... Care Excellence") and are not cues. A finding with no
 * cue either way is neutral. Works on words, not regular expressions, to stay fast.
 */
final class PolarityJudge {

    private static final Set<String> NEGATIVE_WORDS = Set.of("not", "no", "cannot", "never", "nor", "limited", "low",
            "unable", "behind", "late", "gap", "gaps", "unmet", "lack", "lacks", "lacking", "poor", "poorly", "variable");
    private static final Stems NEGATIVE_STEMS = new Stems("weak", "inconsisten", "delay", "slow", "concern",
            "frustrat", "worr", "insufficient", "inadequa", "shortcoming", "deficien", "fail", "inequ", "contraven",
            "underdevelop", "ineffective", "disconnect", "immatur", "serious", "unacceptabl", "backlog", "stress", "anxi",
            "dragged", "tardiness", "uncertain", "barrier", "tarnish", "disparit", "fractured", "dissatisf", "shortfall",
            "struggl", "excessive", "arduous");
    private static final Set<String> TOO = Set.of("long", "late", "slow", "slowly", "many", "much", "often", "few", "little", "variable");
    private static final Set<String> POSITIVE_WORDS = Set.of("strong", "strongly", "effective", "effectively", "well",
            "improved", "improving", "good", "progress", "value", "valued", "swift", "swiftly", "quickly", "highly",
            "seriously", "hope", "better", "inclusive");
    private static final Stems POSITIVE_STEMS = new Stems("strength", "passionate", "accurate", "success", "commend",
            "robust", "high-quality", "innovative", "embrac", "positive", "transform", "welcome", "pleased", "delighted",
            "collaborativ", "prais", "thriv", "decisive", "creative", "excellen", "exceptional", "intelligent",
            "well-established", "commitment", "assiduous", "cognisant", "inspiring", "resilien", "ambiti", "epitome");
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "cannot", "nor");
    private static final Set<String> TURNS = Set.of("however", "but", "nevertheless", "yet");
    private static final Set<String> CONCESSIONS = Set.of("while", "whilst", "although", "though");
    private static final int NEGATION_SCOPE = 5;

    Polarity judge(String finding) {
        double score = 0;
        double weight = 1;
        for (String sentence : sentences(finding)) {
            List<String> words = words(sentence);
            if (words.isEmpty()) {
                continue;
            }
            String first = words.get(0);
            if (TURNS.contains(first) || (first.equals("that") && words.size() > 1 && words.get(1).equals("said"))
                    || (first.equals("despite") && words.size() > 1 && words.get(1).equals("this"))) {
                weight = 2;
            }
            if (CONCESSIONS.contains(first) && sentence.lastIndexOf(',') > 0) {
                words = words(sentence.substring(sentence.lastIndexOf(',') + 1));
            }
            score += weight * score(words);
        }
        return score > 0 ? Polarity.STRENGTH : score < 0 ? Polarity.WEAKNESS : Polarity.NEUTRAL;
    }

    private static int score(List<String> words) {
        int score = 0;
        int lastNegator = -100;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.isEmpty()) {
                continue;  // a name
            }
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            String previous = i > 0 ? words.get(i - 1) : "";
            if (NEGATORS.contains(w) || w.endsWith("n't")) {
                lastNegator = i;
            }
            if (isNegative(w, next, words, i)) {
                score--;
            } else if (isPositive(w, previous, next, words, i)) {
                score += i - lastNegator <= NEGATION_SCOPE ? -1 : 1;
            }
        }
        return score;
    }

    private static boolean isNegative(String w, String next, List<String> words, int i) {
        if (NEGATIVE_WORDS.contains(w) || w.endsWith("n't")) {
            return true;
        }
        if (w.equals("too") && TOO.contains(next)) {
            return true;
        }
        if ((w.equals("yet") && next.equals("to")) || (w.equals("let") && next.equals("down"))
                || (w.equals("lost") && next.equals("time"))) {
            return true;
        }
        if ((w.equals("need") || w.equals("needs")) && next.equals("to") && i + 2 < words.size()
                && Set.of("be", "improve", "ensure", "develop").contains(words.get(i + 2))) {
            return true;
        }
        if (w.equals("still") && next.equals("work")) {
            return true;
        }
        return NEGATIVE_STEMS.begin(w);
    }

    private static boolean isPositive(String w, String previous, String next, List<String> words, int i) {
        if (w.equals("well")) {
            return !previous.equals("as") && !next.equals("as");
        }
        if (POSITIVE_WORDS.contains(w)) {
            return true;
        }
        if ((w.equals("heart") && previous.equals("the") && i >= 2 && words.get(i - 2).equals("at"))
                || (w.equals("dividends") && previous.equals("paying")) || (w.equals("up") && previous.equals("speeded"))
                || (w.equals("pace") && previous.equals("at"))) {
            return true;
        }
        return POSITIVE_STEMS.begin(w);
    }

    /**
     * Word beginnings, grouped by their first character: a word is compared only with the few
     * that start as it does, not with all sixty-odd at every word of every finding.
     */
    private static final class Stems {
        private final String[][] byFirstChar;

        Stems(String... stems) {
            int highest = 0;
            for (String stem : stems) {
                if (stem.isEmpty()) {
                    throw new IllegalArgumentException("empty stem");
                }
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

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                sentences.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            sentences.add(text.substring(start));
        }
        return sentences;
    }

    /** Lower-cased words; a capitalised word other than the first becomes "" (a name, not a cue). */
    private static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(sentence.charAt(i)) || sentence.charAt(i) == '\'' || sentence.charAt(i) == '’'
                    || (sentence.charAt(i) == '-' && i + 1 < n && Character.isLetter(sentence.charAt(i + 1))))) {
                i++;
            }
            if (i > start) {
                String word = sentence.substring(start, i).replace('’', '\'');
                while (word.endsWith("'")) {
                    word = word.substring(0, word.length() - 1);  // a closing quote, not part of the word
                }
                boolean name = !words.isEmpty() && Character.isUpperCase(word.charAt(0));
                words.add(name ? "" : word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
