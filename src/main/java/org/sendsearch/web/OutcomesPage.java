package org.sendsearch.web;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.sendsearch.insights.OutcomeStats;
import org.sendsearch.model.Framework;
import org.sendsearch.model.Outcome;
import org.sendsearch.web.page.HeadedSection;
import org.sendsearch.web.page.Nav;
import org.sendsearch.web.page.Page;
import org.sendsearch.web.page.TableHead;
import org.sendsearch.web.page.TableRegion;

/**
 * {@code /insights/outcomes}: what the indexed inspections concluded, by year and by region, as
 * tables whose every number links to the inspection documents behind it, with the published
 * national figures beside them, and the page saying that its numbers cover only what is indexed.
 */
final class OutcomesPage {
    private OutcomesPage() {}

    static String render(OutcomeStats stats) {
        Page page = Page.research("Inspection outcomes", Nav.INSIGHTS);
        Element main = page.main();
        main.appendElement("h1").addClass("heading-l").text("Inspection outcomes in the collection");
        long old = stats.wsoaByYear().stream()
                .mapToLong(OutcomeStats.WsoaRow::inspections)
                .sum();
        long recent = stats.outcomesByYear().stream()
                .mapToLong(OutcomeStats.OutcomeRow::inspections)
                .sum();
        main.appendElement("p")
                .addClass("body")
                .attr("id", "outcomes-coverage")
                .text("These numbers cover the inspections whose letters or reports are indexed here ("
                        + old + " under the 2016-2022 framework, " + recent
                        + " under the 2023 framework), not every inspection in England: compare them with the "
                        + "published national figures at the end of the page. Each number links to its documents.");

        Element wsoa = HeadedSection.append(
                main, null, "wsoa-heading", "2016-2022: inspections needing a written statement of action");
        if (stats.wsoaByYear().isEmpty()) {
            wsoa.appendElement("p").text("No 2016-2022 inspection letter is indexed.");
        } else {
            wsoaTable(wsoa, "wsoa-by-year", "Year", stats.wsoaByYear());
            wsoaTable(wsoa, "wsoa-by-region", "Region", stats.wsoaByRegion());
        }

        Element outcomes = HeadedSection.append(main, null, "outcomes-heading", "2023 framework: outcomes");
        if (stats.outcomesByYear().isEmpty()) {
            outcomes.appendElement("p").text("No 2023-framework inspection report is indexed.");
        } else {
            outcomeTable(outcomes, "outcomes-by-year", "Year", stats.outcomesByYear());
            outcomeTable(outcomes, "outcomes-by-region", "Region", stats.outcomesByRegion());
        }

        Element published = HeadedSection.append(main, null, "published-heading", "Published national figures");
        Element list = published.appendElement("ul").addClass("list").attr("id", "published-figures");
        OutcomeStats.PUBLISHED.forEach(figure -> list.appendElement("li").text(figure));
        Element back = main.appendElement("p").addClass("body");
        back.appendElement("a").attr("href", "/insights").text("Recurring themes by inspection");
        return page.render();
    }

    private static void wsoaTable(Element parent, String id, String by, List<OutcomeStats.WsoaRow> rows) {
        Element table = TableRegion.append(parent, id + "-caption")
                .appendElement("table")
                .addClass("data-table")
                .attr("id", id);
        table.appendElement("caption")
                .attr("id", id + "-caption")
                .text("By " + by.toLowerCase(Locale.UK)
                        + ": inspections, and those that needed a written statement of action (WSOA)");
        TableHead.of(table)
                .column(by)
                .numeric("Inspections")
                .numeric("Needed a WSOA")
                .numeric("Share");
        Element body = table.appendElement("tbody");
        for (OutcomeStats.WsoaRow row : rows) {
            Element tr = keyedRow(body, row.key(), row.inspections(), row.url());
            count(tr.appendElement("td").addClass("numeric"), row.wsoa(), row.wsoa() == 0 ? null : row.wsoaUrl());
            tr.appendElement("td").addClass("numeric").text(Math.round(row.share() * 100) + "%");
        }
    }

    private static void outcomeTable(Element parent, String id, String by, List<OutcomeStats.OutcomeRow> rows) {
        Element table = TableRegion.append(parent, id + "-caption")
                .appendElement("table")
                .addClass("data-table")
                .attr("id", id);
        table.appendElement("caption")
                .attr("id", id + "-caption")
                .text("By " + by.toLowerCase(Locale.UK) + ": inspections by outcome");
        TableHead head = TableHead.of(table).column(by).numeric("Inspections");
        List<Outcome> outcomes = java.util.Arrays.stream(Outcome.values())
                .filter(outcome -> outcome.framework() == Framework.AREA_SEND_2023)
                .toList();
        outcomes.forEach(outcome -> head.numeric(outcome.label()));
        Element body = table.appendElement("tbody");
        for (OutcomeStats.OutcomeRow row : rows) {
            Element tr = keyedRow(body, row.key(), row.inspections(), row.url());
            for (Outcome outcome : outcomes) {
                OutcomeStats.Count count = row.outcomes().get(outcome.id());
                Element td = tr.appendElement("td").addClass("numeric").attr("data-outcome", outcome.id());
                if (count == null || count.url() == null) {
                    count(td, 0, null);
                } else {
                    count(td, count.count(), count.url());
                }
            }
        }
    }

    /** A row headed by its key (a year or region), with its inspections linked to their documents. */
    private static Element keyedRow(Element body, String key, long inspections, String url) {
        Element tr = body.appendElement("tr").attr("data-key", key);
        tr.appendElement("th").attr("scope", "row").text(key);
        count(tr.appendElement("td").addClass("numeric"), inspections, url);
        return tr;
    }

    /** A count in {@code cell}, linked to what it counts; a plain 0 (nothing to link to) when {@code url} is null. */
    private static void count(Element cell, long count, String url) {
        if (url == null) {
            cell.text(Long.toString(count));
        } else {
            cell.appendElement("a").attr("href", url).text(Long.toString(count));
        }
    }
}
