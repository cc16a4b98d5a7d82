package org.sendsearch.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of Elasticsearch's answer to a search that {@link SearchService} uses, and nothing
 * else. {@link SearchAnswerReader} reads it straight from the response JSON: the client's typed
 * {@code SearchResponse} models every field of the answer and cost about a sixth of the server's
 * time per search to build, most of it for fields nobody read.
 *
 * @param took         milliseconds Elasticsearch took
 * @param total        number of matching hits (all pages); the number of hits read when the answer
 *                     does not count them
 * @param hits         this page's hits, in order
 * @param aggregations the top-level aggregations by name
 * @param suggestions  per suggester name, its term suggestions (one per word of the text)
 */
record SearchAnswer(
        long took,
        long total,
        List<Hit> hits,
        Map<String, Aggregation> aggregations,
        Map<String, List<TermSuggestion>> suggestions) {
    SearchAnswer {
        hits = List.copyOf(hits);
        aggregations = Map.copyOf(aggregations);
        suggestions = Map.copyOf(suggestions);
    }

    /** The term suggestions of the suggester {@code name}, in the order of the words; empty if none. */
    List<TermSuggestion> suggestions(String name) {
        return suggestions.getOrDefault(name, List.of());
    }

    /**
     * One hit.
     *
     * @param id        the Elasticsearch {@code _id}
     * @param source    the stored passage (or document), or null when the answer has no {@code _source}
     * @param highlight per field, the highlighter's fragments
     * @param matched   the names of the request's named queries the hit matched ({@code matched_queries})
     * @param fields    per field, the values the request asked for from the doc values ({@code docvalue_fields})
     */
    record Hit(
            String id,
            PassageSource source,
            Map<String, List<String>> highlight,
            Set<String> matched,
            Map<String, List<String>> fields) {
        Hit {
            highlight = Map.copyOf(highlight);
            matched = Set.copyOf(matched);
            fields = Map.copyOf(fields);
        }

        /** The fragments of {@code field}, or an empty list when it was not highlighted. */
        List<String> highlight(String field) {
            return highlight.getOrDefault(field, List.of());
        }

        /** This hit without its highlights: shown as it is. */
        Hit unmarked() {
            return highlight.isEmpty() ? this : new Hit(id, source, Map.of(), matched, fields);
        }
    }

    /**
     * One aggregation: a bucketing one ({@code terms}) has buckets; a single-bucket one
     * ({@code filter}) has its sub-aggregations instead.
     *
     * @param buckets         the buckets in Elasticsearch's order, or null when it does not bucket
     * @param subAggregations the sub-aggregations by name (of a single-bucket aggregation)
     * @param docCount        the documents in a single-bucket aggregation's bucket; -1 when the
     *                        answer gives none (a bucketing aggregation)
     */
    record Aggregation(List<Bucket> buckets, Map<String, Aggregation> subAggregations, long docCount) {
        Aggregation {
            buckets = buckets == null ? null : List.copyOf(buckets);
            subAggregations = Map.copyOf(subAggregations);
        }

        boolean isBucketed() {
            return buckets != null;
        }

        /** The sub-aggregation {@code name}, or null. */
        Aggregation sub(String name) {
            return subAggregations.get(name);
        }

        /**
         * This aggregation's counts with {@code other}'s added: the counts of the two sets of
         * documents together, when no document is in both. Buckets of the same key are summed and
         * put back in Elasticsearch's order (most documents first, then by key); sub-aggregations
         * are added by name.
         */
        Aggregation plus(Aggregation other) {
            List<Bucket> summed = null;
            if (buckets != null || other.buckets != null) {
                Map<String, Long> counts = new LinkedHashMap<>();
                for (List<Bucket> side : Arrays.asList(buckets, other.buckets)) {
                    if (side != null) {
                        side.forEach(bucket -> counts.merge(bucket.key(), bucket.docCount(), Long::sum));
                    }
                }
                summed = counts.entrySet().stream()
                        .map(entry -> new Bucket(entry.getKey(), entry.getValue()))
                        .sorted(Comparator.comparingLong(Bucket::docCount)
                                .reversed()
                                .thenComparing(Bucket::key))
                        .toList();
            }
            long documents =
                    docCount < 0 && other.docCount < 0 ? -1 : Math.max(0, docCount) + Math.max(0, other.docCount);
            return new Aggregation(summed, sum(subAggregations, other.subAggregations), documents);
        }

        /** Two answers' aggregations added by name (see {@link #plus}). */
        static Map<String, Aggregation> sum(Map<String, Aggregation> one, Map<String, Aggregation> two) {
            Map<String, Aggregation> summed = new LinkedHashMap<>(one);
            two.forEach((name, aggregation) -> summed.merge(name, aggregation, Aggregation::plus));
            return summed;
        }
    }

    /** A bucket of a terms aggregation: the term and the number of documents holding it. */
    record Bucket(String key, long docCount) {}

    /**
     * The term suggester's answer for one word of the text.
     *
     * @param offset  where the word starts in the text
     * @param length  its length
     * @param options the suggested words, best first
     */
    record TermSuggestion(int offset, int length, List<String> options) {
        TermSuggestion {
            options = List.copyOf(options);
        }
    }
}
