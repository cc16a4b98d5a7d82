package org.sendsearch.web.page;

import org.jsoup.nodes.Element;

/** The link back to where a reader came from, above a page's heading. */
public final class BackLink {
    private BackLink() {}

    public static void append(Element main, String href, String text) {
        main.appendElement("p")
                .addClass("back-link-row")
                .appendElement("a")
                .addClass("back-link")
                .attr("href", href)
                .text(text);
    }
}
