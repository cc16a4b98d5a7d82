package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendsearch.model.DocumentType;

/**
 * Every kind of document, typed by its own wording with or without a header block, in text, Markdown,
 * HTML and PDF: the same text gives the same type in every format.
 */
class DocumentTypesTest {
    private static final String COUNCIL_NO_HEADER = "Sefton Council\n\nReport to the Children's Services Committee\n\n"
            + "Local area SEND inspection: the outcome and our response\n\n1. Purpose of the report\n\n"
            + "Ofsted and the Care Quality Commission inspected the local area partnership in March 2024. This report"
            + " sets out what inspectors found.\n\n2. Recommendations:\n\nThe committee is asked to note the report.\n\n"
            + "3. Financial implications\n\nThere are none.\n";
    private static final String MINUTES = "Minutes of the meeting of the Schools Forum held on 12 March 2024\n\n"
            + "Present: Councillor A Example (Chair)\n\nApologies for absence were received from B Example.\n\n"
            + "Declarations of interest\n\nNone.\n\nSEND inspection\n\nThe forum heard that a written statement of action"
            + " is required. Resolved: that the update be noted.\n";
    private static final String PRESS = "Sefton responds to SEND inspection\n\nFor immediate release\n\n"
            + "Ofsted and the Care Quality Commission have published the report of their inspection of SEND services.\n\n"
            + "Councillor A Example said: \"We accept the findings.\"\n\nMedia enquiries: press office, 0151 000 0000.\n";
    private static final String FORUM = "Sefton Parent Carer Forum\n\nNews: the SEND inspection report is out\n\n"
            + "Thank you to the many parents who spoke to inspectors from Ofsted and CQC. The report says arrangements"
            + " lead to inconsistent experiences and outcomes for our children.\n";
    private static final String MARKDOWN_LETTER = "# Joint local area SEND inspection in Sefton\n\n14 April 2020\n\n"
            + "Dear Ms Example\n\nBetween 3 and 5 March 2020, Ofsted and the Care Quality Commission (CQC) conducted a"
            + " joint inspection of the local area of Sefton to judge the effectiveness of the area in implementing the"
            + " disability and special educational needs reforms.\n\n## Main findings\n\n- Leaders know the area well.\n\n"
            + "Yours sincerely\n\nA. N. Example\nHer Majesty's Inspector\n";
    private static final String DFE_LETTER = "Department for Education\n\n2 June 2020\n\nDear Director\n\n"
            + "Following the joint local area SEND inspection by Ofsted and the Care Quality Commission (CQC) in March,"
            + " I am writing about the written statement of action. Please send it to us by 30 June.\n\n"
            + "Yours sincerely\n\nA Example\nSEND Adviser\n";
    private static final String REVISIT_NOTICE = "Dear Ms Example\n\nNotification of the revisit to Sefton\n\n"
            + "Ofsted and the Care Quality Commission (CQC) will revisit the area from 3 March 2020 to check progress on"
            + " the area SEND inspection's significant weaknesses. Please confirm the arrangements.\n\n"
            + "Yours sincerely\n\nA Example\nInspection support\n";
    private static final String REPORT_2023 = "Area SEND inspection of Sefton Local Area Partnership\n\n"
            + "Inspection dates: 4 to 8 March 2024\n\nInspection outcome\n\nThe local area partnership's arrangements lead"
            + " to inconsistent experiences and outcomes for children and young people with special educational needs"
            + " and/or disabilities (SEND).\n\nOfsted and CQC ask that the local area partnership updates its strategic"
            + " plan based on the recommendations set out in this report.\n\nWhat is it like to be a child or young"
            + " person with SEND in this area?\n\nChildren wait too long for assessments.\n";
    private static final String MONITORING = "Area SEND monitoring inspection of Sefton Local Area Partnership\n\n"
            + "Inspection dates: 4 to 6 June 2025\n\nOfsted and the Care Quality Commission (CQC) carried out a monitoring"
            + " inspection to evaluate the effectiveness of actions on the areas for priority action.\n\n"
            + "Leaders have taken effective action on the first area for priority action.\n";

    @ParameterizedTest
    @CsvSource({
        "COUNCIL_NO_HEADER, council-report",
        "MINUTES, council-report",
        "PRESS, press-release",
        "FORUM, forum-post",
        "MARKDOWN_LETTER, inspection-letter",
        "DFE_LETTER, other",
        "REVISIT_NOTICE, other",
        "REPORT_2023, inspection-report",
        "MONITORING, monitoring-report"
    })
    void eachKindIsTypedInEveryFormat(String fixture, String type, @TempDir Path dir) throws IOException {
        String text = text(fixture);
        DocumentType expected = DocumentType.fromId(type);
        String extension = fixture.equals("MARKDOWN_LETTER") ? "md" : "txt";
        assertEquals(expected, typeOf(dir, "doc." + extension, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(
                expected,
                typeOf(dir, "doc.html", html(text).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "html");
        assertEquals(expected, typeOf(dir, "doc.pdf", pdf(text.replaceAll("(?m)^#+ ", ""))), "pdf");
    }

    private static String text(String fixture) {
        return switch (fixture) {
            case "COUNCIL_NO_HEADER" -> COUNCIL_NO_HEADER;
            case "MINUTES" -> MINUTES;
            case "PRESS" -> PRESS;
            case "FORUM" -> FORUM;
            case "MARKDOWN_LETTER" -> MARKDOWN_LETTER;
            case "DFE_LETTER" -> DFE_LETTER;
            case "REVISIT_NOTICE" -> REVISIT_NOTICE;
            case "REPORT_2023" -> REPORT_2023;
            case "MONITORING" -> MONITORING;
            default -> throw new IllegalArgumentException(fixture);
        };
    }

    private static DocumentType typeOf(Path dir, String name, byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        return TestCorpus.document(file, dir).type();
    }

    /** The text as an HTML page: "# " lines as headings, blocks as paragraphs, lines kept apart by breaks. */
    private static String html(String text) {
        StringBuilder out = new StringBuilder("<!doctype html><html><body>");
        for (String block : text.split("\n\n")) {
            String escaped = block.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
            if (escaped.startsWith("#")) {
                out.append("<h2>").append(escaped.replaceFirst("^#+ ", "")).append("</h2>");
            } else if (escaped.startsWith("- ")) {
                out.append("<ul><li>").append(escaped.substring(2)).append("</li></ul>");
            } else {
                out.append("<p>").append(escaped.replace("\n", "<br>")).append("</p>");
            }
        }
        return out.append("</body></html>").toString();
    }

    /** The text as a one-page PDF, a line of it to a line of the page (long lines wrapped at 95 characters). */
    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
                content.setLeading(11);
                content.newLineAtOffset(40, 750);
                for (String line : text.split("\n", -1)) {
                    for (String piece : wrap(line)) {
                        content.showText(piece);
                        content.newLine();
                    }
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String line) {
        List<String> pieces = new java.util.ArrayList<>();
        String rest = line;
        while (rest.length() > 95) {
            int cut = rest.lastIndexOf(' ', 95);
            cut = cut <= 0 ? 95 : cut;
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        pieces.add(rest);
        return pieces;
    }
}
