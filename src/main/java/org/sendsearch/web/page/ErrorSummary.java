package org.sendsearch.web.page;

import org.jsoup.nodes.Element;

/**
 * The "There is a problem" box a page shows above its content when it cannot do what was asked.
 * It takes focus on load (the page script) and, for a problem with one field, links to that field.
 */
public final class ErrorSummary {
    private ErrorSummary() {}

    /** A problem with no one field to point at (the search engine is down, say). */
    public static void append(Element parent, String message) {
        Element box = box(parent);
        box.appendElement("p").text(message);
    }

    /** A problem with one field: the message is a link to it. */
    public static void append(Element parent, FieldError error) {
        Element box = box(parent);
        box.appendElement("ul")
                .addClass("error-summary-list")
                .appendElement("li")
                .appendElement("a")
                .attr("href", "#" + error.fieldId())
                .text(error.message());
    }

    private static Element box(Element parent) {
        Element box = parent.appendElement("div")
                .addClass("error-summary")
                .attr("role", "alert")
                .attr("tabindex", "-1")
                .attr("aria-labelledby", "error-summary-title");
        box.appendElement("h2")
                .addClass("heading-m")
                .attr("id", "error-summary-title")
                .text("There is a problem");
        return box;
    }
}
