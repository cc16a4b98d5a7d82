package org.sendsearch.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Optional;

/** What kind of document a file is; the id is the value stored in the index. */
public enum DocumentType implements Identified {
    /** Ofsted/CQC joint local area SEND inspection outcome letter (2016-2022 framework). */
    INSPECTION_LETTER("inspection-letter", "Inspection letter", "letter"),
    /** Area SEND inspection report under the 2023 framework (outcome for the local area partnership). */
    INSPECTION_REPORT("inspection-report", "Inspection report", "report"),
    /** Letter after a revisit that checks progress on the significant weaknesses. */
    REVISIT_LETTER("revisit-letter", "Revisit letter", "letter"),
    /** Report of a 2023-framework monitoring inspection: is the partnership acting on its priority actions? */
    MONITORING_REPORT("monitoring-report", "Monitoring inspection report", "report"),
    /** A report to a council committee or board, a committee paper or minutes. */
    COUNCIL_REPORT("council-report", "Council report", "report"),
    /** A council news item, a press release or a news page. */
    PRESS_RELEASE("press-release", "Press release", "press release"),
    /** A post or news item of a parent carer forum. */
    FORUM_POST("forum-post", "Parent carer forum post", "post"),
    OTHER("other", "Other document", "document");

    private final Term term;
    private final String noun;

    DocumentType(String id, String label, String noun) {
        this.term = new Term(id, label);
        this.noun = noun;
    }

    @Override
    public Term term() {
        return term;
    }

    /** What a citation calls the document: "letter", "report", "press release" or "document". */
    public String noun() {
        return noun;
    }

    /** The type with this id; fails, naming the allowed ids, for any other. */
    @JsonCreator
    public static DocumentType fromId(String id) {
        return Ids.fromId(DocumentType.class, "document type", id);
    }

    /**
     * True for the inspection documents, written by the inspectorates, which carry a sign-off, an
     * inspection team and findings filed under the inspected questions.
     */
    public boolean isInspectorateLetter() {
        return this == INSPECTION_LETTER
                || this == INSPECTION_REPORT
                || this == MONITORING_REPORT
                || this == REVISIT_LETTER;
    }

    /** True for the documents a council publishes (committee reports and news items). */
    public boolean isCouncilDocument() {
        return this == COUNCIL_REPORT || this == PRESS_RELEASE;
    }

    /** The inspection framework an inspection document belongs to; empty for the others. */
    public Optional<Framework> framework() {
        return switch (this) {
            case INSPECTION_LETTER, REVISIT_LETTER -> Optional.of(Framework.JOINT_LOCAL_AREA_2016);
            case INSPECTION_REPORT, MONITORING_REPORT -> Optional.of(Framework.AREA_SEND_2023);
            default -> Optional.empty();
        };
    }
}
