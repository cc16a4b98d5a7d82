package org.sendsearch.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The fixed vocabulary of document parts a passage can belong to. The order of the constants is
 * the order facets list them in, so sections read as they do in a letter.
 */
public enum Section implements Identified {
    MAIN_FINDINGS("main-findings", "Main findings"),
    /** "The effectiveness of the local area in identifying ..." */
    IDENTIFYING("identifying", "Identifying needs"),
    /** "... in meeting the needs of ..." */
    MEETING_NEEDS("meeting-needs", "Meeting needs"),
    /** "... in improving outcomes for ..." */
    IMPROVING_OUTCOMES("improving-outcomes", "Improving outcomes"),
    /** A 2023 report's "What is it like to be a child or young person with SEND in this area?". */
    EXPERIENCES("experiences", "Experiences of children and young people"),
    /** A 2023 report's "What is the area partnership doing that is effective?". */
    EFFECTIVE("effective", "What the partnership does well"),
    /** A 2023 report's "What does the area partnership need to do better?". */
    DO_BETTER("do-better", "What the partnership needs to do better"),
    /** A 2023 report's "Areas for priority action": what a partnership with systemic failings must fix first. */
    PRIORITY_ACTIONS("priority-actions", "Areas for priority action"),
    /** A 2023 report's "Areas for improvement". */
    AREAS_FOR_IMPROVEMENT("areas-for-improvement", "Areas for improvement"),
    /** The areas of significant weakness a Written Statement of Action must tackle. */
    SIGNIFICANT_WEAKNESSES("significant-weaknesses", "Significant weaknesses"),
    SUMMARY("summary", "Summary"),
    RECOMMENDATIONS("recommendations", "Recommendations"),
    BACKGROUND("background", "Background"),
    /**
     * The standard text every letter or report repeats (what the inspectors did, who must submit the
     * written statement): searchable, but not a finding, so research leaves it out.
     */
    STANDARD("standard", "Standard text"),
    /** A council's response: actions and progress so far. */
    PROGRESS("progress", "Actions and progress"),
    OTHER("other", "Other");

    private final Term term;

    Section(String id, String label) {
        this.term = new Term(id, label);
    }

    @Override
    public Term term() {
        return term;
    }

    /** The section with this id; fails, naming the allowed ids, for any other. */
    @JsonCreator
    public static Section fromId(String id) {
        return Ids.fromId(Section.class, "section", id);
    }

    /**
     * True for the three questions a 2016-framework inspection answers (identifying, meeting needs,
     * improving outcomes), under each of which a letter files its strengths and areas for development.
     */
    public boolean isInspectedQuestion() {
        return this == IDENTIFYING || this == MEETING_NEEDS || this == IMPROVING_OUTCOMES;
    }

    /**
     * True for the lists a 2023 report ends its findings with (areas for priority action and for
     * improvement): each item names what a partner must do, and may name the partner.
     */
    public boolean isActionList() {
        return this == PRIORITY_ACTIONS || this == AREAS_FOR_IMPROVEMENT;
    }
}
