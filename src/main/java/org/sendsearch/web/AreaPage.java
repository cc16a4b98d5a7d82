package org.sendsearch.web;

import org.jsoup.nodes.Element;
import org.sendsearch.insights.AreaComparison;
import org.sendsearch.insights.AreaProfile;
import org.sendsearch.insights.AreaSummary;
import org.sendsearch.insights.ThemeBalance;
import org.sendsearch.search.Citation;
import org.sendsearch.search.Vocabulary;

import java.util.List;

/**
 * The area pages: the list of areas, one area (timeline as an ordered list, significant
 * weaknesses, themes as a table of strengths and weaknesses, data-quality warnings), and two
 * areas compared by theme. Every count links to the findings behind it.
 */
final class AreaPage {
    private final Vocabulary vocabulary;

    AreaPage(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    String list(List<AreaSummary> areas) {
        Page page = ResearchRoutes.page("Local areas");
        Element main = page.main();
        main.appendElement("h1").addClass("heading-l").text("Local areas");
        if (areas.isEmpty()) {
            main.appendElement("p").text("No indexed document names a local area yet.");
            return page.render();
        }
        Element table = main.appendElement("table").addClass("data-table").attr("id", "areas-table");
        table.appendElement("caption").text("Every local area with documents, with its findings and the dates its documents span.");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("Area");
        head.appendElement("th").attr("scope", "col").text("Region");
        head.appendElement("th").attr("scope", "col").addClass("numeric").text("Documents");
        head.appendElement("th").attr("scope", "col").addClass("numeric").text("Findings");
        head.appendElement("th").attr("scope", "col").text("From");
        head.appendElement("th").attr("scope", "col").text("To");
        Element body = table.appendElement("tbody");
        for (AreaSummary area : areas) {
            Element row = body.appendElement("tr");
            row.appendElement("th").attr("scope", "row").appendElement("a").attr("href", area.url()).text(area.area());
            row.appendElement("td").text(area.region() == null ? "" : area.region());
            row.appendElement("td").addClass("numeric").text(Long.toString(area.documents()));
            row.appendElement("td").addClass("numeric").text(Long.toString(area.findings()));
            row.appendElement("td").text(Citation.longDate(area.first()));
            row.appendElement("td").text(Citation.longDate(area.last()));
        }
        compareForm(main, areas, null, null);
        return page.render();
    }

    String profile(AreaProfile profile, List<AreaSummary> areas) {
        Page page = ResearchRoutes.page(profile.area());
        Element main = page.main();
        Element back = main.appendElement("p").addClass("back-link-row");
        back.appendElement("a").addClass("back-link").attr("href", "/areas").text("All local areas");
        main.appendElement("span").addClass("caption").text(profile.region() == null ? "Local area" : profile.region());
        main.appendElement("h1").addClass("heading-l").text(profile.area());
        Element links = main.appendElement("p").addClass("body");
        links.appendElement("a").attr("href", profile.searchUrl()).text("Search " + profile.area() + "'s findings");

        Element timeline = main.appendElement("section").attr("aria-labelledby", "timeline-heading");
        timeline.appendElement("h2").addClass("heading-m").attr("id", "timeline-heading").text("Timeline");
        Element list = timeline.appendElement("ol").addClass("timeline").attr("id", "timeline");
        for (AreaProfile.TimelineEntry entry : profile.timeline()) {
            Element item = list.appendElement("li").addClass("timeline-item").attr("data-type", entry.type() == null ? "" : entry.type().id());
            Element when = item.appendElement("p").addClass("timeline-date");
            if (entry.date() != null) {
                when.appendElement("time").attr("datetime", entry.date().toString()).text(entry.displayDate());
            } else {
                when.text("Undated");
            }
            item.appendElement("p").addClass("timeline-type").text(entry.typeLabel() == null ? "Document" : entry.typeLabel());
            item.appendElement("h3").addClass("heading-s").appendElement("a").attr("href", entry.url()).text(entry.title());
            StringBuilder facts = new StringBuilder(entry.findings() + (entry.findings() == 1 ? " finding" : " findings"));
            // Only an inspection requires a WSOA; other papers carry the flag because they mention one.
            if (Boolean.TRUE.equals(entry.wsoa()) && entry.type() != null && entry.type().isInspectorateLetter()) {
                facts.append(" · written statement of action required");
            }
            item.appendElement("p").addClass("timeline-facts").text(facts.toString());
            if (!entry.warnings().isEmpty()) {
                Element warning = item.appendElement("p").addClass("timeline-warning");
                warning.appendElement("strong").text("Check: ");
                warning.appendText(String.join(" ", entry.warnings()));
            }
        }

        if (!profile.significantWeaknesses().isEmpty()) {
            Element section = main.appendElement("section").addClass("significant-weaknesses")
                    .attr("aria-labelledby", "area-sw-heading");
            section.appendElement("h2").addClass("heading-m").attr("id", "area-sw-heading")
                    .text("Significant weaknesses to address");
            Element items = section.appendElement("ul").addClass("list").addClass("list-bullet").attr("id", "significant-weaknesses");
            for (AreaProfile.SignificantWeakness weakness : profile.significantWeaknesses()) {
                Element item = items.appendElement("li");
                item.appendText(weakness.text() + " ");
                String date = Citation.longDate(weakness.date());
                item.appendElement("a").addClass("source-link").attr("href", weakness.url())
                        .text(date.isEmpty() ? "(source)" : "(letter of " + date + ")");
            }
        }

        Element themes = main.appendElement("section").attr("aria-labelledby", "area-themes-heading");
        themes.appendElement("h2").addClass("heading-m").attr("id", "area-themes-heading").text("Strengths and weaknesses by theme");
        if (profile.themes().isEmpty()) {
            themes.appendElement("p").text("No finding of this area has a theme.");
        } else {
            Element table = themes.appendElement("table").addClass("data-table").attr("id", "area-themes");
            table.appendElement("caption").text(profile.area() + ": findings by theme (weaknesses include significant weaknesses)");
            Element head = table.appendElement("thead").appendElement("tr");
            head.appendElement("th").attr("scope", "col").text("Theme");
            head.appendElement("th").attr("scope", "col").addClass("numeric").text("Strengths");
            head.appendElement("th").attr("scope", "col").addClass("numeric").text("Weaknesses");
            Element body = table.appendElement("tbody");
            for (ThemeBalance balance : profile.themes()) {
                Element row = body.appendElement("tr").attr("data-theme", balance.theme());
                row.appendElement("th").attr("scope", "row").text(balance.label());
                count(row, balance.strengths(), balance.strengthsUrl(), "strength");
                count(row, balance.weaknesses(), balance.weaknessesUrl(), "weakness");
            }
        }

        if (!profile.warnings().isEmpty()) {
            Element warning = main.appendElement("div").addClass("warning-text").attr("role", "note")
                    .attr("aria-labelledby", "area-warnings-heading").attr("id", "area-warnings");
            warning.appendElement("h2").addClass("heading-s").attr("id", "area-warnings-heading")
                    .text("Data-quality warnings on these documents");
            Element items = warning.appendElement("ul").addClass("list");
            for (AreaProfile.DocumentWarning item : profile.warnings()) {
                Element li = items.appendElement("li");
                li.appendElement("a").attr("href", item.url()).text(item.title());
                li.appendText(": " + item.warning());
            }
        }
        compareForm(main, areas, profile.area(), null);
        return page.render();
    }

    String compare(List<AreaSummary> areas, String a, String b, AreaComparison comparison, boolean asked) {
        Page page = ResearchRoutes.page(comparison == null ? "Compare areas" : comparison.a() + " and " + comparison.b());
        Element main = page.main();
        Element back = main.appendElement("p").addClass("back-link-row");
        back.appendElement("a").addClass("back-link").attr("href", "/areas").text("All local areas");
        main.appendElement("h1").addClass("heading-l").text("Compare two areas by theme");
        compareForm(main, areas, a, b);
        if (comparison == null) {
            if (asked) {
                Element box = main.appendElement("div").addClass("error-summary").attr("role", "alert");
                box.appendElement("h2").addClass("heading-m").text("There is a problem");
                box.appendElement("p").text("Choose two areas from the list: one of them has no documents.");
            }
            return page.render();
        }
        Element table = main.appendElement("table").addClass("data-table").attr("id", "compare-table");
        table.appendElement("caption").text(comparison.a() + " and " + comparison.b()
                + " by theme: findings (weaknesses include significant weaknesses). Themes where both have weaknesses first.");
        Element group = table.appendElement("thead");
        Element top = group.appendElement("tr");
        top.appendElement("td");
        top.appendElement("th").attr("scope", "colgroup").attr("colspan", "2").text(comparison.a());
        top.appendElement("th").attr("scope", "colgroup").attr("colspan", "2").text(comparison.b());
        Element head = group.appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("Theme");
        for (int i = 0; i < 2; i++) {
            head.appendElement("th").attr("scope", "col").addClass("numeric").text("Strengths");
            head.appendElement("th").attr("scope", "col").addClass("numeric").text("Weaknesses");
        }
        Element body = table.appendElement("tbody");
        for (AreaComparison.Row row : comparison.rows()) {
            Element tr = body.appendElement("tr").attr("data-theme", row.theme());
            tr.appendElement("th").attr("scope", "row").text(row.label());
            count(tr, row.a().strengths(), row.a().strengthsUrl(), "strength");
            count(tr, row.a().weaknesses(), row.a().weaknessesUrl(), "weakness");
            count(tr, row.b().strengths(), row.b().strengthsUrl(), "strength");
            count(tr, row.b().weaknesses(), row.b().weaknessesUrl(), "weakness");
        }
        return page.render();
    }

    private static void count(Element row, long count, String url, String kind) {
        Element cell = row.appendElement("td").addClass("numeric").addClass("count-" + kind);
        if (count == 0 || url == null) {
            cell.text("0");
        } else {
            cell.addClass("has-" + kind).appendElement("a").attr("href", url).text(Long.toString(count));
        }
    }

    private static void compareForm(Element main, List<AreaSummary> areas, String a, String b) {
        if (areas.size() < 2) {
            return;
        }
        Element form = main.appendElement("form").addClass("compare-form").attr("action", "/areas/compare").attr("method", "get");
        form.appendElement("h2").addClass("heading-s").text("Compare two areas");
        select(form, "a", "First area", areas, a);
        select(form, "b", "Second area", areas, b);
        form.appendElement("button").attr("type", "submit").addClass("button").addClass("button-secondary").text("Compare");
    }

    private static void select(Element form, String name, String label, List<AreaSummary> areas, String chosen) {
        Element field = form.appendElement("div").addClass("inline-field");
        field.appendElement("label").addClass("label-s").attr("for", "compare-" + name).text(label);
        Element select = field.appendElement("select").attr("id", "compare-" + name).attr("name", name).addClass("select");
        for (AreaSummary area : areas) {
            Element option = select.appendElement("option").attr("value", area.area()).text(area.area());
            if (area.area().equals(chosen)) {
                option.attr("selected", "");
            }
        }
    }
}
