package org.sendsearch.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, per format. Decoding is strict: UTF-8 first (with or without a
 * byte order mark), then Windows-1252, which also covers ISO-8859-1 text without its C1 control
 * range. Bytes that are neither are rejected rather than read as replacement characters, because
 * mangled text would be indexed and searched as if it were right.
 *
 * <p>The characters a file decodes to are counted from its bytes before it is decoded, and a file
 * of more than {@link ExtractionLimits#maxTextCharacters} is rejected without building any string of
 * it; so is a PDF whose extracted text is longer. What is read is then bounded by that limit, not
 * by the size of the file.
 */
final class TextReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 8192;

    private final ExtractionLimits limits;
    private final PdfText pdfText;

    TextReader(ExtractionLimits limits) {
        this.limits = limits;
        this.pdfText = new PdfText(limits);
    }

    /** Reads a document of the given format; the reason of the exception is the reject line. */
    RawText read(byte[] bytes, DocumentFormat format) throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException("empty file");
        }
        RawText raw = switch (format) {
            case PDF -> {
                RawText text = pdfText.read(bytes);
                if (text.text().length() > limits.maxTextCharacters()) {
                    throw new UnreadableDocumentException(
                            limits.textTooLong(text.text().length()));
                }
                yield text;
            }
            case HTML -> {
                DecodedText decoded = decode(bytes, limits);
                HtmlText.Page page = HtmlText.read(decoded.text());
                yield new RawText(page.text(), false, decoded.charset(), page.ownAddress());
            }
            case TXT, MD -> {
                DecodedText decoded = decode(bytes, limits);
                yield new RawText(decoded.text(), false, decoded.charset());
            }
        };
        if (raw.text().isBlank()) {
            throw new UnreadableDocumentException(
                    format == DocumentFormat.PDF
                            ? "no extractable text (a scanned or image-only PDF?)"
                            : "no text (whitespace only)");
        }
        return raw;
    }

    record DecodedText(String text, String charset) {}

    /**
     * Decodes text bytes strictly; see the class comment for the order tried. Text longer than the
     * limit is rejected before it is decoded: its length is known from the bytes (UTF-16: two bytes
     * a character; UTF-8: one a byte that starts a character, two for one outside the Basic
     * Multilingual Plane; Windows-1252: one a byte).
     */
    static DecodedText decode(byte[] bytes, ExtractionLimits limits) throws UnreadableDocumentException {
        int max = limits.maxTextCharacters();
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            if ((bytes.length - 2) / 2 > max) {
                throw new UnreadableDocumentException(limits.textTooLong((bytes.length - 2) / 2));
            }
            String text = strict(StandardCharsets.UTF_16, bytes, 0);
            if (text == null) {
                throw new UnreadableDocumentException("undecodable text (broken UTF-16)");
            }
            return checked(text.startsWith("\uFEFF") ? text.substring(1) : text, "UTF-16");
        }
        if (looksBinary(bytes)) {
            throw new UnreadableDocumentException("binary content, not text");
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        // Not UTF-8 means Windows-1252, one character a byte, never fewer than UTF-8 would give.
        long characters = bytes.length - offset <= max ? 0 : utf8Characters(bytes, offset);
        if (characters > max) {
            throw new UnreadableDocumentException(limits.textTooLong(characters));
        }
        String text = strict(StandardCharsets.UTF_8, bytes, offset);
        if (text != null) {
            return checked(text, "UTF-8");
        }
        if (bytes.length > max) {
            throw new UnreadableDocumentException(limits.textTooLong(bytes.length));
        }
        text = strict(WINDOWS_1252, bytes, 0);
        if (text != null) {
            return checked(text, "windows-1252");
        }
        throw new UnreadableDocumentException("undecodable text (neither UTF-8 nor Windows-1252)");
    }

    /**
     * The fewest characters a text file of {@code size} bytes can decode to: UTF-8 takes at most
     * three bytes for a character (four for two, outside the Basic Multilingual Plane), after a
     * byte order mark of three; UTF-16 two and Windows-1252 one.
     */
    static long fewestCharacters(long size) {
        return Math.max(0, size - 3) / 3;
    }

    /**
     * The characters (UTF-16 code units, as a Java string counts them) that well-formed UTF-8 bytes
     * decode to, counted without decoding: continuation bytes add none, a four-byte sequence two.
     */
    static long utf8Characters(byte[] bytes, int offset) {
        long characters = 0;
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                characters += b >= 0xF0 ? 2 : 1;
            }
        }
        return characters;
    }

    private static DecodedText checked(String text, String charset) throws UnreadableDocumentException {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7F && c <= 0x9F)) {
                controls++;
            }
        }
        if (controls > 0 && controls * 200 > text.length()) {
            throw new UnreadableDocumentException("binary content, not text (" + controls + " control characters)");
        }
        return new DecodedText(text, charset);
    }

    /** A NUL byte in the first few kilobytes means a binary file: no text format we read has one. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String strict(Charset charset, byte[] bytes, int offset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
