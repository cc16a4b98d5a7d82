package org.sendsearch.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The inspection framework an inspection document was written under. The two differ in what a
 * document states: a 2016 letter files strengths and areas for development under three questions
 * and may require a Written Statement of Action; a 2023 report states one of three outcomes for
 * the local area partnership.
 */
public enum Framework implements Identified {
    /** Ofsted/CQC joint local area SEND inspections, 2016 to 2022, and their revisits. */
    JOINT_LOCAL_AREA_2016("2016", "Joint local area SEND inspection (2016-2022)"),
    /** Area SEND inspections of the local area partnership, from 2023. */
    AREA_SEND_2023("2023", "Area SEND inspection (from 2023)");

    private final Term term;

    Framework(String id, String label) {
        this.term = new Term(id, label);
    }

    @Override
    public Term term() {
        return term;
    }

    /** The framework with this id; fails, naming the allowed ids, for any other. */
    @JsonCreator
    public static Framework fromId(String id) {
        return Ids.fromId(Framework.class, "framework", id);
    }
}
