package org.sendsearch.web.page;

import org.jsoup.nodes.Element;
import org.sendsearch.search.SearchQuery;

/** The numbered links from one page of search results to the others, each the same search on another page. */
public final class Pagination {
    private Pagination() {}

    /**
     * The page links under the results of {@code request}, when there are {@code pages} of them: previous, the
     * first, up to two either side of the current one, the last, and next; nothing for a single page.
     */
    public static void append(Element content, SearchQuery request, int pages) {
        if (pages <= 1) {
            return;
        }
        int current = request.page();
        Element nav = content.appendElement("nav").addClass("pagination").attr("aria-label", "Results pages");
        Element list = nav.appendElement("ul").addClass("pagination-list");
        if (current > 1) {
            list.appendElement("li")
                    .addClass("pagination-prev")
                    .appendElement("a")
                    .attr("rel", "prev")
                    .attr("href", "/search?" + request.withPage(current - 1).toQueryString())
                    .text("‹ Previous");
        }
        int first = Math.max(1, current - 2);
        int last = Math.min(pages, current + 2);
        if (first > 1) {
            pageLink(list, request, 1, current);
            if (first > 2) {
                list.appendElement("li").addClass("pagination-ellipsis").text("…");
            }
        }
        for (int number = first; number <= last; number++) {
            pageLink(list, request, number, current);
        }
        if (last < pages) {
            if (last < pages - 1) {
                list.appendElement("li").addClass("pagination-ellipsis").text("…");
            }
            pageLink(list, request, pages, current);
        }
        if (current < pages) {
            list.appendElement("li")
                    .addClass("pagination-next")
                    .appendElement("a")
                    .attr("rel", "next")
                    .attr("href", "/search?" + request.withPage(current + 1).toQueryString())
                    .text("Next ›");
        }
    }

    private static void pageLink(Element list, SearchQuery request, int number, int current) {
        Element item = list.appendElement("li");
        Element link = item.appendElement("a")
                .attr("href", "/search?" + request.withPage(number).toQueryString())
                .attr("aria-label", "Page " + number)
                .text(Integer.toString(number));
        if (number == current) {
            link.attr("aria-current", "page").addClass("current");
        }
    }
}
