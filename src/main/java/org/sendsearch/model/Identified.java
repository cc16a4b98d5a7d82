package org.sendsearch.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A value of one of the fixed vocabularies: {@link #id()} is what the index stores, the URLs carry
 * and the JSON shows; {@link #label()} is what people read. Both come from the value's
 * {@link Term}, fixed by the enum constant, so each value's id and label are written in one place.
 */
public interface Identified {
    /** The value's id and label. */
    Term term();

    /** The stored id, lower case with hyphens ("significant-weakness"); the value's JSON. */
    @JsonValue
    default String id() {
        return term().id();
    }

    /** The human name ("Significant weakness"). */
    default String label() {
        return term().label();
    }

    /**
     * The stored id and the human name of a vocabulary value.
     *
     * @param id    what the index stores
     * @param label what people read
     */
    record Term(String id, String label) {}
}
