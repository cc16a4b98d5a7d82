package org.sendsearch.web.page;

import org.jsoup.nodes.Element;

/** The "There is a problem" box a page shows above its results when it cannot show them. */
public final class ErrorSummary {
    private ErrorSummary() {}

    public static void append(Element parent, String message) {
        Element box = parent.appendElement("div").addClass("error-summary").attr("role", "alert");
        box.appendElement("h2").addClass("heading-m").text("There is a problem");
        box.appendElement("p").text(message);
    }
}
