package org.sendsearch.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;
import java.util.Optional;

/**
 * The outcome an inspection document states: one of the three outcomes of a 2023-framework report,
 * or a revisit letter's verdict on progress. The index keeps the outcome sentence as written
 * ({@code outcome}); {@link #of(String)} reads which outcome that sentence states.
 */
public enum Outcome implements Identified {
    POSITIVE(
            "positive",
            "Typically positive experiences and outcomes",
            Framework.AREA_SEND_2023,
            "typically lead to positive"),
    INCONSISTENT(
            "inconsistent",
            "Inconsistent experiences and outcomes",
            Framework.AREA_SEND_2023,
            "inconsistent experiences and outcomes"),
    SYSTEMIC_FAILINGS(
            "systemic-failings",
            "Widespread and/or systemic failings",
            Framework.AREA_SEND_2023,
            "widespread and/or systemic failings"),
    /** Checked before {@link #SUFFICIENT_PROGRESS}, whose wording it contains. */
    INSUFFICIENT_PROGRESS(
            "insufficient-progress",
            "Not sufficient progress",
            Framework.JOINT_LOCAL_AREA_2016,
            "not made sufficient progress"),
    SUFFICIENT_PROGRESS(
            "sufficient-progress", "Sufficient progress", Framework.JOINT_LOCAL_AREA_2016, "made sufficient progress");

    private final Term term;
    private final Framework framework;
    private final String wording;

    Outcome(String id, String label, Framework framework, String wording) {
        this.term = new Term(id, label);
        this.framework = framework;
        this.wording = wording;
    }

    @Override
    public Term term() {
        return term;
    }

    /** The framework whose documents state this outcome. */
    public Framework framework() {
        return framework;
    }

    /** True for the outcomes that record a concern (anything but positive or sufficient progress). */
    public boolean isConcern() {
        return this == INCONSISTENT || this == SYSTEMIC_FAILINGS || this == INSUFFICIENT_PROGRESS;
    }

    /** The outcome with this id; fails, naming the allowed ids, for any other. */
    @JsonCreator
    public static Outcome fromId(String id) {
        return Ids.fromId(Outcome.class, "outcome", id);
    }

    /** The outcome an outcome sentence states (its fixed wording, ignoring case); empty if none. */
    public static Optional<Outcome> of(String sentence) {
        if (sentence == null) {
            return Optional.empty();
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (Outcome outcome : values()) {
            if (lower.contains(outcome.wording)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
