package org.sendsearch.web.page;

import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/** A labelled drop-down, inline with its label, with the chosen option selected. */
public final class SelectField {
    private SelectField() {}

    /**
     * @param id     the select's id (its label points at it)
     * @param name   the URL parameter it sets
     * @param value  an option's parameter value
     * @param text   an option's text
     * @param chosen the option shown selected, or null
     */
    public static <T> void append(
            Element parent,
            String id,
            String name,
            String label,
            List<T> options,
            Function<T, String> value,
            Function<T, String> text,
            T chosen) {
        Element field = parent.appendElement("div").addClass("inline-field");
        field.appendElement("label").addClass("label-s").attr("for", id).text(label);
        Element select =
                field.appendElement("select").attr("id", id).attr("name", name).addClass("select");
        for (T option : options) {
            Element element = select.appendElement("option")
                    .attr("value", value.apply(option))
                    .text(text.apply(option));
            if (option.equals(chosen)) {
                element.attr("selected", "");
            }
        }
    }
}
