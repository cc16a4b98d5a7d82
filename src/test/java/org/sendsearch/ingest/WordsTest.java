package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Words#count} is {@code split("\\s+").length}, edge cases included. */
class WordsTest {

    @Test
    void countsAsSplitDoes() {
        for (String text : List.of(
                "",
                " ",
                "   ",
                "a",
                " a",
                "a ",
                " a ",
                "a b",
                "a  b",
                "\ta\nb\r\n",
                "\u000Bx\fy",
                "a\u00A0b",
                "a\u2003b",
                " \u00A0 ",
                "Main findings: the area's leaders")) {
            assertEquals(text.split("\\s+").length, Words.count(text), "[" + text + "]");
        }
        String alphabet = "ab \t\n\r\u000B\f\u00A0\u2028é";
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(text.toString().split("\\s+").length, Words.count(text), "[" + text + "]");
        }
    }
}
