package org.sendsearch.web.page;

import org.jsoup.nodes.Element;

/**
 * A section of a page named by its heading ({@code aria-labelledby}), so that assistive
 * technology lists it as a region by that name.
 */
public final class HeadedSection {
    private HeadedSection() {}

    /** A {@code <section>} with its {@code <h2 class="heading-m">}; {@code className} may be null. */
    public static Element append(Element parent, String className, String headingId, String heading) {
        Element section = parent.appendElement("section");
        if (className != null) {
            section.addClass(className);
        }
        section.attr("aria-labelledby", headingId);
        section.appendElement("h2").addClass("heading-m").attr("id", headingId).text(heading);
        return section;
    }

    /**
     * The data-quality warnings box: a note headed by {@code heading}, and the list the caller
     * fills, which is returned. {@code id} (the box's own) may be null.
     */
    public static Element warnings(Element parent, String id, String headingId, String heading) {
        Element box = parent.appendElement("div")
                .addClass("warning-text")
                .attr("role", "note")
                .attr("aria-labelledby", headingId);
        if (id != null) {
            box.attr("id", id);
        }
        box.appendElement("h2").addClass("heading-s").attr("id", headingId).text(heading);
        return box.appendElement("ul").addClass("list");
    }
}
