package org.sendsearch.web.page;

import org.jsoup.nodes.Element;
import org.sendsearch.search.SearchService;

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

    /** The address of a finding's citation page. */
    public static String citeUrl(String passageId) {
        return SearchService.findingUrl(passageId) + "/cite";
    }

    /** "Cite this finding" (permalink, styles, RIS, BibTeX), named after {@code what} for screen readers. */
    public static void citeLink(Element parent, String passageId, String what) {
        Element link = parent.appendElement("p")
                .addClass("cite-link")
                .appendElement("a")
                .attr("href", citeUrl(passageId))
                .text("Cite this finding");
        link.appendElement("span").addClass("visually-hidden").text(" (" + what + ")");
    }
}
