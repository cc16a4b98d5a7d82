package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The inspectorates' own address lines never name the area, in any layout of letterhead or footer. */
class InspectorateAddressTest {
    /** A letter that names its area once, as the letters about a revisit can. */
    private static final String BODY = "Dear Ms Example\n\n"
            + "Between 3 and 5 March 2020, Ofsted and the Care Quality Commission revisited the local area of Sefton"
            + " to decide whether sufficient progress had been made.\n\n"
            + "Yours sincerely\n\nA. N. Example\nHer Majesty's Inspector\n";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Agora\n6 Cumberland Place\nNottingham\nNG1 6HJ\n\nT 0300 123 1231\nwww.gov.uk/ofsted\n\n",
                "Ofsted\nAgora, 6 Cumberland Place, Nottingham NG1 6HJ\n\n",
                "Piccadilly Gate\nStore Street\nManchester\nM1 2WD\n\n",
                "Care Quality Commission\nCitygate\nGallowgate\nNewcastle upon Tyne\nNE1 4PA\n\n",
                "Clive House\n70 Petty France\nLondon\nSW1H 9EX\n\n"
            })
    void aLetterheadNeverNamesTheArea(String letterhead, @TempDir Path dir) throws IOException {
        assertEquals("Sefton", area(dir, "letter.txt", letterhead + "14 April 2020\n\n" + BODY));
        assertEquals("Sefton", area(dir, "footer.txt", "14 April 2020\n\n" + BODY + "\n" + letterhead));
    }

    @Test
    void anHtmlLetterheadNeverNamesTheArea(@TempDir Path dir) throws IOException {
        String html = "<html><body><address>Agora<br>6 Cumberland Place<br>Nottingham<br>NG1 6HJ</address>"
                + "<p>14 April 2020</p>" + BODY.replace("\n\n", "</p><p>") + "</body></html>";
        assertEquals("Sefton", area(dir, "letter.html", html));
    }

    @Test
    void theSamePlaceNamesInTheBodyStillCount(@TempDir Path dir) throws IOException {
        String text = "Agora\n6 Cumberland Place\nNottingham\nNG1 6HJ\n\n14 April 2023\n\n"
                + "Area SEND inspection of Cumberland Local Area Partnership\n\n"
                + "Between 13 and 17 March 2023, Ofsted and the Care Quality Commission carried out an inspection of"
                + " the local area partnership in Cumberland.\n";
        assertEquals("Cumberland", area(dir, "report.txt", text));
    }

    @Test
    void wordsThatOnlyContainAListedPhraseAreRead(@TempDir Path dir) throws IOException {
        assertEquals(
                "some agoraphobia support in Sefton",
                InspectorateAddresses.blanked("some agoraphobia support in Sefton"));
        assertEquals(
                "          \nSefton",
                InspectorateAddresses.blanked("Agora NG1 \nSefton"),
                "a known line, no postcode after it");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A. N. Example\nHer Majesty's Inspector",
                "A.N. Example\nHis Majesty's Inspector",
                "Dr A. N. Example HMI",
                "Anne Example\nLead Inspector"
            })
    void theLeadInspectorIsReadFromTheSignOff(String signature, @TempDir Path dir) throws IOException {
        String letter = "14 April 2020\n\nDear Ms Example\n\nJoint local area SEND inspection in Sefton\n\n"
                + "Between 3 and 5 March 2020, Ofsted and the Care Quality Commission conducted a joint inspection of the"
                + " local area of Sefton to judge the effectiveness of the area in implementing the reforms.\n\n"
                + "Main findings\n\nLeaders know the area well.\n\nYours sincerely\n\n" + signature + "\n";
        ExtractedDocument document = TestCorpus.document(Files.writeString(dir.resolve("l.txt"), letter), dir);
        assertEquals(org.sendsearch.model.DocumentType.INSPECTION_LETTER, document.type());
        assertEquals(
                signature.contains("Anne")
                        ? "Anne Example"
                        : signature.contains("A.N.") ? "A.N. Example" : "A. N. Example",
                document.leadInspector());
    }

    private static String area(Path dir, String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        return TestCorpus.document(file, dir).area();
    }
}
