package org.sendsearch.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The fixed vocabulary of document parts a passage can belong to. */
public enum Section {
    MAIN_FINDINGS("main-findings"),
    /** "The effectiveness of the local area in identifying ..." */
    IDENTIFYING("identifying"),
    /** "... in meeting the needs of ..." */
    MEETING_NEEDS("meeting-needs"),
    /** "... in improving outcomes for ..." */
    IMPROVING_OUTCOMES("improving-outcomes"),
    /** The areas of significant weakness a Written Statement of Action must tackle. */
    SIGNIFICANT_WEAKNESSES("significant-weaknesses"),
    SUMMARY("summary"),
    RECOMMENDATIONS("recommendations"),
    BACKGROUND("background"),
    /** A council's response: actions and progress so far. */
    PROGRESS("progress"),
    OTHER("other");

    private final String id;

    Section(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
