package org.sendsearch.web;

import org.jsoup.nodes.Element;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.web.page.Feedback;
import org.sendsearch.web.page.Nav;
import org.sendsearch.web.page.Page;

/**
 * The two pages of plain information: {@code GET /help} (how to write a search, filter, read the
 * dates, cite and export; where to send feedback; the JSON API) and {@code GET /accessibility}
 * (the accessibility statement: the standard aimed at, how it is checked, what is known not to
 * meet it, how to report a problem). Both are rendered once: they depend on nothing but the
 * configured feedback address.
 */
final class InfoPages {
    private final String help = help();
    private final String accessibility = accessibility();

    String helpPage() {
        return help;
    }

    String accessibilityPage() {
        return accessibility;
    }

    private static String help() {
        Page page = Page.titled("Help", Nav.HELP);
        Element main = page.main();
        main.appendElement("h1").addClass("heading-l").text("How to search, filter and cite");
        Element contents = main.appendElement("nav").addClass("contents-list").attr("aria-labelledby", "help-contents");
        contents.appendElement("h2")
                .addClass("heading-s")
                .attr("id", "help-contents")
                .text("Contents");
        Element list = contents.appendElement("ul").addClass("list");
        for (String[] item : new String[][] {
            {"syntax", "Writing a search"},
            {"filters", "Filters"},
            {"dates", "Dates"},
            {"citing", "Citing a finding"},
            {"export", "Downloading results"},
            {"feedback", "Feedback and problems"},
            {"api", "The JSON API"}
        }) {
            list.appendElement("li")
                    .appendElement("a")
                    .attr("href", "#" + item[0])
                    .text(item[1]);
        }

        section(main, "syntax", "Writing a search");
        Element table = main.appendElement("table").addClass("table");
        table.appendElement("caption").addClass("visually-hidden").text("Search syntax");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("You type");
        head.appendElement("th").attr("scope", "col").text("To find");
        Element body = table.appendElement("tbody");
        syntax(body, "autism waits", "findings with all of these words, or with most of them when none has all");
        syntax(body, "\"tell their story\"", "the exact phrase; curly quotes pasted from Word (“ ”) work too");
        syntax(body, "transition OR adulthood", "either word (OR in capitals)");
        syntax(
                body,
                "school -exclusion",
                "findings about schools that do not mention exclusion; -\"a phrase\" works too");
        syntax(body, "assess*", "words starting with assess: assess, assessment, assessed");
        syntax(
                body,
                "EHCP",
                "common acronyms and their spelt-out forms alike: EHCP and EHC plan, ASD and autism, CAMHS");
        main.appendElement("p")
                .text("Words are matched in their other forms too (wait, waits, waiting). A search is at most "
                        + SearchQuery.MAX_QUERY_LENGTH + " characters long.");

        section(main, "filters", "Filters");
        main.appendElement("p")
                .text("Filters are beside the results on a wide screen and above them on a phone. Tick what you want, "
                        + "then choose Apply filters, at the top of the filters. Within one filter, any ticked value "
                        + "matches; different filters must all match. Chosen filters are listed above the results, each "
                        + "with a link that removes it.");
        main.appendElement("p")
                .text("Finding type: Weakness means an area for development. Areas of significant weakness are a "
                        + "separate value: tick both to see every weakness.");
        main.appendElement("p")
                .text("Whole documents (under Show) lists documents instead of findings; the filters that belong to "
                        + "findings, such as finding type, do not apply to it.");

        section(main, "dates", "Dates");
        main.appendElement("p")
                .text("Results show the date printed on each document. A few letters are printed with a date before "
                        + "their own inspection ended (a mistake in the letter): they show that printed date with a "
                        + "warning, and are counted, filtered and sorted by the inspection's last day, which is what "
                        + "the Year filter and the From and To dates use.");

        section(main, "citing", "Citing a finding");
        main.appendElement("p")
                .text("Every finding has a Cite as line and a Cite this finding page. That page gives a permanent link "
                        + "to the paragraph, its number, the document's title and date, the date you looked at it, the "
                        + "citation in two styles, and RIS and BibTeX files for reference managers. With JavaScript, "
                        + "Copy with citation copies the finding in quotation marks followed by its citation.");

        section(main, "export", "Downloading results");
        main.appendElement("p")
                .text("Under the results, CSV (Excel) downloads every result of the search, not only the page shown, "
                        + "with labelled columns, the search and filters used, the date of the download, and a link, "
                        + "paragraph number and warnings for each finding. JSON gives the same for programs.");

        section(main, "feedback", "Feedback and problems");
        Element feedback = main.appendElement("p");
        if (Feedback.configured()) {
            feedback.appendText("Tell us what does not work, or what is missing: ");
            feedback.appendElement("a").attr("href", Feedback.href()).text("send feedback");
            feedback.appendText(".");
        } else {
            feedback.text("This copy of the service has no feedback address set (whoever runs it sets "
                    + Feedback.VARIABLE + "). Report problems to the team that gave you its address.");
        }

        section(main, "api", "The JSON API");
        Element api = main.appendElement("p");
        api.appendText("Every search page has a JSON twin: ");
        api.appendElement("code").text("/api/search?q=...");
        api.appendText(" takes the same parameters as the page's address; ");
        api.appendElement("code").text("/api/documents/{id}");
        api.appendText(" gives one document with its paragraphs; ");
        api.appendElement("a").attr("href", "/api/health").text("/api/health");
        api.appendText(" is the service status for monitoring.");
        return page.render();
    }

