package org.sendsearch.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Framework;
import org.sendsearch.model.InspectionKey;
import org.sendsearch.search.Citation;
import org.sendsearch.search.DocumentFacts;
import org.sendsearch.search.DocumentSource;
import org.sendsearch.search.SearchService;

/**
 * Groups one area's documents into the inspections they are about. The rules, in order:
 *
 * <ol>
 *   <li>Each inspectorate letter or 2023-framework report with its inspection's dates is an
 *       inspection; copies of it (the same last day, another format) join it.
 *   <li>A revisit letter or monitoring report follows the latest inspection of the same framework
 *       that ended before it.
 *   <li>A council paper, press release or forum post that states an inspection's dates (within
 *       {@value #SAME_DAYS} days) is about that inspection; one that states dates no letter in the
 *       collection has makes an inspection of its own, known from the papers about it.
 *   <li>Any other council paper, press release or post is about the area's latest inspection
 *       that ended before it (of its framework, when it has one), if that was within {@value
 *       #RESPONSE_YEARS} years; otherwise it is linked to none.
 * </ol>
 *
 * Each link says which rule made it ({@link Inspection.Link}), so a reader can judge it.
 */
public final class InspectionLinker {
    static final int SAME_DAYS = 3;
    static final int RESPONSE_YEARS = 4;

    private InspectionLinker() {}

    /** The area's inspections in date order, each with the documents about it. */
    public static List<Inspection> link(String area, List<DocumentSource> documents) {
        List<Draft> inspections = new ArrayList<>();
        List<DocumentSource> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(InspectionLinker::countedBy, Comparator.nullsLast(Comparator.naturalOrder())));
        for (DocumentSource document : sorted) {
            DocumentType type = document.facts().type();
            LocalDate end = document.inspection().inspectionEnd();
            if (isFullInspection(type) && end != null) {
                Draft same = sameInspection(inspections, end);
                if (same == null) {
                    same = new Draft(
                            area,
                            document.facts().framework(),
                            document.inspection().inspectionStart(),
                            end);
                    inspections.add(same);
                }
                same.report(document);
            }
        }
        for (DocumentSource document : sorted) {
            DocumentType type = document.facts().type();
            if (type == DocumentType.REVISIT_LETTER || type == DocumentType.MONITORING_REPORT) {
                Draft followed = latestBefore(
                        inspections, countedBy(document), document.facts().framework(), false);
                if (followed != null) {
                    followed.followUps.add(linked(document, Inspection.Link.FOLLOWS));
                }
            }
        }
        for (DocumentSource document : sorted) {
            DocumentType type = document.facts().type();
            if (type == null || type.isInspectorateLetter() || type == DocumentType.OTHER) {
                continue;
            }
            LocalDate end = document.inspection().inspectionEnd();
            if (end != null) {
                Draft stated = sameInspection(inspections, end);
                if (stated == null) {
                    stated = new Draft(
                            area,
                            document.facts().framework(),
                            document.inspection().inspectionStart(),
                            end);
                    inspections.add(stated);
                }
                stated.responses.add(linked(document, Inspection.Link.STATES_DATES));
                continue;
            }
            Draft after = latestBefore(
                    inspections, countedBy(document), document.facts().framework(), true);
            if (after != null) {
                after.responses.add(linked(document, Inspection.Link.AFTER));
            }
        }
        inspections.sort(Comparator.comparing(d -> d.end));
        return inspections.stream().map(Draft::build).toList();
    }

    private static boolean isFullInspection(DocumentType type) {
        return type == DocumentType.INSPECTION_LETTER || type == DocumentType.INSPECTION_REPORT;
    }

    private static LocalDate countedBy(DocumentSource document) {
        DocumentFacts facts = document.facts();
        return facts.researchDate() != null ? facts.researchDate() : facts.date();
    }

    private static Draft sameInspection(List<Draft> inspections, LocalDate end) {
        for (Draft draft : inspections) {
            if (Math.abs(ChronoUnit.DAYS.between(draft.end, end)) <= SAME_DAYS) {
                return draft;
            }
        }
        return null;
    }

    /** The latest inspection that ended on or before {@code date}, of {@code framework} if given. */
    private static Draft latestBefore(List<Draft> inspections, LocalDate date, Framework framework, boolean bounded) {
        if (date == null) {
            return null;
        }
        Draft latest = null;
        for (Draft draft : inspections) {
            boolean frameworkFits = framework == null || draft.framework == null || draft.framework == framework;
            if (frameworkFits && !draft.end.isAfter(date) && (latest == null || draft.end.isAfter(latest.end))) {
                latest = draft;
            }
        }
        if (latest != null && bounded && latest.end.plusYears(RESPONSE_YEARS).isBefore(date)) {
            return null;
        }
        return latest;
    }

    private static Inspection.Linked linked(DocumentSource document, Inspection.Link how) {
        DocumentFacts facts = document.facts();
        String title = facts.title() == null || facts.title().isBlank()
                ? "Untitled document"
                : Citation.readable(facts.title().strip());
        LocalDate date = countedBy(document);
        return new Inspection.Linked(
                document.id(),
                title,
                facts.type(),
                date,
                Citation.longDate(date),
                how,
                SearchService.documentUrl(document.id()));
    }

    /** An inspection being assembled. */
    private static final class Draft {
        final String area;
        Framework framework;
        LocalDate start;
        final LocalDate end;
        DocumentSource first;
        final List<Inspection.Linked> reports = new ArrayList<>();
        final List<Inspection.Linked> followUps = new ArrayList<>();
        final List<Inspection.Linked> responses = new ArrayList<>();

        Draft(String area, Framework framework, LocalDate start, LocalDate end) {
            this.area = area;
            this.framework = framework;
            this.start = start;
            this.end = end;
        }

        void report(DocumentSource document) {
            if (first == null) {
                first = document;
                framework = document.facts().framework() == null
                        ? framework
                        : document.facts().framework();
                start = document.inspection().inspectionStart() == null
                        ? start
                        : document.inspection().inspectionStart();
            }
            reports.add(linked(document, Inspection.Link.REPORT));
        }

        Inspection build() {
            String id = InspectionKey.of(area == null ? "area" : area, framework, end);
            return new Inspection(
                    id,
                    area,
                    framework,
                    start,
                    end,
                    first == null ? null : first.facts().outcomeValue(),
                    first == null ? null : first.inspection().outcome(),
                    first == null ? null : first.facts().wsoaRequired(),
                    reports,
                    followUps,
                    responses);
        }
    }
}
