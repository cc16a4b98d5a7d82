package org.sendsearch.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a passage reports something going well, going badly, or being done about it. The order
 * of the constants is the order facets list them in.
 */
public enum Polarity implements Identified {
    STRENGTH("strength", "Strength"),
    WEAKNESS("weakness", "Weakness"),
    SIGNIFICANT_WEAKNESS("significant-weakness", "Significant weakness"),
    /** An item of a 2023 report's "Areas for improvement". */
    AREA_FOR_IMPROVEMENT("area-for-improvement", "Area for improvement"),
    /** An item of a 2023 report's "Areas for priority action", the most serious of its findings. */
    PRIORITY_ACTION("priority-action", "Area for priority action"),
    /** Council reports' actions and progress so far. */
    ACTION("action", "Action"),
    NEUTRAL("neutral", "Neutral");

    /** The weaknesses of any seriousness, in vocabulary order: what "weaknesses" counts everywhere. */
    public static final List<Polarity> WEAKNESSES =
            Arrays.stream(values()).filter(Polarity::isWeakness).toList();

    private final Term term;

    Polarity(String id, String label) {
        this.term = new Term(id, label);
    }

    @Override
    public Term term() {
        return term;
    }

    /** The polarity with this id; fails, naming the allowed ids, for any other. */
    @JsonCreator
    public static Polarity fromId(String id) {
        return Ids.fromId(Polarity.class, "polarity", id);
    }

    /**
     * True for a weakness of any seriousness: a weakness, a significant weakness, an area for
     * improvement or an area for priority action.
     */
    public boolean isWeakness() {
        return this == WEAKNESS
                || this == SIGNIFICANT_WEAKNESS
                || this == AREA_FOR_IMPROVEMENT
                || this == PRIORITY_ACTION;
    }

    /** True for the most serious findings of either framework: a significant weakness or an area for priority action. */
    public boolean isSerious() {
        return this == SIGNIFICANT_WEAKNESS || this == PRIORITY_ACTION;
    }

    /** The ids of {@link #WEAKNESSES}. */
    public static List<String> weaknessIds() {
        return WEAKNESSES.stream().map(Polarity::id).toList();
    }

    /** True when {@code id} is the id of a weakness of any seriousness; false for null or any other id. */
    public static boolean isWeaknessId(String id) {
        return WEAKNESSES.stream().anyMatch(polarity -> polarity.id().equals(id));
    }
}
