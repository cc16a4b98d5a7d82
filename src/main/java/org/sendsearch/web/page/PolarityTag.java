package org.sendsearch.web.page;

import org.jsoup.nodes.Element;
import org.sendsearch.model.Polarity;

/** The coloured tag that says what kind of finding a passage is (strength, weakness...), then a space. */
public final class PolarityTag {
    private PolarityTag() {}

    /** @param polarity the polarity, whose id names the tag's colour class; {@code label} is shown */
    public static void append(Element parent, Polarity polarity, String label) {
        parent.appendElement("strong")
                .addClass("tag")
                .addClass("tag-" + polarity.id())
                .text(label);
        parent.appendText(" ");
    }
}
