package org.sendsearch.synth;

import java.util.List;
import org.sendsearch.ingest.ThemeTaxonomy;

/**
 * Findings written from the theme vocabulary, so that every theme the index knows turns up in
 * generated documents, not only those the five bundled documents happen to discuss. A template
 * takes a theme's label ("Joint commissioning") and one of its signals ("JSNA").
 */
final class ThemeFindings {
    private static final List<String> STRENGTHS = List.of(
            "Leaders have strengthened %s across {AREA}, and parents and carers say that this is making a difference.",
            "Work on %s is a strength of the area. Professionals share a clear understanding of what needs to happen next.",
            "Partners have improved the way they approach %2$s. As a result, more children and young people get the right help at the right time.",
            "Parents and carers who spoke to inspectors value the recent improvements to %s.",
            "Leaders use information about %2$s well to plan services. This helps them to meet the needs of children and young people with SEND.");
    private static final List<String> WEAKNESSES = List.of(
            "Too many families report that %s in {AREA} is not good enough.",
            "Leaders have been too slow to improve %s. Parents and carers describe long waits and poor communication about %2$s.",
            "The quality of work on %2$s is inconsistent across the area. As a result, some children and young people do not get the help they need.",
            "Arrangements for %s are underdeveloped. Leaders do not have an accurate picture of how well they are working.",
            "Children and young people wait too long for %2$s, and families are not kept informed while they wait.");
    private static final List<String> SIGNIFICANT = List.of(
            "the weaknesses in %s across the area",
            "the lack of timely and effective %2$s", "the poor quality and inconsistency of %s");

    private final List<ThemeTaxonomy.Theme> themes;
    private final Variation variation;

    ThemeFindings(ThemeTaxonomy taxonomy, Variation variation) {
        this.themes = taxonomy.themes();
        this.variation = variation;
    }

    String strength(String area) {
        return write(STRENGTHS, area);
    }

    String weakness(String area) {
        return write(WEAKNESSES, area);
    }

    String significantWeakness(String area) {
        return write(SIGNIFICANT, area);
    }

    private String write(List<String> templates, String area) {
        ThemeTaxonomy.Theme theme = variation.pick(themes);
        String signal = theme.signals().isEmpty() ? theme.label() : variation.pick(theme.signals());
        String text =
                String.format(java.util.Locale.ROOT, variation.pick(templates), lowerFirst(theme.label()), signal);
        return variation.reword(text, area);
    }

    /** "Joint commissioning" → "joint commissioning", but "EHC plans" stays as it is. */
    static String lowerFirst(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }
}
