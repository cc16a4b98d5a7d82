package org.sendsearch.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of document a file is; the id is the value stored in the index. */
public enum DocumentType {
    /** Ofsted/CQC joint local area SEND inspection outcome letter (2016-2022 framework). */
    INSPECTION_LETTER("inspection-letter"),
    /** Area SEND inspection report under the 2023 framework (outcome for the local area partnership). */
    INSPECTION_REPORT("inspection-report"),
    /** Letter after a revisit that checks progress on the significant weaknesses. */
    REVISIT_LETTER("revisit-letter"),
    /** A report to a council committee or board. */
    COUNCIL_REPORT("council-report"),
    /** A council news item. */
    PRESS_RELEASE("press-release"),
    OTHER("other");

    private final String id;

    DocumentType(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** True for the documents written by the inspectorates, which carry a sign-off and an inspection team. */
    public boolean isInspectorateLetter() {
        return this == INSPECTION_LETTER || this == INSPECTION_REPORT || this == REVISIT_LETTER;
    }
}
