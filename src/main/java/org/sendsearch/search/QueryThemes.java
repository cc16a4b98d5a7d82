package org.sendsearch.search;

import java.util.ArrayList;
import java.util.List;
import org.sendsearch.ingest.TermAnalysis;
import org.sendsearch.ingest.ThemeTaxonomy;

/**
 * Which themes of the taxonomy a query names ("EHCP", "trained staff", "transition" ...), found as
 * extraction finds them in passages: a theme's signal, analysed like the index, occurring as
 * consecutive terms of the query. Passages tagged with those themes then rank a little higher:
 * they are about the subject, not merely using the word.
 */
public final class QueryThemes {
    private record Signal(String theme, List<String> terms) {}

    private final TermAnalysis analysis;
    private final List<Signal> signals = new ArrayList<>();

    public QueryThemes(ThemeTaxonomy taxonomy, TermAnalysis analysis) {
        this.analysis = analysis;
        for (ThemeTaxonomy.Theme theme : taxonomy.themes()) {
            for (String signal : theme.signals()) {
                List<String> terms = analysis.terms(signal);
                if (!terms.isEmpty()) {
                    signals.add(new Signal(theme.id(), terms));
                }
            }
        }
    }

    /**
     * The themes the text is nothing but a name of: every term of the text belongs to a signal
     * of the theme found in it ("EHCP", "trained staff", "excluded"). Passages tagged with such a
     * theme are about what was asked even when they word it differently, so they are found too.
     */
    public List<String> covering(String text) {
        List<String> terms = analysis.terms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<String> themes = new ArrayList<>();
        for (Signal signal : signals) {
            if (!themes.contains(signal.theme()) && covers(terms, signal.theme())) {
                themes.add(signal.theme());
            }
        }
        return themes;
    }

    private boolean covers(List<String> terms, String theme) {
        for (boolean c : coverage(terms, theme)) {
            if (!c) {
                return false;
            }
        }
        return true;
    }

    private boolean[] coverage(List<String> terms, String theme) {
        boolean[] covered = new boolean[terms.size()];
        for (Signal signal : signals) {
            if (!signal.theme().equals(theme)) {
                continue;
            }
            int at = java.util.Collections.indexOfSubList(terms, signal.terms());
            while (at >= 0) {
                for (int i = at; i < at + signal.terms().size(); i++) {
                    covered[i] = true;
                }
                int next = java.util.Collections.indexOfSubList(terms.subList(at + 1, terms.size()), signal.terms());
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        return covered;
    }

    /**
     * A theme the query names, and the query's other terms: a passage tagged with the theme and
     * holding those other terms answers the query even if it words the theme differently
     * ("autism waits" is answered by "wait too long for neurodevelopmental assessment").
     */
    public record Part(String theme, List<String> rest) {}

    /** For each theme the text names, the terms its signals do not cover. */
    public List<Part> parts(String text) {
        List<String> terms = analysis.terms(text);
        List<Part> parts = new ArrayList<>();
        for (String theme : of(text)) {
            boolean[] covered = coverage(terms, theme);
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                if (!covered[i]) {
                    rest.add(terms.get(i));
                }
            }
            parts.add(new Part(theme, rest));
        }
        return parts;
    }

    /** The ids of the themes the text names, in taxonomy order, without repeats. */
    public List<String> of(String text) {
        List<String> terms = analysis.terms(text);
        List<String> themes = new ArrayList<>();
        for (Signal signal : signals) {
            if (!themes.contains(signal.theme()) && java.util.Collections.indexOfSubList(terms, signal.terms()) >= 0) {
                themes.add(signal.theme());
            }
        }
        return themes;
    }
}
