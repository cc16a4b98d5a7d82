package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides which local area a document is about, normalised to the authority's short name
 * ("Knowsley Metropolitan Borough Council" → Knowsley, "Liverpool City Council" → Liverpool).
 *
 * <p>Documents name other areas too (a Liverpool letter names "Knowsley and St Helen's Teaching
 * Hospitals"), so every mention is counted and weighted: mentions in the title count most, then
 * mentions in the first part of the document (addresses, the opening paragraph). A spelling that
 * is also an ordinary word ("Reading", "Bury") counts only next to a word such as "Council" or
 * "local area". The inspectorates' own address lines are not read at all ({@link
 * InspectorateAddresses}): the towns of their offices are council names too.
 */
final class AreaResolver {
    private static final Pattern QUALIFIER_AFTER = Pattern.compile(
            "^(?:'s|’s)?\\s+(?:Metropolitan\\s+|City\\s+|County\\s+|Borough\\s+|Royal\\s+)*(?:Council|Borough|local area|area|Clinical Commissioning|CCG|ICB|Local Area Partnership|SEND|Integrated Care"
                    + "|Parent(?:s)?(?:\\s+and)?\\s+Carers?['’]?\\s+Forum|Parent\\s+Carer\\s+Forum|Local\\s+Offer|SENDIASS)");
    /** The lookahead on the first letters only spares {@code find} trying every word at every place. */
    private static final Pattern QUALIFIER_BEFORE = Pattern.compile(
            "(?i)(?=[abcilrv])(?:(?:inspection|revisit|local area|area|council|borough|city|county) (?:in|of|for)"
                    + "|visited|inspected|revisited)\\s+$");

    private static final int OPENING = 1500;

    private final LocalAuthorities authorities;
    /**
     * Spellings by their first character, longest first: a scan tests only the few that could
     * start at a capital. Indexed by the character itself (up to the highest first character), so
     * the scan looks at each character of a document without boxing it or hashing.
     */
    private final String[][] byFirstChar;

    AreaResolver(LocalAuthorities authorities) {
        this.authorities = authorities;
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String spelling : authorities.spellingsLongestFirst()) {
            byFirst.computeIfAbsent(spelling.charAt(0), k -> new ArrayList<>()).add(spelling);
        }
        int highest = byFirst.keySet().stream().mapToInt(c -> c).max().orElse(-1);
        byFirstChar = new String[highest + 1][];
        byFirst.forEach((first, spellings) -> byFirstChar[first] = spellings.toArray(String[]::new));
    }

    /** The authority the text is most about, if any is named. */
    Optional<LocalAuthorities.Authority> resolve(String documentText, String title) {
        String text = InspectorateAddresses.blanked(documentText);
        Map<LocalAuthorities.Authority, Integer> scores = new HashMap<>();
        Map<LocalAuthorities.Authority, Integer> firstSeen = new HashMap<>();
        count(text, 1, scores, firstSeen);
        if (title != null) {
            count(title, 10, scores, firstSeen);
        }
        count(text.substring(0, Math.min(OPENING, text.length())), 2, scores, firstSeen);
        return scores.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue())
                        ? Integer.compare(firstSeen.get(b.getKey()), firstSeen.get(a.getKey()))
                        : Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey);
    }

    private void count(
            String text,
            int weight,
            Map<LocalAuthorities.Authority, Integer> scores,
            Map<LocalAuthorities.Authority, Integer> firstSeen) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String[] candidates = c < byFirstChar.length ? byFirstChar[c] : null;
            if (candidates == null || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                continue;
            }
            for (String spelling : candidates) {
                int end = i + spelling.length();
                if (spelling.length() > 1 && (i + 1 >= n || text.charAt(i + 1) != spelling.charAt(1))) {
                    continue; // the same answer as startsWith below, for a fraction of the cost
                }
                if (text.startsWith(spelling, i)
                        && (end == n || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-'))) {
                    LocalAuthorities.Authority authority =
                            authorities.bySpelling(spelling).orElseThrow();
                    if (!authority.qualified().contains(spelling) || qualified(text, i, end)) {
                        scores.merge(authority, weight, Integer::sum);
                        firstSeen.putIfAbsent(authority, i);
                    }
                    i = end - 1;
                    break;
                }
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'' || c == '’' || c == '-';
    }

    /**
     * Whether a qualifier follows within 60 characters or ends the 40 before. The matchers work
     * on regions of the text, which read exactly as those stretches cut out would ({@code ^} and
     * {@code $} anchor at the region's ends, and neither pattern looks outside it).
     */
    private static boolean qualified(String text, int start, int end) {
        return QUALIFIER_AFTER
                        .matcher(text)
                        .region(end, Math.min(text.length(), end + 60))
                        .lookingAt()
                || QUALIFIER_BEFORE
                        .matcher(text)
                        .region(Math.max(0, start - 40), start)
                        .find();
    }
}
