package org.sendsearch.web.page;

import org.jsoup.nodes.Element;

/** The "Cite as:" line under a finding or a document, which the page script copies from. */
public final class CiteAs {
    private CiteAs() {}

    /** @return the line, for a caller that adds what the copy button reads ({@code data-*}) */
    public static Element append(Element parent, String citation) {
        Element line = parent.appendElement("p").addClass("citation");
        line.appendElement("span").addClass("citation-label").text("Cite as: ");
        line.appendElement("span").addClass("citation-text").text(citation);
        return line;
    }
}
