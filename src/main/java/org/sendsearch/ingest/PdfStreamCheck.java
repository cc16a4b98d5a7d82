package org.sendsearch.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Refuses a PDF with a stream that would inflate beyond {@link ExtractionLimits#maxPdfStreamBytes()},
 * before PDFBox decodes it: PDFBox decodes each stream whole, in memory, so a few hundred
 * kilobytes of compressed zeros become gigabytes of heap.
 *
 * <p>Each stream is checked by decoding it into a counter that keeps nothing and stops at the
 * limit. Most streams need no decoding at all: a filter cannot inflate more than a known ratio
 * (deflate about 1032 to 1), so a stream whose raw length times that ratio is within the limit is
 * passed as it is. Streams that text extraction never decodes are left out: images (and image
 * codecs), embedded files, XMP metadata, and cross-reference streams (decoded while loading).
 * Objects stored in the file are checked before those kept inside object streams, so an object
 * stream is checked before PDFBox decodes it to reach them. A stream PDFBox could not decode either
 * (unknown filter, corrupt data) is left for extraction to deal with as before.
 */
final class PdfStreamCheck {
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");

    private final long maxBytes;
    private final long deadline;
    private final String timeLimit;

    PdfStreamCheck(long maxBytes, long deadlineNanos, String timeLimit) {
        this.maxBytes = maxBytes;
        this.deadline = deadlineNanos;
        this.timeLimit = timeLimit;
    }

    void check(COSDocument document) throws IOException {
        // Offsets are negative for objects inside object streams: those come last.
        List<COSObjectKey> inFile = new ArrayList<>();
        List<COSObjectKey> inObjectStreams = new ArrayList<>();
        for (Map.Entry<COSObjectKey, Long> entry : document.getXrefTable().entrySet()) {
            (entry.getValue() != null && entry.getValue() < 0 ? inObjectStreams : inFile).add(entry.getKey());
        }
        inFile.sort(null);
        inObjectStreams.sort(null);
        List<COSObjectKey> keys = new ArrayList<>(inFile);
        keys.addAll(inObjectStreams);
        for (COSObjectKey key : keys) {
            COSObject object = document.getObjectFromPool(key);
            if (object != null && object.getObject() instanceof COSStream stream && decodedForText(stream)) {
                checkStream(stream, key.getNumber());
            }
            if (System.nanoTime() > deadline) {
                throw new PdfLimitException(timeLimit);
            }
        }
    }

    private void checkStream(COSStream stream, long objectNumber) throws IOException {
        List<COSName> filters = filters(stream);
        double ratio = 1;
        for (COSName filter : filters) {
            ratio *= maxRatio(filter);
        }
        long raw = stream.getLength();
        if (filters.isEmpty() || (raw > 0 && raw * ratio <= maxBytes)) {
            return;
        }
        try {
            decodeCounting(stream, filters);
        } catch (PdfLimitException e) {
            throw new PdfLimitException("PDF object " + objectNumber + " inflates to more than "
                    + PdfLimitException.size(maxBytes) + ", the limit for one stream");
        } catch (IOException | RuntimeException e) {
            // Undecodable: PDFBox will find the same when (and if) extraction needs this stream.
        }
    }

    /** Runs the stream's filters, the last into a counter; intermediate results are bounded too. */
    private void decodeCounting(COSStream stream, List<COSName> filters) throws IOException {
        InputStream in = stream.createRawInputStream();
        try {
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                boolean last = i == filters.size() - 1;
                Sink sink = new Sink(maxBytes, !last);
                filter.decode(in, sink, stream, i);
                if (!last) {
                    in.close();
                    in = sink.input();
                }
            }
        } finally {
            in.close();
        }
    }

    /** Whether extracting text may decode this stream. */
    private static boolean decodedForText(COSStream stream) {
        COSName type = stream.getCOSName(COSName.TYPE);
        if (COSName.XREF.equals(type)
                || COSName.METADATA.equals(type)
                || EMBEDDED_FILE.equals(type)
                || COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            return false;
        }
        for (COSName filter : filters(stream)) {
            if (isImageCodec(filter)) {
                return false;
            }
        }
        return true;
    }

    private static List<COSName> filters(COSStream stream) {
        COSBase filters = stream.getFilters();
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static boolean isImageCodec(COSName filter) {
        return switch (filter.getName()) {
            case "DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF" -> true;
            default -> false;
        };
    }

    /** The most a filter can inflate its input; unknown filters are decoded to find out. */
    private static double maxRatio(COSName filter) {
        return switch (filter.getName()) {
            case "FlateDecode", "Fl" -> 1100; // deflate's ceiling is about 1032:1
            case "LZWDecode", "LZW" -> 4096; // a 12-bit code stands for at most ~4000 bytes
            case "RunLengthDecode", "RL" -> 64;
            case "ASCII85Decode", "A85" -> 4; // 'z' is four zero bytes
            case "ASCIIHexDecode", "AHx", "Crypt" -> 1;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /**
     * Counts what is written and stops past the limit; keeps it too when it is the input of the
     * next filter in a chain.
     */
    private static final class Sink extends OutputStream {
        private final long limit;
        private final ByteArrayOutputStream kept;
        private long count;

        Sink(long limit, boolean keep) {
            this.limit = limit;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) throws IOException {
            add(1);
            if (kept != null) {
                kept.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            add(len);
            if (kept != null) {
                kept.write(b, off, len);
            }
        }

        private void add(long n) throws PdfLimitException {
            count += n;
            if (count > limit) {
                throw new PdfLimitException("inflates past the limit");
            }
        }

        InputStream input() {
            return new ByteArrayInputStream(kept.toByteArray());
        }
    }
}
