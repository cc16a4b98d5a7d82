package org.sendsearch.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a passage reports something going well, going badly, or being done about it. */
public enum Polarity {
    STRENGTH("strength"),
    WEAKNESS("weakness"),
    SIGNIFICANT_WEAKNESS("significant-weakness"),
    /** Council reports' actions and progress so far. */
    ACTION("action"),
    NEUTRAL("neutral");

    private final String id;

    Polarity(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
