package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.Section;

/**
 * A 2023 report's areas for priority action and for improvement: passages of their own, with their
 * own section and polarity and the partner responsible, whether the report lists them or tables
 * them (in HTML, and in a PDF whose two columns wrap independently); and the same heading under a
 * 2016 letter's question, where it stays that question's weaknesses.
 */
class ActionListsTest {
    private static final String HEAD = "Area SEND inspection of Sefton Local Area Partnership\n\n"
            + "Inspection dates: 4 to 8 March 2024\n\nDates of previous inspection: 6 to 10 November 2017\n\n"
            + "Inspection outcome\n\nThere are widespread and/or systemic failings leading to significant concerns"
            + " about the experiences and outcomes of children and young people with special educational needs"
            + " and/or disabilities (SEND), which the local area partnership must address urgently.\n\n"
            + "What does the area partnership need to do better?\n\n"
            + "Too many children wait more than two years for an autism assessment.\n\n";

    private static final String LISTED = HEAD
            + "Areas for priority action\n\n"
            + "Leaders from the local authority and ICB should urgently improve the timeliness of EHC plans.\n\n"
            + "NHS Cheshire and Merseyside ICB must reduce the waits for neurodevelopmental assessment.\n\n"
            + "Areas for improvement\n\n"
            + "The local area partnership should improve communication with families.\n\n"
            + "Leaders across the partnership should continue to improve:\n\n"
            + "- transition planning for young people moving to adult services\n\n"
            + "- the local offer\n\n"
            + "Local area partnership details\n\nLocal authority\tIntegrated care board\n";

    @Test
    void listedItemsNameTheirPartnerAsTheirSubject(@TempDir Path dir) throws IOException {
        ExtractedDocument document = extract(dir, "report.txt", LISTED.getBytes(StandardCharsets.UTF_8));
        List<Passage> priority = of(document, Section.PRIORITY_ACTIONS);
        assertEquals(2, priority.size());
        priority.forEach(p -> assertEquals(Polarity.PRIORITY_ACTION, p.polarity()));
        assertEquals("Leaders from the local authority and ICB", priority.get(0).responsible());
        assertEquals("NHS Cheshire and Merseyside ICB", priority.get(1).responsible());

        List<Passage> improvement = of(document, Section.AREAS_FOR_IMPROVEMENT);
        assertEquals(4, improvement.size(), improvement.toString());
        improvement.forEach(p -> assertEquals(Polarity.AREA_FOR_IMPROVEMENT, p.polarity(), p.text()));
        assertEquals("The local area partnership", improvement.get(0).responsible());
        assertEquals("Leaders across the partnership", improvement.get(1).responsible());
        assertEquals("Leaders across the partnership", improvement.get(3).responsible(), "an item keeps its lead-in's");

        Passage finding = of(document, Section.DO_BETTER).get(0);
        assertEquals(Polarity.WEAKNESS, finding.polarity());
        assertNull(finding.responsible(), "only the action lists name a partner");
        assertTrue(document.significantWeaknesses().isEmpty(), "priority actions are not 2016 significant weaknesses");
    }

    @Test
    void anHtmlTableGivesThePartnerCellAndTheItemAsThePassage(@TempDir Path dir) throws IOException {
        String html = "<html><body><h1>Area SEND inspection of Sefton Local Area Partnership</h1>"
                + "<p>Inspection dates: 4 to 8 March 2024</p><h2>Inspection outcome</h2><p>The local area partnership's"
                + " arrangements lead to inconsistent experiences and outcomes for children and young people with"
                + " special educational needs and/or disabilities (SEND).</p>"
                + "<h2>What does the area partnership need to do better?</h2><p>Waits for therapy are long.</p>"
                + "<h2>Areas for improvement</h2><table><tr><th>Responsible body</th><th>Areas for improvement</th></tr>"
                + "<tr><td>Sefton Council and NHS Cheshire and Merseyside ICB</td>"
                + "<td>Leaders should improve the quality of EHC plans and annual reviews.</td></tr>"
                + "<tr><td>NHS Cheshire and Merseyside ICB</td>"
                + "<td>Leaders should reduce waiting times for speech and language therapy.</td></tr></table>"
                + "<h2>Local area partnership details</h2></body></html>";
        ExtractedDocument document = extract(dir, "report.html", html.getBytes(StandardCharsets.UTF_8));
        List<Passage> improvement = of(document, Section.AREAS_FOR_IMPROVEMENT);
        assertEquals(2, improvement.size(), improvement.toString());
        assertEquals(
                "Sefton Council and NHS Cheshire and Merseyside ICB",
                improvement.get(0).responsible());
        assertEquals(
                "Leaders should improve the quality of EHC plans and annual reviews.",
                improvement.get(0).text());
        assertEquals("NHS Cheshire and Merseyside ICB", improvement.get(1).responsible());
        assertEquals(
                improvement.get(1).text(),
                document.text()
                        .substring(
                                improvement.get(1).start(), improvement.get(1).end()),
                "the passage is the item's cell of the cleaned text");
    }

