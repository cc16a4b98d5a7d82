package org.sendsearch.web.page;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.sendsearch.model.Polarity;
import org.sendsearch.search.Citation;
import org.sendsearch.search.Vocabulary;

/**
 * What a result shows about itself: its title as a link, and the line of facts under it (the kind
 * of finding as a tag, then area, date, type... joined by " · ").
 */
public final class ResultMeta {
    private ResultMeta() {}

    /** A document's title as people read it; "Untitled document" when it has none. */
    public static String readableTitle(String title) {
        return title == null || title.isBlank() ? "Untitled document" : Citation.readable(title);
    }

    /** The result's heading: its title, linked to where it is. */
    public static void title(Element item, String href, String title) {
        item.appendElement("h3")
                .addClass("result-title")
                .appendElement("a")
                .attr("href", href)
                .text(readableTitle(title));
    }

    /** The facts line: the polarity's tag (none when null), then the facts given, in order. */
    public static void facts(Element parent, Vocabulary vocabulary, Polarity polarity, String... facts) {
        Element meta = parent.appendElement("p").addClass("result-meta");
        if (polarity != null) {
            PolarityTag.append(meta, polarity, vocabulary.polarityLabel(polarity));
        }
        meta.appendText(join(facts));
    }

    /** The facts that are known (neither null nor empty), joined by " · ". */
    public static String join(String... facts) {
        List<String> known = new ArrayList<>();
        for (String fact : facts) {
            if (fact != null && !fact.isEmpty()) {
                known.add(fact);
            }
        }
        return String.join(" · ", known);
    }

    /** "Themes: " and the labels of {@code themes}, or null when there are none. */
    public static String themes(Vocabulary vocabulary, List<String> themes) {
        return themes.isEmpty() ? null : "Themes: " + themeLabels(vocabulary, themes);
    }

    /** The labels of {@code themes}, joined by ", ". */
    public static String themeLabels(Vocabulary vocabulary, List<String> themes) {
        return String.join(", ", themes.stream().map(vocabulary::themeLabel).toList());
    }
}