    private static void section(Element main, String id, String heading) {
        main.appendElement("h2").addClass("heading-m").attr("id", id).text(heading);
    }

    private static void syntax(Element body, String typed, String finds) {
        Element row = body.appendElement("tr");
        // Each word whole: on a phone "school -exclusion" broke after the minus, reading as "school -".
        Element code = row.appendElement("td").appendElement("code");
        String[] words = typed.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                code.appendText(" ");
            }
            code.appendElement("span").addClass("syntax-word").text(words[i]);
        }
        row.appendElement("td").text(finds);
    }

    private static String accessibility() {
        Page page = Page.titled("Accessibility statement");
        Element main = page.main();
        main.appendElement("h1").addClass("heading-l").text("Accessibility statement");
        main.appendElement("p")
                .text("This statement is about this search service for SEND inspection findings. We want as many "
                        + "people as possible to be able to use it: you should be able to zoom in to 400% without the "
                        + "text spilling off the screen, use it with a keyboard only, with a screen reader and without "
                        + "JavaScript, and change colours and fonts in your browser.");
        main.appendElement("h2").addClass("heading-m").text("How accessible this service is");
        main.appendElement("p")
                .text("It aims to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. "
                        + "Every kind of page is checked in a real browser on each change: automatically with "
                        + "axe-core, and by tests of text and link contrast, of the order the keyboard moves in at "
                        + "phone and desktop widths, of reflow at 320 pixels wide, and of error pages keeping what "
                        + "was typed.");
        main.appendElement("h2").addClass("heading-m").text("What we know is not accessible");
        Element known = main.appendElement("ul").addClass("list").addClass("list-bullet");
        known.appendElement("li")
                .text("The original files (PDF, Word and web pages published by the inspectorates and councils) "
                        + "are shown as they were published; some are not accessible. Their text is on each "
                        + "document page, section by section.");
        known.appendElement("li")
                .text("Findings are split and labelled by a program: a label can be wrong. Check the document "
                        + "before relying on it.");
        main.appendElement("h2").addClass("heading-m").text("Reporting accessibility problems");
        Element report = main.appendElement("p");
        report.appendText("If you find a problem not listed here, or need information in another format, ");
        report.appendElement("a").attr("href", Feedback.href()).text("tell us");
        report.appendText(".");
        main.appendElement("h2").addClass("heading-m").text("Enforcement procedure");
        main.appendElement("p")
                .text("The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector "
                        + "Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you "
                        + "are not happy with how we respond to your complaint, contact the Equality Advisory and "
                        + "Support Service (EASS).");
        return page.render();
    }
}
