package org.sendsearch.web.page;

import java.util.List;
import org.jsoup.nodes.Element;
import org.sendsearch.model.Polarity;
import org.sendsearch.search.Facet;
import org.sendsearch.search.FacetValue;

/**
 * One facet in a filter form: a foldable group of labelled checkboxes with counts, open when one
 * of its values is chosen or when it is not {@code folded} by default, its summary saying how many
 * are chosen.
 */
public final class FacetGroup {
    /** What the finding-type filter must say, lest "Weakness" alone leave out the most serious. */
    public static final String POLARITY_HINT = "Weakness does not include areas of significant weakness";

    private FacetGroup() {}

    /** @param values the values to offer, in order (the caller leaves out what should not show) */
    public static void append(Element form, Facet facet, List<FacetValue> values, boolean folded) {
        long chosen = values.stream().filter(FacetValue::selected).count();
        Element details = form.appendElement("details").addClass("facet");
        if (chosen > 0 || !folded) {
            details.attr("open", "");
        }
        details.appendElement("summary")
                .addClass("facet-summary")
                .text(facet.label() + (chosen > 0 ? " (" + chosen + " chosen)" : ""));
        Element fieldset = details.appendElement("fieldset").addClass("checkboxes");
        fieldset.appendElement("legend").addClass("visually-hidden").text(facet.label());
        if (facet == Facet.POLARITY) {
            // A weakness and an area of significant weakness are separate values: say so, rather than
            // let "Weakness" alone silently leave out the most serious findings.
            // "Tick both" only when both are offered: a search with no significant weakness says so.
            boolean both = values.stream().anyMatch(value -> value.value().equals(Polarity.SIGNIFICANT_WEAKNESS.id()));
            fieldset.attr("aria-describedby", "polarity-hint");
            fieldset.appendElement("p")
                    .addClass("hint")
                    .attr("id", "polarity-hint")
                    .text(
                            both
                                    ? POLARITY_HINT + ": tick both to see every weakness."
                                    : POLARITY_HINT + " (none of those matches this search).");
        }
        int index = 0;
        for (FacetValue value : values) {
            String id = "f-" + facet.param() + "-" + index++;
            Element item = fieldset.appendElement("div").addClass("checkbox");
            Element input = item.appendElement("input")
                    .attr("type", "checkbox")
                    .attr("id", id)
                    .attr("name", facet.param())
                    .attr("value", value.value());
            if (value.selected()) {
                input.attr("checked", "");
            }
            Element label = item.appendElement("label").attr("for", id);
            label.appendText(value.label() + " ");
            label.appendElement("span").addClass("count").text("(" + value.count() + ")");
        }
    }
}
