package org.sendsearch.insights;

import java.util.List;

/**
 * How a quoted phrase has been used: the passages a search for it lists, and how many documents,
 * inspections and areas they come from, over which years, by whom; and the same point made in
 * other words (passages near it in meaning that do not use it). The JSON of
 * {@code /api/phrases/usage}, and what the search page's panel shows.
 *
 * @param phrases      the quoted phrases of the search, as parsed (curly quotes read as straight)
 * @param query        the search text the counts are of: the phrases, and any other words typed with them
 * @param otherWords   whether that text holds more than the phrases (words, exclusions, OR), which
 *                     then narrow (or widen) what is counted
 * @param passages     the passages the search lists (its total): findings and standard text alike
 * @param findings     of those, the findings
 * @param standardText of those, the standard text every letter repeats (counted: it is wording in use)
 * @param documents    distinct documents holding them
 * @param inspections  distinct inspections those documents are about (council papers included when
 *                     they name one; documents about no inspection count for none)
 * @param areas        distinct local areas
 * @param firstYear    the earliest year, by the date research counts a document by (a letter printed
 *                     before its inspection counts by the inspection's last day); null when unused
 * @param lastYear     the latest such year; null when unused
 * @param byAuthor     the passages by whose documents they are: inspectorate, council, other
 * @param byArea       the passages by area, most first, each with the search narrowed to it
 * @param byYear       the passages by year, oldest first, each with the search narrowed to it
 * @param searchUrl    the search listing exactly the {@code passages}
 * @param documentsUrl the document search listing the {@code documents}; null when the search has
 *                     a filter documents do not have (section, polarity), so no such search exists
 * @param neighbours   the same point in other words, nearest first (findings only, none using a phrase)
 * @param neighboursBy how the neighbours were found: "meaning and words" (a kNN search on the
 *                     phrase's embedding and {@code more_like_this} on its text, fused by reciprocal
 *                     rank) or "words" ({@code more_like_this} alone, without vectors)
 * @param fallback     why they were found by words rather than meaning, or null
 */
public record PhraseUsage(
        List<String> phrases,
        String query,
        boolean otherWords,
        long passages,
        long findings,
        long standardText,
        long documents,
        long inspections,
        long areas,
        Integer firstYear,
        Integer lastYear,
        List<Count> byAuthor,
        List<Count> byArea,
        List<Count> byYear,
        String searchUrl,
        String documentsUrl,
        List<Neighbour> neighbours,
        String neighboursBy,
        String fallback) {
    public PhraseUsage {
        phrases = List.copyOf(phrases);
        byAuthor = List.copyOf(byAuthor);
        byArea = List.copyOf(byArea);
        byYear = List.copyOf(byYear);
        neighbours = List.copyOf(neighbours);
    }

    /**
     * A number of passages with one value, and the search listing exactly them.
     *
     * @param key   the value: an author group ({@code inspectorate}, {@code council}, {@code other}),
     *              an area or a year
     * @param label the value in words
     * @param url   the search narrowed to it, or null when no search can list exactly these
     */
    public record Count(String key, String label, long passages, String url) {}

    /**
     * A finding making the same point in other words.
     *
     * @param id      its passage id
     * @param url     its permalink ({@code /findings/{id}}), which opens it in its document
     * @param title   its document's title
     * @param area    its local area
     * @param year    its year, by the date research counts its document by
     * @param heading the heading it sits under, as written
     * @param section its section id
     * @param polarity its polarity id (strength, weakness...)
     * @param text    the finding as written
     */
    public record Neighbour(
            String id,
            String url,
            String title,
            String area,
            Integer year,
            String heading,
            String section,
            String polarity,
            String text) {}
}
