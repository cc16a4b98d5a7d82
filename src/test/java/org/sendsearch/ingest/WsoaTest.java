package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendsearch.model.DocumentType;

/** Whether a WSOA was required, read as inspectorates, councils and the press write it. */
class WsoaTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "HMCI has determined that a written statement of action (WSOA) is required because of significant"
                        + " areas of weakness in the local area's practice.|true",
                "As a result of the inspection, a WSoA was required.|true",
                "The local area was required to produce a statement of action.|true",
                "Sefton was issued with a WSOA in 2019.|true",
                "The inspection resulted in a Written Statement of Action.|true",
                "The council and CCG had to submit a written statement of action to Ofsted.|true",
                "Progress against the WSOA is reported to the board each quarter.|true",
                "A written statement of action is not required.|false",
                "The area was not required to produce a written statement of action.|false",
                "There was no requirement for a WSOA.|false",
                "The inspection concluded without a written statement of action.|false",
                "The area did not need a WSOA.|false"
            })
    void readsWhetherOneWasRequired(String sentence, boolean required) {
        assertEquals(
                required,
                InspectionOutcome.wsoaRequired(
                        "Summary\n\n" + sentence + "\n", DocumentType.COUNCIL_REPORT, List.of()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The council has published a statement of its actions on transport.",
                "The WSOA process is explained on our website."
            })
    void unknownWhenNothingIsSaid(String sentence) {
        assertEquals(null, InspectionOutcome.wsoaRequired(sentence + "\n", DocumentType.COUNCIL_REPORT, List.of()));
    }
}
