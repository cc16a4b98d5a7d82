package org.sendsearch.web.page;

import org.jsoup.nodes.Element;

/**
 * The box a wide data table scrolls in on a narrow screen, so that the page itself never scrolls
 * sideways (WCAG 1.4.10 exempts data tables, whose columns cannot reflow) and no word is broken
 * apart to make the table fit ("Weakn esses"): a region named by the table's caption and
 * focusable, so a keyboard user can scroll it with the arrow keys.
 */
public final class TableRegion {
    private TableRegion() {}

    /** The region, appended to {@code parent}; the table goes inside, its caption with id {@code captionId}. */
    public static Element append(Element parent, String captionId) {
        return parent.appendElement("div")
                .addClass("table-scroll")
                .attr("role", "region")
                .attr("aria-labelledby", captionId)
                .attr("tabindex", "0");
    }
}
