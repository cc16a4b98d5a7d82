package org.sendsearch.insights;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sendsearch.model.Polarity;
import org.sendsearch.search.InvalidSearchException;

/**
 * Which findings an insight counts, as given by its {@code polarity} parameter. "weakness" means
 * every weakness, including the areas of significant weakness that required a written statement
 * of action: a researcher asking where a theme recurs as a weakness means both, and the letters
 * file a theme under one or the other depending on how serious it was. "all" counts every finding.
 * Any other value is a single polarity id of the search's vocabulary.
 */
public final class PolarityChoice {
    public static final String DEFAULT = Polarity.WEAKNESS.id();
    private static final Map<String, List<String>> GROUPS = Map.of(
            Polarity.WEAKNESS.id(),
            Polarity.weaknessIds(),
            Polarity.STRENGTH.id(),
            List.of(Polarity.STRENGTH.id()),
            "all",
            List.of());
    private static final Set<String> SINGLE = Set.of(
            Polarity.SIGNIFICANT_WEAKNESS.id(),
            Polarity.AREA_FOR_IMPROVEMENT.id(),
            Polarity.PRIORITY_ACTION.id(),
            Polarity.ACTION.id(),
            Polarity.NEUTRAL.id());

    private PolarityChoice() {}

    /**
     * The polarity ids a search should filter on for the given parameter values (empty: no
     * filter). Values are checked here so the message names the insight's own choices.
     */
    public static List<String> expand(List<String> values) {
        List<String> given = values == null || values.isEmpty() ? List.of(DEFAULT) : values;
        Set<String> ids = new LinkedHashSet<>();
        for (String raw : given) {
            String value = raw.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                value = DEFAULT;
            }
            if ("all".equals(value)) {
                return List.of();
            }
            List<String> group = GROUPS.get(value);
            if (group != null) {
                ids.addAll(group);
            } else if (SINGLE.contains(value)) {
                ids.add(value);
            } else {
                throw new InvalidSearchException(
                        "polarity must be 'weakness' (every weakness: significant weaknesses, areas for "
                                + "improvement and for priority action too), 'strength', 'significant-weakness', "
                                + "'area-for-improvement', 'priority-action', 'action', 'neutral' or 'all', not '"
                                + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'.");
            }
        }
        return new ArrayList<>(ids);
    }
}
