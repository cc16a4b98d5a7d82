package org.sendsearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What someone typed in the search box, split into what must match and what must not.
 *
 * <p>The syntax is the one people already know: plain words, {@code "quoted phrases"},
 * {@code -word} or {@code -"a phrase"} to exclude, {@code OR} between alternatives and
 * {@code word*} for prefixes. Everything else is just text. Quotes as word processors and phones
 * type them (“curly”, „low“, ″double prime″, fullwidth ＂) are read as straight quotes, since people
 * paste precedent wording from Word and mean a phrase; the dash Word puts before a word (– or −) is
 * read as the minus that excludes it.
 *
 * <p>Why split exclusions out instead of handing everything to {@code simple_query_string}: with
 * the default operator OR (which ranking needs, so that natural questions still find things),
 * {@code simple_query_string} reads {@code autism -adhd} as "autism OR NOT adhd", which matches
 * nearly everything. So {@link #positive()} goes into a {@code must} clause and
 * {@link #negative()} into a {@code must_not} clause. Both strings contain only words, quoted
 * phrases, {@code |} and trailing {@code *}: the only operators the query enables.
 */
public final class UserQuery {
    /** Every character people type as a double quote. */
    private static final Pattern QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u2033\u301D\u301E\uFF02]");
    /** The dashes that stand for a minus before a word (en dash, minus sign). */
    private static final Pattern MINUS = Pattern.compile("(^|\\s)[\u2013\u2212](?=\\S)");

    private final List<String> positiveParts;
    private final String positive;
    private final String negative;
    private final List<String> words;
    private final List<String> phrases;
    private final boolean question;

    private UserQuery(
            List<String> positiveParts,
            String negative,
            List<String> words,
            List<String> phrases,
            boolean endsWithQuestionMark) {
        this.positiveParts = List.copyOf(positiveParts);
        this.positive = String.join(" ", positiveParts);
        this.negative = negative;
        this.words = List.copyOf(words);
        this.phrases = List.copyOf(phrases);
        this.question = endsWithQuestionMark;
    }

    public static UserQuery parse(String typed) {
        List<String> positiveParts = new ArrayList<>();
        List<String> negativeParts = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        String text = typed == null
                ? ""
                : MINUS.matcher(QUOTES.matcher(typed).replaceAll("\"")).replaceAll("$1-");
        int i = 0;
        boolean pendingOr = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                negated = true;
                i++;
                c = text.charAt(i);
            }
            String part;
            if (c == '"') {
                int close = text.indexOf('"', i + 1);
                int end = close < 0 ? text.length() : close;
                String phrase = clean(text.substring(i + 1, end));
                i = close < 0 ? text.length() : close + 1;
                if (phrase.isEmpty()) {
                    continue;
                }
                part = "\"" + phrase + "\"";
                if (!negated) {
                    phrases.add(phrase);
                }
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                String raw = text.substring(i, end);
                i = end;
                if (!negated && (raw.equals("OR") || raw.equals("|"))) {
                    pendingOr = !positiveParts.isEmpty();
                    continue;
                }
                part = word(raw);
                if (part.isEmpty()) {
                    continue;
                }
                if (!negated && !part.endsWith("*")) {
                    words.add(part);
                }
            }
            if (negated) {
                negativeParts.add(part);
            } else {
                if (pendingOr) {
                    positiveParts.add("|");
                }
                positiveParts.add(part);
                pendingOr = false;
            }
        }
        return new UserQuery(
                positiveParts,
                String.join(" ", negativeParts),
                words,
                phrases,
                text.strip().endsWith("?"));
    }

    /**
     * What a question typed in plain English is about: this query without the words that only
     * frame the question ({@link QuestionWords}), so "how long does it take to get an EHC plan?"
     * must match as "EHC plan" does. The query itself when it is not a question, or asks for
     * alternatives with OR.
     */
    public UserQuery subject() {
        if (hasAlternatives()) {
            return this;
        }
        List<String> kept = QuestionWords.subject(positiveParts, question);
        if (kept.size() == positiveParts.size()) {
            return this;
        }
        List<String> keptWords = words.stream().filter(kept::contains).toList();
        return new UserQuery(kept, negative, keptWords, phrases, false);
    }

    /** A word with the operator characters removed, keeping one trailing '*' (a prefix search). */
    private static String word(String raw) {
        boolean prefix = raw.endsWith("*");
        String core = raw.replaceAll("[|*\"]", "").replaceAll("^-+", "");
        if (core.isEmpty()) {
            return "";
        }
        return prefix ? core + "*" : core;
    }

    private static String clean(String phrase) {
        return phrase.replaceAll("[|*\"]", " ").replaceAll("\\s+", " ").strip();
    }

    /** The must-match part for {@code simple_query_string}; empty when only exclusions were typed. */
    public String positive() {
        return positive;
    }

    /** The must-not-match part; empty when nothing was excluded. */
    public String negative() {
        return negative;
    }

    /** The plain (not negated, not prefix, not quoted) words, in order. */
    public List<String> words() {
        return words;
    }

    /** The quoted phrases to find as written. */
    public List<String> phrases() {
        return phrases;
    }

    /** Whether the person typed OR between words: they want any of them, not all. */
    public boolean hasAlternatives() {
        return positive.startsWith("| ") || positive.contains(" | ");
    }

    public boolean isEmpty() {
        return positive.isEmpty() && negative.isEmpty();
    }
}
