package org.sendsearch.search;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendsearch.util.WordList;

/**
 * The words that frame a question typed in plain English ("how long does it take to get an EHC
 * plan") rather than say what it is about ("EHC plan"), from the resource {@code question-words.txt}.
 *
 * <p>Why: a passage must match most of the typed words (see {@link QueryBuilder}), and no finding
 * says "how long does it take": counted among the words, the framing kept the findings about EHC
 * plan timeliness out. Left out of the lexical match, the question finds what a keyword search on
 * its subject finds; the semantic side still reads the whole question.
 */
final class QuestionWords {
    private enum Role {
        START,
        FRAME,
        AFTER_HOW
    }

    private static final Map<String, Role> ROLES = load();

    private QuestionWords() {}

    /**
     * The words of {@code words} that say what a question is about, in order: all of them when it
     * is not a question (it neither ends with "?" nor begins with a question word), or when nothing
     * but framing would be left.
     *
     * @param words the typed parts, in order (words, prefixes, quoted phrases)
     * @param endsWithQuestionMark whether the text typed ends with "?"
     */
    static List<String> subject(List<String> words, boolean endsWithQuestionMark) {
        if (words.isEmpty() || !(endsWithQuestionMark || role(words.get(0)) == Role.START)) {
            return words;
        }
        List<String> kept = new java.util.ArrayList<>();
        String previous = "";
        for (String word : words) {
            Role role = role(word);
            boolean framing = bare(word).isEmpty() // a lone "?"
                    || role == Role.START
                    || role == Role.FRAME
                    || (role == Role.AFTER_HOW && previous.equals("how"));
            if (!framing) {
                kept.add(word);
            }
            previous = bare(word);
        }
        return kept.isEmpty() ? words : List.copyOf(kept);
    }

    private static Role role(String word) {
        return ROLES.get(bare(word));
    }

    /** The word as looked up: lower case, without the question mark or other end punctuation. */
    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
    }

    private static Map<String, Role> load() {
        Map<String, Role> roles = new HashMap<>();
        for (String entry : WordList.resource(QuestionWords.class, "question-words.txt")) {
            String[] parts = entry.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalStateException("question-words.txt: expected a word and its role, got: " + entry);
            }
            roles.put(parts[0], Role.valueOf(parts[1].toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        return Map.copyOf(roles);
    }
}
