package org.sendsearch.web;

import org.jsoup.nodes.Element;

/**
 * Gives the "Similar findings" link {@link InsightsLinks#similarLink} appended to an item a name
 * of its own (WCAG 2.4.4): twenty links all called "Similar findings in other documents" cannot be
 * told apart in a screen reader's list of links. The words added are visually hidden.
 */
final class SimilarLinks {
    private SimilarLinks() {}

    /** Names the item's similar-findings link after {@code what} (e.g. "result 3", "paragraph 12"). */
    static void name(Element item, String what) {
        Element link = item.selectFirst("p.similar-link a");
        if (link != null && link.selectFirst(".visually-hidden") == null) {
            link.appendElement("span").addClass("visually-hidden").text(" to " + what);
        }
    }
}
