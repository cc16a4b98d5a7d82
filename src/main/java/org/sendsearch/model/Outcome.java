package org.sendsearch.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The outcome an inspection document states: one of the three outcomes of a 2023-framework report,
 * or a revisit letter's verdict on progress. The index keeps the outcome sentence as written
 * ({@code outcome}); how documents word each outcome is a rule table of the extraction
 * ({@code index-config/outcome-wordings.tsv}).
 */
public enum Outcome implements Identified {
    POSITIVE("positive", "Typically positive experiences and outcomes", Framework.AREA_SEND_2023),
    INCONSISTENT("inconsistent", "Inconsistent experiences and outcomes", Framework.AREA_SEND_2023),
    SYSTEMIC_FAILINGS("systemic-failings", "Widespread and/or systemic failings", Framework.AREA_SEND_2023),
    INSUFFICIENT_PROGRESS("insufficient-progress", "Not sufficient progress", Framework.JOINT_LOCAL_AREA_2016),
    SUFFICIENT_PROGRESS("sufficient-progress", "Sufficient progress", Framework.JOINT_LOCAL_AREA_2016);

    private final Term term;
    private final Framework framework;

    Outcome(String id, String label, Framework framework) {
        this.term = new Term(id, label);
        this.framework = framework;
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
}
