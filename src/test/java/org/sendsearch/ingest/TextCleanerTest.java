package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cleaner's general rules, each on a small made-up text. */
class TextCleanerTest {
    private static final String PAGE_BREAK = "\n\n\n\n\n";

    private static List<String> blocks(String raw) {
        CleanText clean = new TextCleaner(TestCorpus.rules().headings()).clean(new RawText(raw, false, "test"));
        return clean.blocks().stream()
                .map(b -> b.kind().name().charAt(0) + "[" + b.label() + "] " + b.text())
                .toList();
    }

    @Test
    void bulletGlyphsAndLabelsAreNormalised() {
        assertEquals(
                List.of(
                        "I[-] One.",
                        "I[-] Two.",
                        "I[-] Three.",
                        "I[-] Four.",
                        "I[3.5] Five.",
                        "I[a)] Six.",
                        "I[2)] Seven."),
                blocks("■ One.\n• Two.\n- Three.\n* Four.\n3.5 Five.\n- a) Six.\n2) Seven."));
    }

    @Test
    void everyKindOfBulletGlyphIsNormalised() {
        // ◼ is what Ofsted's published PDF reports put before each list item.
        List<String> glyphs = List.of("◼", "◾", "◆", "▸", "⬛", "⬤", "∙", "‣", "✓", "❖", "➤", "→", "\uF0B7", "\uF0A7");
        for (String glyph : glyphs) {
            assertEquals(
                    List.of("I[-] Leaders have a clear strategy.", "I[-] Waiting times are too long."),
                    blocks(glyph + " Leaders have a clear strategy.\n" + glyph + " Waiting times are too long."),
                    "glyph U+" + Integer.toHexString(glyph.codePointAt(0)).toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void aShapeInsideALineIsText() {
        assertEquals(List.of("P[] Outcome ◼ positive"), blocks("Outcome ◼ positive"));
    }

    @Test
    void markupIsRemoved() {
        assertEquals(
                List.of(
                        "P[] Monday , 7th February 2022",
                        "H[] REPORT SUMMARY",
                        "P[] Bold and italic and a link & more."),
                blocks(
                        "**Monday , 7<sup>th</sup> February 2022**\n\n## **REPORT SUMMARY**\n\n<b>Bold</b> and *italic* and [a link](http://x.org) &amp; more."));
    }

    @Test
    void aSentenceRunningOverAPageBreakIsJoined() {
        assertEquals(
                List.of("I[-] Leaders know the area. Senior leaders and frontline staff work well."),
                blocks("- Leaders know the area. Senior leaders and frontline" + PAGE_BREAK + "staff work well."));
    }

    @Test
    void aRestartedBulletInLowerCaseIsJoined() {
        assertEquals(
                List.of("I[-] Consequently, there are marked improvements."),
                blocks("- Consequently, there are" + PAGE_BREAK + "- marked improvements."));
    }

    @Test
    void aConnectiveAfterAPageBreakContinuesTheItem() {
        assertEquals(
                List.of("I[-] They refreshed the offer with parents. Consequently, it is used more."),
                blocks("- They refreshed the offer with parents." + PAGE_BREAK + "Consequently, it is used more."));
    }

    @Test
    void aNewCapitalisedBulletAfterAPageBreakIsANewItem() {
        assertEquals(
                List.of("I[-] One finding ends here.", "I[-] Another starts."),
                blocks("- One finding ends here." + PAGE_BREAK + "- Another starts."));
    }

    @Test
    void aListOfPhrasesKeepsItsItemsApartAcrossAPageBreak() {
        assertEquals(
                List.of("I[-] the first weakness in the earliest years", "P[] the second weakness."),
                blocks("- the first weakness in the earliest years" + PAGE_BREAK + "the second weakness."));
    }

    @Test
    void aDanglingWordJoinsAcrossABlankLine() {
        assertEquals(
                List.of("I[-] Young people have an effective assessment."),
                blocks("- Young people have an\n\neffective assessment."));
    }

    @Test
    void aFinishedParagraphIsNotJoinedToTheNext() {
        assertEquals(
                List.of("P[] Dear Mr Reddy", "P[] Joint local area SEND inspection in Liverpool"),
                blocks("Dear Mr Reddy\n\nJoint local area SEND inspection in Liverpool"));
    }

    @Test
    void hardWrappedTextIsUnwrapped() {
        String line = "This paragraph was wrapped by a word processor at about seventy characters";
        String raw = (line + "\nwide, so it continues here. " + line + "\nand here.\n\n").repeat(4);
        List<String> blocks = blocks(raw);
        assertEquals(4, blocks.size(), blocks.toString());
        assertEquals("P[] " + line + " wide, so it continues here. " + line + " and here.", blocks.get(0));
    }
}
