package org.sendsearch.web.page;

import org.jsoup.nodes.Element;

/**
 * A form problem tied to one field, shown as the GOV.UK pattern has it: "Error: " in the page
 * title, an error summary whose link moves focus to the field, and the message again beside the
 * field, in its label's place ({@code aria-describedby}).
 *
 * @param fieldId  the id of the input the summary links to ({@code q}, {@code date-from}...)
 * @param message  what was wrong, in words fit to show
 */
public record FieldError(String fieldId, String message) {

    /** The message beside the field: {@code <p id="FIELD-error" class="error-message">}. */
    public Element appendMessage(Element parent) {
        Element p = parent.appendElement("p").addClass("error-message").attr("id", fieldId + "-error");
        p.appendElement("span").addClass("visually-hidden").text("Error: ");
        p.appendText(message);
        return p;
    }

    /** The id of the message beside the field, for the input's {@code aria-describedby}. */
    public String messageId() {
        return fieldId + "-error";
    }
}
