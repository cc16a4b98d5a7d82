package org.sendsearch.web.page;

import org.jsoup.nodes.Element;

/**
 * The head of a data table: header cells with {@code scope="col"} (numeric ones right-aligned by
 * the {@code numeric} class), so that every table's columns are announced the same way.
 */
public final class TableHead {
    private final Element head;
    private Element row;

    private TableHead(Element head) {
        this.head = head;
        this.row = head.appendElement("tr");
    }

    /** Appends {@code <thead>} with a first row to {@code table}. */
    public static TableHead of(Element table) {
        return new TableHead(table.appendElement("thead"));
    }

    /** Starts another row of the head (under a row of column groups). */
    public TableHead nextRow() {
        row = head.appendElement("tr");
        return this;
    }

    public TableHead column(String label) {
        row.appendElement("th").attr("scope", "col").text(label);
        return this;
    }

    public TableHead numeric(String label) {
        numericCell().text(label);
        return this;
    }

    /** An empty numeric header cell, for a header that is a link. */
    public Element numericCell() {
        return row.appendElement("th").attr("scope", "col").addClass("numeric");
    }

    /** A header over {@code span} columns. */
    public TableHead group(String label, int span) {
        row.appendElement("th")
                .attr("scope", "colgroup")
                .attr("colspan", Integer.toString(span))
                .text(label);
        return this;
    }

    /** An empty cell (above the row headers). */
    public TableHead blank() {
        row.appendElement("td");
        return this;
    }
}
