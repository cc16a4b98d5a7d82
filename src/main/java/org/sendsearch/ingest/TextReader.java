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
 */
final class TextReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 8192;

    private final PdfText pdfText;

    TextReader(ExtractionLimits limits) {
        this.pdfText = new PdfText(limits);
    }

    /** Reads a document of the given format; the reason of the exception is the reject line. */
    RawText read(byte[] bytes, DocumentFormat format) throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException("empty file");
        }
        RawText raw = switch (format) {
            case PDF -> pdfText.read(bytes);
            case HTML -> {
                DecodedText decoded = decode(bytes);
                yield new RawText(HtmlText.toText(decoded.text()), false, decoded.charset());
            }
            case TXT, MD -> {
                DecodedText decoded = decode(bytes);
                yield new RawText(decoded.text(), false, decoded.charset());
            }
        };
        if (raw.text().isBlank()) {
            throw new UnreadableDocumentException(format == DocumentFormat.PDF
                    ? "no extractable text (a scanned or image-only PDF?)" : "no text (whitespace only)");
        }
        return raw;
    }

    record DecodedText(String text, String charset) {
    }

    /** Decodes text bytes strictly; see the class comment for the order tried. */
    static DecodedText decode(byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            String text = strict(StandardCharsets.UTF_16, bytes, 0);
            if (text == null) {
                throw new UnreadableDocumentException("undecodable text (broken UTF-16)");
            }
            return checked(text.startsWith("\uFEFF") ? text.substring(1) : text, "UTF-16");
        }
        if (looksBinary(bytes)) {
            throw new UnreadableDocumentException("binary content, not text");
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        String text = strict(StandardCharsets.UTF_8, bytes, offset);
        if (text != null) {
            return checked(text, "UTF-8");
        }
        text = strict(WINDOWS_1252, bytes, 0);
        if (text != null) {
            return checked(text, "windows-1252");
        }
        throw new UnreadableDocumentException("undecodable text (neither UTF-8 nor Windows-1252)");
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
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
