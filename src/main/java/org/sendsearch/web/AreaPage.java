package org.sendsearch.web;

import java.util.List;
import org.jsoup.nodes.Element;
import org.sendsearch.insights.Accountability;
import org.sendsearch.insights.AreaComparison;
import org.sendsearch.insights.AreaProfile;
import org.sendsearch.insights.AreaSummary;
import org.sendsearch.insights.Inspection;
import org.sendsearch.insights.ThemeBalance;
import org.sendsearch.search.Citation;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.web.page.BackLink;
import org.sendsearch.web.page.ErrorSummary;
import org.sendsearch.web.page.FieldError;
import org.sendsearch.web.page.HeadedSection;
import org.sendsearch.web.page.Nav;
import org.sendsearch.web.page.Page;
import org.sendsearch.web.page.SelectField;
import org.sendsearch.web.page.TableHead;
import org.sendsearch.web.page.TableRegion;

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
        Page page = Page.research("Local areas", Nav.AREAS);
        Element main = page.main();
        main.appendElement("h1").addClass("heading-l").text("Local areas");
        if (areas.isEmpty()) {
            main.appendElement("p").text("No indexed document names a local area yet.");
            return page.render();
        }
        Element table = TableRegion.append(main, "areas-caption")
                .appendElement("table")
                .addClass("data-table")
                .attr("id", "areas-table");
        table.appendElement("caption")
                .attr("id", "areas-caption")
                .text("Every local area with documents, with its findings and the dates its documents span.");
        TableHead.of(table)
                .column("Area")
                .column("Region")
                .numeric("Documents")
                .numeric("Findings")
                .column("From")
                .column("To");
        Element body = table.appendElement("tbody");
        for (AreaSummary area : areas) {
            Element row = body.appendElement("tr");
            row.appendElement("th")
                    .attr("scope", "row")
                    .appendElement("a")
                    .attr("href", area.url())
                    .text(area.area());
            row.appendElement("td").text(area.region() == null ? "" : area.region());
            row.appendElement("td").addClass("numeric").text(Long.toString(area.documents()));
            row.appendElement("td").addClass("numeric").text(Long.toString(area.findings()));
            row.appendElement("td").text(Citation.longDate(area.first()));
            row.appendElement("td").text(Citation.longDate(area.last()));
        }
        compareForm(main, areas, List.of());
        return page.render();
    }

    String profile(AreaProfile profile, List<AreaSummary> areas) {
        Page page = Page.research(profile.area(), Nav.AREAS);
        Element main = page.main();
        BackLink.append(main, "/areas", "All local areas");
        main.appendElement("span").addClass("caption").text(profile.region() == null ? "Local area" : profile.region());
        main.appendElement("h1").addClass("heading-l").text(profile.area());
        Element links = main.appendElement("p").addClass("body");
        links.appendElement("a").attr("href", profile.searchUrl()).text("Search " + profile.area() + "'s findings");

        accountability(main, profile.accountability());
        InspectionStories.append(main, profile.inspections());

        Element timeline = HeadedSection.append(main, null, "timeline-heading", "Timeline");
        Element list = timeline.appendElement("ol").addClass("timeline").attr("id", "timeline");
        for (AreaProfile.TimelineEntry entry : profile.timeline()) {
            Element item = list.appendElement("li")
                    .addClass("timeline-item")
                    .attr("data-type", entry.type() == null ? "" : entry.type().id());
            Element when = item.appendElement("p").addClass("timeline-date");
            if (entry.date() != null) {
                when.appendElement("time")
                        .attr("datetime", entry.date().toString())
                        .text(entry.displayDate());
            } else {
                when.text("Undated");
            }
            item.appendElement("p")
                    .addClass("timeline-type")
                    .text(entry.typeLabel() == null ? "Document" : entry.typeLabel());
            item.appendElement("h3")
                    .addClass("heading-s")
                    .appendElement("a")
                    .attr("href", entry.url())
                    .text(entry.title());
            StringBuilder facts =
                    new StringBuilder(entry.findings() + (entry.findings() == 1 ? " finding" : " findings"));
            // Only an inspection requires a WSOA; other papers carry the flag because they mention one.
            if (Boolean.TRUE.equals(entry.wsoa())
                    && entry.type() != null
                    && entry.type().isInspectorateLetter()) {
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
            Element section = HeadedSection.append(
                    main, "significant-weaknesses", "area-sw-heading", "Significant weaknesses to address");
            Element items = section.appendElement("ul")
                    .addClass("list")
                    .addClass("list-bullet")
                    .attr("id", "significant-weaknesses");
            for (AreaProfile.SignificantWeakness weakness : profile.significantWeaknesses()) {
                Element item = items.appendElement("li");
                item.appendText(weakness.text() + " ");
                String date = Citation.longDate(weakness.date());
                item.appendElement("a")
                        .addClass("source-link")
                        .attr("href", weakness.url())
                        .text(date.isEmpty() ? "(source)" : "(letter of " + date + ")");
            }
        }

        Element themes = HeadedSection.append(main, null, "area-themes-heading", "Strengths and weaknesses by theme");
        if (profile.themes().isEmpty()) {
            themes.appendElement("p").text("No finding of this area has a theme.");
        } else {
            Element table = TableRegion.append(themes, "area-themes-caption")
                    .appendElement("table")
                    .addClass("data-table")
                    .attr("id", "area-themes");
            table.appendElement("caption")
                    .attr("id", "area-themes-caption")
                    .text(profile.area() + ": findings by theme (weaknesses include significant weaknesses)");
            TableHead.of(table).column("Theme").numeric("Strengths").numeric("Weaknesses");
            Element body = table.appendElement("tbody");
            for (ThemeBalance balance : profile.themes()) {
                Element row = body.appendElement("tr").attr("data-theme", balance.theme());
                row.appendElement("th").attr("scope", "row").text(balance.label());
                count(row, balance.strengths(), balance.strengthsUrl(), "strength");
                count(row, balance.weaknesses(), balance.weaknessesUrl(), "weakness");
            }
        }

        if (!profile.warnings().isEmpty()) {
            Element items = HeadedSection.warnings(
                    main, "area-warnings", "area-warnings-heading", "Data-quality warnings on these documents");
            for (AreaProfile.DocumentWarning item : profile.warnings()) {
                Element li = items.appendElement("li");
                li.appendElement("a").attr("href", item.url()).text(item.title());
                li.appendText(": " + item.warning());
            }
        }
        compareForm(main, areas, List.of(profile.area()));
        return page.render();
    }

    /**
     * @param error what was wrong with the areas asked for (one unknown, too many), linked to the
     *              select to change; null when the comparison is shown or nothing was asked yet
     */
    String compare(List<AreaSummary> areas, List<String> chosen, AreaComparison comparison, FieldError error) {
        String title = comparison == null ? "Compare areas" : comparison.title();
        Page page = Page.research(error == null ? title : "Error: " + title, Nav.AREAS);
        Element main = page.main();
        BackLink.append(main, "/areas", "All local areas");
        if (error != null) {
            ErrorSummary.append(main, error);
        }
        main.appendElement("h1").addClass("heading-l").text("Compare areas by theme");
        compareForm(main, areas, chosen);
        if (comparison == null) {
            return page.render();
        }
        Element table = TableRegion.append(main, "compare-caption")
                .appendElement("table")
                .addClass("data-table")
                .attr("id", "compare-table");
        table.appendElement("caption")
                .attr("id", "compare-caption")
                .text(comparison.title()
                        + " by theme: findings (weaknesses include significant weaknesses). Themes where the most"
                        + " of them have weaknesses first.");
        TableHead head = TableHead.of(table).blank();
        comparison.areas().forEach(area -> head.group(area, 2));
        head.nextRow().column("Theme");
        comparison.areas().forEach(area -> head.numeric("Strengths").numeric("Weaknesses"));
        Element body = table.appendElement("tbody");
        for (AreaComparison.Row row : comparison.rows()) {
            Element tr = body.appendElement("tr").attr("data-theme", row.theme());
            tr.appendElement("th").attr("scope", "row").text(row.label());
            for (ThemeBalance balance : row.balances()) {
                count(tr, balance.strengths(), balance.strengthsUrl(), "strength");
                count(tr, balance.weaknesses(), balance.weaknessesUrl(), "weakness");
            }
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

    /** The id of the select of the {@code index}th area asked for (the last one past four). */
    static String slotId(int index) {
        return "compare-" + SLOTS.get(Math.min(Math.max(index, 0), SLOTS.size() - 1));
    }

    /** The names of the selects, first to last: the first two are needed, the others optional. */
    private static final List<String> SLOTS = List.of("a", "b", "c", "d");

    private static final List<String> SLOT_LABELS =
            List.of("First area", "Second area", "Third area (optional)", "Fourth area (optional)");

    private static void compareForm(Element main, List<AreaSummary> areas, List<String> chosen) {
        if (areas.size() < 2) {
            return;
        }
        Element form = main.appendElement("form")
                .addClass("compare-form")
                .attr("action", "/areas/compare")
                .attr("method", "get");
        form.appendElement("h2").addClass("heading-s").text("Compare two to four areas");
        List<String> names = areas.stream().map(AreaSummary::area).toList();
        List<String> known = chosen.stream().filter(names::contains).toList();
        // Never two of the same area by default: the areas shown, then others not yet chosen.
        List<String> selected = new java.util.ArrayList<>(known);
        for (String name : names) {
            if (selected.size() >= 2) {
                break;
            }
            if (!selected.contains(name)) {
                selected.add(name);
            }
        }
        List<String> optional = new java.util.ArrayList<>();
        optional.add("");
        optional.addAll(names);
        for (int i = 0; i < SLOTS.size(); i++) {
            String slot = SLOTS.get(i);
            String current = i < selected.size() ? selected.get(i) : "";
            SelectField.append(
                    form,
                    "compare-" + slot,
                    slot,
                    SLOT_LABELS.get(i),
                    i < 2 ? names : optional,
                    name -> name,
                    name -> name.isEmpty() ? "None" : name,
                    current);
        }
        form.appendElement("button")
                .attr("type", "submit")
                .addClass("button")
                .addClass("button-secondary")
                .text("Compare");
    }

    /** Where the area stands against its last full inspection, read off the documents. */
    private static void accountability(Element main, Accountability account) {
        if (account == null) {
            return;
        }
        Element section =
                HeadedSection.append(main, "accountability", "accountability-heading", "Since the last inspection");
        Element list = section.appendElement("dl").addClass("summary-list").attr("id", "accountability");
        Element last = row(list, "Last full inspection");
        last.appendElement("a").attr("href", account.reportUrl()).text("ended " + account.displayEnd());
        row(list, "Time since").text(account.sinceLast() + " (on " + Citation.longDate(account.asOf()) + ")");
        if (account.nextInspection() != null && !account.nextInspection().isBlank()) {
            row(list, "Next inspection due")
                    .text("As the report states it: " + account.nextInspection()
                            + (account.nextInspectionBy() == null
                                    ? ""
                                    : " (by " + Citation.longDate(account.nextInspectionBy()) + ")"));
        } else {
            row(list, "Next inspection due").text("The report does not say.");
        }
        if (account.wsoaRequired() != null) {
            row(list, "Written statement of action").text(account.wsoaRequired() ? "Required" : "Not required");
        }
        if (!account.priorityActions().isEmpty()) {
            Element actions =
                    row(list, "Areas for priority action").appendElement("ul").addClass("list");
            account.priorityActions()
                    .forEach(action -> actions.appendElement("li").text(action));
        }
        Element followed = row(list, "Revisit or monitoring since");
        if (account.followUps().isEmpty()) {
            followed.text("None in the collection.");
        } else {
            Element items = followed.appendElement("ul").addClass("list");
            for (Inspection.Linked follow : account.followUps()) {
                items.appendElement("li")
                        .appendElement("a")
                        .attr("href", follow.url())
                        .text((follow.type() == null
                                        ? "Document"
                                        : follow.type().label())
                                + (follow.displayDate() == null
                                                || follow.displayDate().isBlank()
                                        ? ""
                                        : ", " + follow.displayDate()));
            }
        }
    }

    private static Element row(Element list, String key) {
        Element row = list.appendElement("div").addClass("summary-row");
        row.appendElement("dt").addClass("summary-key").text(key);
        return row.appendElement("dd").addClass("summary-value");
    }
}
