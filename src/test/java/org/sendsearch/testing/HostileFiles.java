package org.sendsearch.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Hostile files made on the spot, small on disk and quick to write: PDF bombs (many pages, a
 * stream that inflates to hundreds of megabytes, forms that draw themselves or fan out, a page
 * tree that goes round, objects nested 100,000 deep, a page with a million characters) and a
 * sparse 200 MB file.
 */
public final class HostileFiles {
    private static final COSName FORM = COSName.getPDFName("X0");

    private HostileFiles() {}

    /** A PDF of {@code pages} empty 1-inch pages. */
    public static Path manyPages(Path file, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage(new PDRectangle(72, 72)));
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A one-page PDF whose content stream says "Hello" and then inflates to {@code megabytes} MB
     * of zeros: about a thousandth of that on disk.
     */
    public static Path inflatingStream(Path file, long megabytes) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = onePageWithFont(document);
            COSStream contents = document.getDocument().createCOSStream();
            try (OutputStream out = contents.createRawOutputStream()) {
                deflate(out, "BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n".getBytes(StandardCharsets.US_ASCII), megabytes);
            }
            contents.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(contents));
            document.save(file.toFile());
        }
        return file;
    }

    /** A PDF whose page draws a form that draws itself twice. */
    public static Path selfDrawingForm(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = onePageWithFont(document);
            PDFormXObject form = form(document, "BT /F1 12 Tf 72 720 Td (Again) Tj ET /X0 Do /X0 Do");
            PDResources resources = new PDResources();
            resources.put(FORM, form);
            form.setResources(resources);
            page.getResources().put(FORM, form);
            setContents(document, page, "/X0 Do");
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A PDF of forms {@code levels} deep, each drawing the next {@code fanOut} times, the page
     * drawing the first {@code fanOut} times: fanOut^(levels+1) drawings from a few kilobytes,
     * with no text (so no character limit stops it).
     */
    public static Path fanOutForms(Path file, int levels, int fanOut) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = onePageWithFont(document);
            PDFormXObject next = form(document, "q Q");
            for (int level = 0; level < levels; level++) {
                PDFormXObject form = form(document, "/X0 Do\n".repeat(fanOut));
                PDResources resources = new PDResources();
                resources.put(FORM, next);
                form.setResources(resources);
                next = form;
            }
            page.getResources().put(FORM, next);
            setContents(document, page, "/X0 Do\n".repeat(fanOut));
            document.save(file.toFile());
        }
        return file;
    }

    /** A PDF whose page tree goes round: the root node lists itself among its kids. */
    public static Path pageTreeCycle(Path file) throws IOException {
        return Files.write(
                file,
                rawPdf(
                        "<< /Type /Catalog /Pages 2 0 R >>",
                        "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
                        PAGE,
                        HELLO,
                        HELVETICA));
    }

    /** A PDF whose page refers to an object of arrays nested 100,000 deep, and a reference loop (6 to 7 to 6). */
    public static Path deeplyNested(Path file) throws IOException {
        return Files.write(
                file,
                rawPdf(
                        "<< /Type /Catalog /Pages 2 0 R >>",
                        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                        PAGE.replace(">> >>", ">> /Deep 6 0 R /Loop 7 0 R >>"),
                        HELLO,
                        HELVETICA,
                        "[".repeat(100_000) + "]".repeat(100_000),
                        "8 0 R",
                        "7 0 R"));
    }

    private static final String PAGE = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            + "/Resources << /Font << /F1 5 0 R >> >> >>";
    private static final String HELLO = "<< /Length 36 >>\nstream\nBT /F1 12 Tf 72 720 Td (Hello) Tj ET\nendstream";
    private static final String HELVETICA = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    /** A PDF written by hand: the objects numbered from 1, a cross-reference table, the first as the root. */
    private static byte[] rawPdf(String... objects) {
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A one-page PDF showing {@code characters} x's in one string. */
    public static Path crowdedPage(Path file, int characters) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = onePageWithFont(document);
            setContents(document, page, "BT /F1 1 Tf 0 0 Td (" + "x".repeat(characters) + ") Tj ET");
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A plain, well-behaved PDF of the text in Helvetica 10pt, lines wrapped at about 90
     * characters, paragraphs (blank-line separated) a line apart: the good file beside the bombs.
     */
    public static Path plainPdf(Path file, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                if (line.length() + word.length() > 90) {
                    lines.add(line.toString().trim());
                    line.setLength(0);
                }
                line.append(word).append(' ');
            }
            lines.add(line.toString().trim());
            lines.add("");
        }
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int first = 0; first < lines.size(); first += 55) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(13);
                    content.newLineAtOffset(56, 780);
                    for (String line : lines.subList(first, Math.min(lines.size(), first + 55))) {
                        content.showText(line.replaceAll("[^\\x20-\\x7e]", " "));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A sparse file of {@code bytes} zero bytes: no disk used, however large. */
    public static Path sparse(Path file, long bytes) throws IOException {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(bytes);
        }
        return file;
    }

    private static PDPage onePageWithFont(PDDocument document) {
        PDPage page = new PDPage(PDRectangle.A4);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        page.setResources(resources);
        document.addPage(page);
        return page;
    }

    private static PDFormXObject form(PDDocument document, String content) throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(PDRectangle.A4);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        form.setResources(resources);
        try (OutputStream out = form.getCOSObject().createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }

    private static void setContents(PDDocument document, PDPage page, String content) throws IOException {
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(stream);
    }

    /**
     * Writes a zlib stream of {@code head} followed by {@code megabytes} MB of zeros, in a few
     * milliseconds however large: each megabyte is flushed to a byte boundary, and from the third
     * on the same bytes are repeated: compressed after more than a window of zeros, they refer
     * back to zeros only, so they stand for a megabyte of zeros wherever they are put.
     */
    private static void deflate(OutputStream out, byte[] head, long megabytes) throws IOException {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        Adler32 checksum = new Adler32();
        byte[] zeros = new byte[1 << 20];
        try {
            out.write(new byte[] {0x78, (byte) 0xDA});
            out.write(flushed(deflater, head));
            checksum.update(head);
            byte[] previous = null;
            for (long written = 0; written < megabytes; written++) {
                byte[] block = previous != null && written > 2 ? previous : flushed(deflater, zeros);
                out.write(block);
                checksum.update(zeros);
                previous = block;
            }
            deflater.finish();
            byte[] buffer = new byte[64];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            long value = checksum.getValue();
            out.write(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
        } finally {
            deflater.end();
        }
    }

    /** The input compressed and flushed to a byte boundary. */
    private static byte[] flushed(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }
}
