package org.sendsearch.web;

import java.util.List;
import org.jsoup.nodes.Element;
import org.sendsearch.insights.Inspection;
import org.sendsearch.search.Citation;
import org.sendsearch.web.page.HeadedSection;

/**
 * An area's inspections, each told in order: the inspection and its report, what it concluded (a
 * Written Statement of Action, or a 2023 outcome), the revisit or monitoring inspection that
 * followed, and the council's and the press's responses. Each linked document says why it is
 * linked, since a link made by dates is a judgement a reader may want to check.
 */
final class InspectionStories {
    private InspectionStories() {}

    static void append(Element main, List<Inspection> inspections) {
        Element section = HeadedSection.append(main, "inspections", "inspections-heading", "Inspections");
        section.attr("id", "inspections");
        if (inspections.isEmpty()) {
            section.appendElement("p")
                    .addClass("body")
                    .text("No inspection of this area is in the collection, and no document here names one's dates.");
            return;
        }
        for (Inspection inspection : inspections) {
            Element article = section.appendElement("article")
                    .addClass("inspection")
                    .attr("id", "inspection-" + inspection.id())
                    .attr("aria-labelledby", "inspection-" + inspection.id() + "-heading");
            article.appendElement("h3")
                    .addClass("heading-s")
                    .attr("id", "inspection-" + inspection.id() + "-heading")
                    .text(heading(inspection));
            Element story = article.appendElement("ol").addClass("inspection-story");
            if (inspection.reports().isEmpty()) {
                story.appendElement("li")
                        .addClass("inspection-step")
                        .text("The inspectorate's report is not in the collection; the papers below give its dates.");
            }
            for (Inspection.Linked report : inspection.reports()) {
                step(story, "Report", report);
            }
            String verdict = verdict(inspection);
            if (verdict != null) {
                story.appendElement("li")
                        .addClass("inspection-step inspection-verdict")
                        .text(verdict);
            }
            for (Inspection.Linked followUp : inspection.followUps()) {
                step(story, "Follow-up", followUp);
            }
            for (Inspection.Linked response : inspection.responses()) {
                step(story, "Response", response);
            }
        }
    }

    private static String heading(Inspection inspection) {
        String dates = inspection.start() == null || inspection.start().equals(inspection.end())
                ? "ended " + Citation.longDate(inspection.end())
                : Citation.longDate(inspection.start()) + " to " + Citation.longDate(inspection.end());
        String framework = inspection.framework() == null
                ? ""
                : " · " + inspection.framework().label();
        return "Inspection " + dates + framework;
    }

    private static String verdict(Inspection inspection) {
        if (inspection.outcome() != null) {
            return "Outcome: " + inspection.outcome().label() + ".";
        }
        if (Boolean.TRUE.equals(inspection.wsoaRequired())) {
            return "Outcome: a written statement of action was required.";
        }
        if (Boolean.FALSE.equals(inspection.wsoaRequired())) {
            return "Outcome: no written statement of action was required.";
        }
        return null;
    }

    private static void step(Element story, String role, Inspection.Linked document) {
        Element item = story.appendElement("li")
                .addClass("inspection-step")
                .attr("data-link", document.how().id())
                .attr(
                        "data-type",
                        document.type() == null ? "" : document.type().id());
        item.appendElement("span")
                .addClass("caption")
                .text(role + ": "
                        + (document.type() == null
                                ? "document"
                                : document.type().label()));
        item.appendText(" ");
        item.appendElement("a").attr("href", document.url()).text(document.title());
        if (document.date() != null) {
            item.appendText(", ");
            item.appendElement("time")
                    .attr("datetime", document.date().toString())
                    .text(document.displayDate());
        }
        item.appendElement("span")
                .addClass("hint")
                .text(" (linked because " + document.how().reason() + ")");
    }
}
