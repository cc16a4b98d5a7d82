package org.sendsearch.insights;

import java.util.List;
import java.util.Map;

/**
 * What the inspections in the collection concluded, counted by inspection: the share of
 * 2016-2022 inspections that required a Written Statement of Action, and the 2023-framework
 * outcomes, each by year and by region. Every count links to the search listing the inspection
 * documents behind it. The numbers cover only the documents indexed, which is why the published
 * national figures ({@link #PUBLISHED}) are shown beside them.
 *
 * @param wsoaByYear       per year (oldest first), 2016-2022 inspections and those needing a WSOA
 * @param wsoaByRegion     the same per region
 * @param outcomesByYear   per year, 2023-framework inspections by outcome
 * @param outcomesByRegion the same per region
 */
public record OutcomeStats(
        List<WsoaRow> wsoaByYear,
        List<WsoaRow> wsoaByRegion,
        List<OutcomeRow> outcomesByYear,
        List<OutcomeRow> outcomesByRegion) {

    /** Ofsted's published national counts, to compare with (from the real-collection issue). */
    public static final List<String> PUBLISHED = List.of(
            "2016-2022 framework: 59 of 116 areas (51%) needed a written statement of action by March 2021; "
                    + "more than 440 significant weaknesses were named in all.",
            "2023: 26 full inspections, of which 7 positive, 11 inconsistent and 8 systemic failings.",
            "2024: 28 full inspections, of which 7 positive, 15 inconsistent and 6 systemic failings.",
            "EHC plan timeliness and quality was an area for improvement in 69% of 2023-framework inspections.");

    public OutcomeStats {
        wsoaByYear = List.copyOf(wsoaByYear);
        wsoaByRegion = List.copyOf(wsoaByRegion);
        outcomesByYear = List.copyOf(outcomesByYear);
        outcomesByRegion = List.copyOf(outcomesByRegion);
    }

    /**
     * @param inspections 2016-2022 inspections in the year or region
     * @param wsoa        of them, those whose letter says a WSOA was required
     * @param share       wsoa / inspections
     */
    public record WsoaRow(String key, long inspections, String url, long wsoa, String wsoaUrl, double share) {}

    /** @param outcomes per outcome id, in the vocabulary's order: the count and its search */
    public record OutcomeRow(String key, long inspections, String url, Map<String, Count> outcomes) {
        public OutcomeRow {
            outcomes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcomes));
        }
    }

    public record Count(long count, String url) {}
}