    @Test
    void aPdfTableWhoseColumnsWrapApartIsReadRowByRow(@TempDir Path dir) throws IOException {
        List<String[]> rows = List.of(
                new String[] {
                    "Sefton Council and NHS Cheshire and Merseyside ICB",
                    "Leaders from the local authority and ICB should urgently work together to improve their shared"
                            + " strategic governance, oversight and planning of services for children and young people"
                            + " with SEND."
                },
                new String[] {
                    "NHS Cheshire and Merseyside ICB and Sefton Council",
                    "Leaders should reduce the waits for neurodevelopmental assessment and diagnosis."
                });
        ExtractedDocument document = extract(dir, "report.pdf", tablePdf(rows));
        List<Passage> priority = of(document, Section.PRIORITY_ACTIONS);
        assertEquals(2, priority.size(), priority.toString());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i)[0], priority.get(i).responsible());
            assertEquals(rows.get(i)[1], priority.get(i).text());
            assertEquals(Polarity.PRIORITY_ACTION, priority.get(i).polarity());
        }
        assertFalse(
                document.text().contains("Area SEND inspection report: Sefton"),
                "the running footer of every page is furniture, not text");
        assertEquals("Area SEND inspection of Sefton Local Area Partnership", document.title());
    }

    @Test
    void underA2016QuestionAreasForImprovementAreThatQuestionsWeaknesses(@TempDir Path dir) throws IOException {
        String letter = "Joint local area SEND inspection in Sefton\n\n12 May 2019\n\nDear Ms Example\n\n"
                + "Main findings\n\n"
                + "The effectiveness of the local area in identifying children and young people's special educational"
                + " needs and/or disabilities\n\n"
                + "Strengths\n\n- Health visitors identify needs early and refer children promptly.\n\n"
                + "Areas for improvement\n\n- Leaders should make sure that the needs of older children are identified.\n\n"
                + "Yours sincerely\n\nA. N. Example\n\nHer Majesty's Inspector\n";
        ExtractedDocument document = extract(dir, "letter.txt", letter.getBytes(StandardCharsets.UTF_8));
        Passage weakness = document.passages().stream()
                .filter(p -> p.text().startsWith("Leaders should"))
                .findFirst()
                .orElseThrow();
        assertEquals(Section.IDENTIFYING, weakness.section());
        assertEquals(Polarity.WEAKNESS, weakness.polarity());
        assertNull(weakness.responsible());
    }

    private static List<Passage> of(ExtractedDocument document, Section section) {
        return document.passages().stream().filter(p -> p.section() == section).toList();
    }

    private static ExtractedDocument extract(Path dir, String name, byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        return TestCorpus.document(file, dir);
    }

    /**
     * The report's head on a first page, then the priority actions table over the next pages, its
     * two columns drawn apart (the partner at the left margin, the item from a third of the way
     * across), each wrapped to its own width, and a running footer on every page.
     */
    private static byte[] tablePdf(List<String[]> rows) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> head = new ArrayList<>();
            for (String block : HEAD.split("\n\n")) {
                head.addAll(wrap(block, 95));
                head.add("");
            }
            head.add("Areas for priority action");
            page(document, font, head, List.of(), 1);
            List<String[]> table = new ArrayList<>();
            table.add(new String[] {"Responsible body", "Areas for priority action"});
            table.add(new String[] {"", ""});
            for (String[] row : rows) {
                List<String> left = wrap(row[0], 26);
                List<String> right = wrap(row[1], 50);
                for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                    table.add(new String[] {i < left.size() ? left.get(i) : "", i < right.size() ? right.get(i) : ""});
                }
                table.add(new String[] {"", ""});
            }
            page(document, font, List.of(), table, 2);
            page(
                    document,
                    font,
                    List.of("Local area partnership details", "", "Local authority: Sefton Council"),
                    List.of(),
                    3);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void page(
            PDDocument document, PDType1Font font, List<String> lines, List<String[]> table, int number)
            throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            float y = 740;
            for (String line : lines) {
                text(content, font, 60, y, line);
                y -= 12;
            }
            for (String[] row : table) {
                text(content, font, 60, y, row[0]);
                text(content, font, 230, y, row[1]);
                y -= 12;
            }
            text(
                    content,
                    font,
                    60,
                    40,
                    "Area SEND inspection report: Sefton Local Area Partnership 4 to 8 March 2024 " + number);
        }
    }

    private static void text(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static List<String> wrap(String line, int width) {
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        pieces.add(rest);
        return pieces;
    }
}
