package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sendsearch.model.Polarity;

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

    private static final int NEGATION_SCOPE = 5;

    private final PolarityCues cues;

    PolarityJudge(PolarityCues cues) {
        this.cues = cues;
    }

    Polarity judge(String finding) {
        double score = 0;
        double weight = 1;
        for (String sentence : sentences(finding)) {
            List<String> words = words(sentence);
            if (words.isEmpty()) {
                continue;
            }
            String first = words.get(0);
            List<String> opening = words;
            if (cues.turns.stream().anyMatch(turn -> PolarityCues.startsAt(opening, 0, turn))) {
                weight = 2;
            }
            if (cues.concessions.contains(first) && sentence.lastIndexOf(',') > 0) {
                words = words(sentence.substring(sentence.lastIndexOf(',') + 1));
            }
            score += weight * score(words);
        }
        return score > 0 ? Polarity.STRENGTH : score < 0 ? Polarity.WEAKNESS : Polarity.NEUTRAL;
    }

    private int score(List<String> words) {
        int score = 0;
        int lastNegator = -100;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.isEmpty()) {
                continue; // a name
            }
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            String previous = i > 0 ? words.get(i - 1) : "";
            if (cues.negators.contains(w) || w.endsWith("n't")) {
                lastNegator = i;
            }
            if (isNegative(w, words, i)) {
                score--;
            } else if (isPositive(w, previous, next, words, i)) {
                score += i - lastNegator <= NEGATION_SCOPE ? -1 : 1;
            }
        }
        return score;
    }

    private boolean isNegative(String w, List<String> words, int i) {
        if (cues.negative.contains(w) || w.endsWith("n't")) {
            return true;
        }
        for (List<String> phrase : cues.negativePhrases.getOrDefault(w, List.of())) {
            if (PolarityCues.startsAt(words, i, phrase)) {
                return true;
            }
        }
        return cues.negativeStems.begin(w);
    }

    private boolean isPositive(String w, String previous, String next, List<String> words, int i) {
        if (cues.positive.contains(w)) {
            return !w.equals("well") || !previous.equals("as") && !next.equals("as"); // not "as well as"
        }
        for (List<String> phrase : cues.positivePhrases.getOrDefault(w, List.of())) {
            if (PolarityCues.endsAt(words, i, phrase)) {
                return true;
            }
        }
        return cues.positiveStems.begin(w);
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
            while (i < n
                    && (Character.isLetter(sentence.charAt(i))
                            || sentence.charAt(i) == '\''
                            || sentence.charAt(i) == '’'
                            || (sentence.charAt(i) == '-'
                                    && i + 1 < n
                                    && Character.isLetter(sentence.charAt(i + 1))))) {
                i++;
            }
            if (i > start) {
                String word = sentence.substring(start, i).replace('’', '\'');
                while (word.endsWith("'")) {
                    word = word.substring(0, word.length() - 1); // a closing quote, not part of the word
                }
                boolean name = !words.isEmpty() && Character.isUpperCase(word.charAt(0));
                words.add(name ? "" : word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
