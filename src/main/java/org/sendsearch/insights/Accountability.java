package org.sendsearch.insights;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendsearch.model.Framework;
import org.sendsearch.model.IsoDate;
import org.sendsearch.search.Citation;
import org.sendsearch.search.InspectionFacts;

/**
 * Where an area stands against its last full inspection, for a council officer or a parent asking
 * "what is outstanding here": how long ago it was, when the next one is due as the report states
 * it, what it left open (a Written Statement of Action, areas for priority action) and whether a
 * revisit or monitoring inspection has followed. Everything is read off the indexed documents;
 * nothing is inferred beyond the report's own words and dates.
 *
 * @param inspectionId     the last full inspection ({@link Inspection#id()})
 * @param framework        its framework, or null
 * @param end              its last day
 * @param displayEnd       that day as people write it
 * @param reportUrl        its letter or report
 * @param asOf             the day the time since was counted to
 * @param sinceLast        the time since, in words ("3 years and 2 months")
 * @param nextInspection   when the next inspection is due, as the report states it, or null
 * @param nextInspectionBy the date that gives (last day plus the stated period), or null
 * @param wsoaRequired     whether it required a Written Statement of Action, or null if not stated
 * @param priorityActions  its areas for priority action (2023 framework), as written
 * @param followUps        the revisits and monitoring inspections after it in the collection
 */
public record Accountability(
        String inspectionId,
        Framework framework,
        @IsoDate.Json LocalDate end,
        String displayEnd,
        String reportUrl,
        @IsoDate.Json LocalDate asOf,
        String sinceLast,
        String nextInspection,
        @IsoDate.Json LocalDate nextInspectionBy,
        Boolean wsoaRequired,
        List<String> priorityActions,
        List<Inspection.Linked> followUps) {
    public Accountability {
        priorityActions = List.copyOf(priorityActions);
        followUps = List.copyOf(followUps);
    }

    /**
     * The accountability of the area's latest inspection the collection holds a report of; empty
     * when it holds none (only council papers, say).
     *
     * @param facts what each inspection document states, by document id
     */
    static Optional<Accountability> of(
            List<Inspection> inspections, Map<String, InspectionFacts> facts, LocalDate today) {
        return inspections.stream()
                .filter(inspection -> !inspection.reports().isEmpty() && inspection.end() != null)
                .max(Comparator.comparing(Inspection::end))
                .map(last -> {
                    Inspection.Linked report = last.reports().get(0);
                    InspectionFacts stated = facts.get(report.documentId());
                    return new Accountability(
                            last.id(),
                            last.framework(),
                            last.end(),
                            Citation.longDate(last.end()),
                            report.url(),
                            today,
                            since(last.end(), today),
                            stated == null ? null : stated.nextInspection(),
                            stated == null ? null : stated.nextInspectionBy(),
                            last.wsoaRequired(),
                            stated == null ? List.of() : stated.priorityActions(),
                            last.followUps());
                });
    }

    /** "3 years and 2 months", "1 year", "5 months", "less than a month". */
    static String since(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return "not yet (it ends after " + Citation.longDate(to) + ")";
        }
        Period period = Period.between(from, to);
        String years = period.getYears() == 0 ? "" : period.getYears() + (period.getYears() == 1 ? " year" : " years");
        String months =
                period.getMonths() == 0 ? "" : period.getMonths() + (period.getMonths() == 1 ? " month" : " months");
        if (years.isEmpty() && months.isEmpty()) {
            return "less than a month";
        }
        return years.isEmpty() ? months : months.isEmpty() ? years : years + " and " + months;
    }
}
