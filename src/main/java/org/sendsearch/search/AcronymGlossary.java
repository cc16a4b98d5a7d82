package org.sendsearch.search;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short forms of the SEND synonym rules ({@code index-config/synonyms.txt}) and what each
 * stands for, to write out the acronyms of a query before it is embedded.
 *
 * <p>Why: the lexical side expands "WSOA" through the synonym filter, but the embedding model has
 * never seen most SEND acronyms, and its neighbours of "WSOA" or "SALT" are noise that fusion then
 * mixes into good lexical results. Embedding "WSOA (written statement of action)" puts the semantic
 * side on the same subject. The same rules serve both sides, so the two cannot drift apart.
 *
 * <p>A short form is a one-word member of an equivalence rule that also has a member of several
 * words; it stands for the rule's longest member.
 */
public final class AcronymGlossary {
    /** No rules: nothing is written out. */
    public static final AcronymGlossary NONE = new AcronymGlossary(Map.of());

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Map<String, String> longForms;

    private AcronymGlossary(Map<String, String> longForms) {
        this.longForms = Map.copyOf(longForms);
    }

    /** The glossary of synonym rule lines ({@code "wsoa, written statement of action"}). */
    public static AcronymGlossary of(List<String> rules) {
        Map<String, String> longForms = new HashMap<>();
        for (String rule : rules) {
            if (rule.contains("=>")) {
                continue; // a one-way mapping names no equivalents
            }
            List<String> members = java.util.Arrays.stream(rule.split(","))
                    .map(String::strip)
                    .filter(member -> !member.isEmpty())
                    .toList();
            String longest = members.stream()
                    .filter(member -> member.contains(" "))
                    .max(java.util.Comparator.comparingInt(String::length))
                    .orElse(null);
            if (longest == null) {
                continue;
            }
            for (String member : members) {
                if (!member.contains(" ")) {
                    longForms.putIfAbsent(member.toLowerCase(Locale.ROOT), longest);
                }
            }
        }
        return new AcronymGlossary(longForms);
    }

    /**
     * {@code text} with each short form followed by what it stands for, in brackets, once: "WSOA
     * required" becomes "WSOA (written statement of action) required". Text without a short form
     * comes back as it is.
     */
    public String spelledOut(String text) {
        if (longForms.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        Matcher words = WORD.matcher(text);
        java.util.Set<String> done = new java.util.HashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        while (words.find()) {
            String key = words.group().toLowerCase(Locale.ROOT);
            String longForm = longForms.get(key);
            String replacement = longForm != null
                            && done.add(key)
                            && !text.toLowerCase(Locale.ROOT).contains(longForm)
                    ? words.group() + " (" + longForm + ")"
                    : words.group();
            words.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(out);
        return out.toString();
    }
}
