package org.sendsearch.synth;

import java.util.List;

/**
 * How councils, the press and parent carer forums restate an inspection's result in their own
 * words: a 2023 outcome paraphrased or quoted in part, and a 2016 inspection's Written Statement of
 * Action as "WSoA", "statement of action" or "was required". None says "local area partnership" next
 * to the outcome, which is how a report states it.
 */
final class Paraphrases {
    private static final List<List<String>> OUTCOMES = List.of(
            List.of(
                    "Inspectors found that arrangements in %s typically lead to positive experiences and outcomes for "
                            + "children and young people with SEND.",
                    "%s received the highest of the three possible inspection outcomes.",
                    "The inspection found that the area's SEND arrangements typically lead to positive experiences and "
                            + "outcomes for children and families in %s."),
            List.of(
                    "Inspectors judged that arrangements in %s lead to inconsistent experiences and outcomes for "
                            + "children and young people with SEND.",
                    "%s received the middle of the three possible inspection outcomes.",
                    "The report says the area's arrangements \"lead to inconsistent experiences and outcomes\" for "
                            + "children and young people in %s."),
            List.of(
                    "Inspectors found widespread and/or systemic failings leading to significant concerns about the "
                            + "experiences of children and young people with SEND in %s.",
                    "%s received the lowest of the three possible inspection outcomes.",
                    "The report identified \"widespread and/or systemic failings\" in the support for children and young "
                            + "people with SEND in %s."));
    private static final List<String> WSOA = List.of(
            "Following the inspection, a Written Statement of Action (WSoA) was required.",
            "As a result, the council and its health partners had to submit a statement of action to Ofsted.",
            "The inspection resulted in a WSoA setting out how the significant weaknesses will be addressed.",
            "A written statement of action was required because of significant areas of weakness in the area's practice.");
    private static final List<String> NO_WSOA = List.of(
            "The area was not required to produce a Written Statement of Action.",
            "There was no requirement for a WSOA.",
            "No statement of action was required.");

    private Paraphrases() {}

    /** Outcome {@code index} (0 positive, 1 inconsistent, 2 systemic) in one of its restated forms. */
    static SyntheticDocument.Stated outcome(int index, String area, Variation v) {
        return new SyntheticDocument.Stated(
                AreaReportWriter.OUTCOME_OF.get(index), null, String.format(v.pick(OUTCOMES.get(index)), area));
    }

    /** Whether a WSOA was required, as councils write it. */
    static SyntheticDocument.Stated wsoa(boolean required, Variation v) {
        return new SyntheticDocument.Stated(null, required, v.pick(required ? WSOA : NO_WSOA));
    }

    /** What an inspection of {@code year} found, in one sentence: the 2023 outcome or the WSOA. */
    static SyntheticDocument.Stated result(int year, String area, Variation v) {
        return year >= 2023 ? outcome(v.random().nextInt(3), area, v) : wsoa(v.chance(50), v);
    }
}
