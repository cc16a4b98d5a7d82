package org.sendsearch.model;

/**
 * A value of one of the fixed vocabularies: {@link #id()} is what the index stores, the URLs carry
 * and the JSON shows; {@link #label()} is what people read. Both are fixed by the enum constant, so
 * each value's id and label are written in one place.
 */
public interface Identified {
    /** The stored id, lower case with hyphens ("significant-weakness"). */
    String id();

    /** The human name ("Significant weakness"). */
    String label();
}
