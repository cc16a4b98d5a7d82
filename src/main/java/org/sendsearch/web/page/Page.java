package org.sendsearch.web.page;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.sendsearch.search.Highlight;

/**
 * The frame every HTML page shares (skip link, header, main, footer, the one stylesheet and the
 * one script), built with jsoup's element API so that every piece of text and every attribute is
 * escaped by construction. There is no inline script or style: the Content-Security-Policy
 * forbids both.
 */
public final class Page {
    public static final String SITE_NAME = "SEND inspection findings";
    /** Set on a request whose handler rendered its own 404 page, so the generic one does not replace it. */
    public static final String OWN_404 = "send-search.own-404";

    private final Document document;
    private final Element main;

    /** Under the site name: what the service holds, without claiming more than the index has. */
    public static final String COVERAGE_LINE =
            "Findings from the SEND inspection letters and council papers indexed on this service";

    private Page(String title, Nav current) {
        document = Document.createShell("");
        document.outputSettings().prettyPrint(false).charset("UTF-8");
        document.prependChild(new DocumentType("html", "", ""));
        Element html = document.selectFirst("html");
        html.attr("lang", "en-GB");
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " – " + SITE_NAME);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/style.css");
        head.appendElement("script").attr("src", "/app.js").attr("defer", "");

        Element body = document.body();
        body.appendElement("a")
                .addClass("skip-link")
                .attr("href", "#main-content")
                .text("Skip to main content");
        Element header = body.appendElement("header").addClass("site-header");
        Element headerInner =
                header.appendElement("div").addClass("width-container").addClass("header-row");
        Element brand = headerInner.appendElement("div").addClass("header-brand");
        brand.appendElement("a").addClass("site-name").attr("href", "/").text(SITE_NAME);
        Element coverage = brand.appendElement("p").addClass("site-tagline");
        coverage.appendText(COVERAGE_LINE + " (");
        coverage.appendElement("a").attr("href", "/#coverage").text("what is covered");
        coverage.appendText(")");
        Element nav = headerInner.appendElement("nav").addClass("site-nav").attr("aria-label", "Menu");
        Element list = nav.appendElement("ul").addClass("site-nav-list");
        for (Nav item : Nav.values()) {
            Element link = list.appendElement("li")
                    .appendElement("a")
                    .attr("href", item.href())
                    .text(item.label());
            if (item == current) {
                link.attr("aria-current", "page");
            }
        }
        Element container = body.appendElement("div").addClass("width-container");
        main = container
                .appendElement("main")
                .attr("id", "main-content")
                .attr("tabindex", "-1")
                .addClass("main");
        Element footer = body.appendElement("footer").addClass("site-footer");
        Element footerInner = footer.appendElement("div").addClass("width-container");
        Element links = footerInner.appendElement("ul").addClass("footer-links");
        footerLink(links, "/help", "Help");
        footerLink(links, "/accessibility", "Accessibility");
        footerLink(links, Feedback.href(), "Feedback");
        footerLink(links, "/status", "Service status");
        footerLink(links, "/help#api", "JSON API");
        footerInner
                .appendElement("p")
                .text(
                        "Inspection letters are published by Ofsted and the Care Quality Commission; "
                                + "council papers by the councils named. Crown and council copyright, reproduced under the Open "
                                + "Government Licence v3.0. Findings are split and labelled automatically: check the original before relying on them.");
    }

    private static void footerLink(Element list, String href, String text) {
        list.appendElement("li").appendElement("a").attr("href", href).text(text);
    }

    public static Page titled(String title) {
        return new Page(title, null);
    }

    /** A page within one of the header's sections, which the navigation marks as current. */
    public static Page titled(String title, Nav section) {
        return new Page(title, section);
    }

    /**
     * A page of the research features (insights, areas, similar findings): the frame plus their
     * stylesheet, within one of the header's sections, marked as current.
     */
    public static Page research(String title, Nav section) {
        Page page = new Page(title, section);
        page.document.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/insights.css");
        return page;
    }

    public Element main() {
        return main;
    }

    public String render() {
        return document.outerHtml();
    }

    /** Appends highlighted text: plain text nodes and {@code <mark>} elements, nothing else. */
    public static void appendHighlight(Element parent, Highlight highlight) {
        for (Highlight.Segment segment : highlight.segments()) {
            if (segment.marked()) {
                parent.appendElement("mark").text(segment.text());
            } else {
                parent.appendText(segment.text());
            }
        }
    }

    /**
     * A plain error page (not found, unavailable, a refused address): heading and message, with
     * "Error: " before the title in the browser's tab and a screen reader's first words, as GOV.UK
     * titles every page that shows an error.
     */
    public static String message(String title, String message) {
        Page page = titled("Error: " + title);
        page.main().appendElement("h1").addClass("heading-l").text(title);
        page.main().appendElement("p").addClass("body").text(message);
        Element back = page.main().appendElement("p");
        back.appendElement("a").attr("href", "/").text("Go to the search page");
        return page.render();
    }
}
