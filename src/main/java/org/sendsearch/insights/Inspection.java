package org.sendsearch.insights;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Framework;
import org.sendsearch.model.IsoDate;
import org.sendsearch.model.Outcome;

/**
 * One inspection of a local area and the documents about it: the unit researchers count by. Its
 * story reads in order: the inspection, what it concluded (a Written Statement of Action, or a
 * 2023 outcome), the revisit or monitoring inspection that followed, and the council's and the
 * press's responses.
 *
 * @param id          stable while the collection holds the same inspection: area, framework and last day
 * @param area        the local area
 * @param framework   the framework it was made under, or null if no document says
 * @param start       its first day, or null
 * @param end         its last day
 * @param outcome     the outcome its report states, or null
 * @param outcomeText that outcome's sentence as written, or null
 * @param wsoaRequired whether a Written Statement of Action was required, or null if not stated
 * @param reports     the inspectorate's letter or report of it (empty when the collection holds only
 *                    documents about it, which then give its dates)
 * @param followUps   revisit letters and monitoring reports that followed it
 * @param responses   council papers, press releases and forum posts about it
 */
public record Inspection(
        String id,
        String area,
        Framework framework,
        @IsoDate.Json LocalDate start,
        @IsoDate.Json LocalDate end,
        Outcome outcome,
        String outcomeText,
        Boolean wsoaRequired,
        List<Linked> reports,
        List<Linked> followUps,
        List<Linked> responses) {
    public Inspection {
        reports = List.copyOf(reports);
        followUps = List.copyOf(followUps);
        responses = List.copyOf(responses);
    }

    /** How a document was linked to its inspection: shown beside it, so a reader can judge the link. */
    public enum Link {
        /** The inspectorate's own letter or report of the inspection. */
        REPORT("it is the inspectorate's own report of this inspection"),
        /** A document that states the inspection's dates. */
        STATES_DATES("it names this inspection's dates"),
        /** A revisit or monitoring inspection of the same framework, the first after it. */
        FOLLOWS("it is a revisit or monitoring inspection that followed this one, under the same framework"),
        /** A council paper, press release or post dated after it, before the area's next inspection. */
        AFTER("it is dated after this inspection and before the area's next one");

        private final String reason;

        Link(String reason) {
            this.reason = reason;
        }

        /** The link's id in the API ("states-dates"). */
        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Why the document is linked, in words that follow "linked because" ("it names this inspection's dates"). */
        public String reason() {
            return reason;
        }
    }

    /**
     * A document linked to an inspection.
     *
     * @param date the date research counts it by
     * @param how  why it is linked
     */
    public record Linked(
            String documentId,
            String title,
            DocumentType type,
            @IsoDate.Json LocalDate date,
            String displayDate,
            Link how,
            String url) {}
}
