package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags text with the themes whose signals it contains. Signals and text go through the same
 * analysis as the index ({@link TermAnalysis}); a signal matches when its terms occur as a phrase
 * (consecutive terms) in the text's terms. Signals are indexed by their first term, so tagging
 * costs one look-up per term of the text whatever the size of the taxonomy.
 */
final class ThemeTagger {

    private record Signal(int theme, String[] terms) {}

    private final ThemeTaxonomy taxonomy;
    private final TermAnalysis analysis;
    private final Map<String, List<Signal>> byFirstTerm = new HashMap<>();

    /** Compiles the taxonomy; fails, naming the theme and signal, if a signal has no terms left after analysis. */
    ThemeTagger(ThemeTaxonomy taxonomy, TermAnalysis analysis) {
        this.taxonomy = taxonomy;
        this.analysis = analysis;
        List<ThemeTaxonomy.Theme> themes = taxonomy.themes();
        for (int t = 0; t < themes.size(); t++) {
            for (String signal : themes.get(t).signals()) {
                List<String> terms = analysis.terms(signal);
                if (terms.isEmpty()) {
                    throw new IllegalArgumentException("theme " + themes.get(t).id() + ": signal '" + signal
                            + "' has no words left after analysis (only stop words?)");
                }
                byFirstTerm
                        .computeIfAbsent(terms.get(0), k -> new ArrayList<>())
                        .add(new Signal(t, terms.toArray(String[]::new)));
            }
        }
    }

    /** The ids of the themes the text mentions, in taxonomy order. */
    List<String> tag(String text) {
        List<String> terms = analysis.terms(text);
        BitSet found = new BitSet();
        for (int i = 0; i < terms.size(); i++) {
            List<Signal> candidates = byFirstTerm.get(terms.get(i));
            if (candidates == null) {
                continue;
            }
            for (Signal signal : candidates) {
                if (!found.get(signal.theme()) && matchesAt(terms, i, signal.terms())) {
                    found.set(signal.theme());
                }
            }
        }
        List<String> ids = new ArrayList<>(found.cardinality());
        for (int t = found.nextSetBit(0); t >= 0; t = found.nextSetBit(t + 1)) {
            ids.add(taxonomy.themes().get(t).id());
        }
        return ids;
    }

    private static boolean matchesAt(List<String> terms, int at, String[] phrase) {
        if (at + phrase.length > terms.size()) {
            return false;
        }
        for (int j = 1; j < phrase.length; j++) {
            if (!terms.get(at + j).equals(phrase[j])) {
                return false;
            }
        }
        return true;
    }
}
