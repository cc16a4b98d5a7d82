package org.sendsearch.ingest;

import java.time.Duration;

/**
 * How much one file may cost the extractor before it is rejected, so a hostile or broken file
 * (a "PDF bomb": tens of thousands of pages, a small stream that inflates to gigabytes, forms that
 * draw themselves) is one reject line instead of a run that never ends or runs out of memory.
 *
 * <p>The defaults sit far above any real document of this corpus: inspection letters and council
 * reports have fewer than 200 pages and fewer than 2 million characters, and a dense A4 page holds
 * about 6,000. With them, extracting one PDF holds at most about: the file ({@link #maxBytes}), one
 * inflated stream ({@link #maxPdfStreamBytes}), one page's glyphs ({@link #maxPdfPageCharacters},
 * about 250 bytes each) and the text ({@link #maxTextCharacters}, two bytes each, before it is
 * cleaned as any other text).
 *
 * <p>Text costs memory as it is cleaned and split, about 16 bytes of heap for each character
 * (measured: a copy of it at each step, lines, blocks and passages; Jsoup's tree for HTML), far more
 * than the bytes on disk: a 30 MB text file needed over 256 MB. So the text of any file, and the
 * characters of a text, Markdown or HTML file before it is decoded, may not pass
 * {@link #maxTextCharacters}. At the default (3 million, half as much again as real reports stay
 * under), six files just under it through two extraction threads and a window of four, as the
 * indexer runs them, fitted in a 144 MB heap (text with curly quotes, so two bytes a character; it
 * failed once at 128 MB, as the two threads overlapped), plain ASCII text and HTML in 112 MB. That
 * leaves over 100 MB of the launcher's 256 MB to the bulk requests and the client. (At 4 million,
 * the same needed up to 176 MB.) The text limit holds for PDFs too, so their text stops well
 * before {@link #maxPdfCharacters}.
 *
 * @param maxBytes             largest file read at all, checked before reading (the {@code --max-size} option)
 * @param maxTextCharacters    most characters of text in one file, of any format: a text, Markdown or
 *                             HTML file's characters (markup included) are counted from its bytes before
 *                             it is decoded, a PDF's as they are extracted
 * @param maxPdfPages          most pages in a PDF, checked before any text is extracted
 * @param maxPdfCharacters     most characters of text extracted from one PDF
 * @param maxPdfPageCharacters most characters on one PDF page (PDFBox keeps a page's glyphs in memory)
 * @param maxPdfStreamBytes    most bytes that the streams text is drawn from (page contents, forms,
 *                             fonts, object streams) may inflate to, all of them together; checked
 *                             before extraction by inflating them without keeping the result
 * @param maxPdfOperations     most drawing operations run while extracting, forms drawn from forms included
 * @param maxPdfFormDrawings   most times forms are drawn, forms drawn inside forms included: forms
 *                             drawing others many times each are the one way a small content stream
 *                             multiplies (a form drawing costs PDFBox about a microsecond and a kilobyte)
 * @param maxPdfFormDepth      deepest nesting of forms drawn inside forms
 * @param maxPdfTime           wall-clock time extracting one PDF's text may take; a last resort, as
 *                             the other limits bound the work
 */
public record ExtractionLimits(
        long maxBytes,
        int maxTextCharacters,
        int maxPdfPages,
        long maxPdfCharacters,
        int maxPdfPageCharacters,
        long maxPdfStreamBytes,
        long maxPdfOperations,
        long maxPdfFormDrawings,
        int maxPdfFormDepth,
        Duration maxPdfTime) {

    /** The default size limit: larger files are not the letters and reports this reads. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    // The defaults, as constants so the commands' help can quote them.
    public static final int DEFAULT_MAX_TEXT_CHARACTERS = 3_000_000;
    public static final int DEFAULT_MAX_PDF_PAGES = 5_000;
    public static final long DEFAULT_MAX_PDF_CHARACTERS = 20_000_000;
    public static final int DEFAULT_MAX_PDF_PAGE_CHARACTERS = 100_000;
    public static final long DEFAULT_MAX_PDF_STREAM_MEGABYTES = 128;
    public static final long DEFAULT_MAX_PDF_OPERATIONS = 20_000_000;
    public static final long DEFAULT_MAX_PDF_FORM_DRAWINGS = 200_000;
    public static final int DEFAULT_MAX_PDF_FORM_DEPTH = 20;
    public static final int DEFAULT_MAX_PDF_SECONDS = 60;

    /** The limits used unless a command says otherwise. */
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(
            DEFAULT_MAX_BYTES,
            DEFAULT_MAX_TEXT_CHARACTERS,
            DEFAULT_MAX_PDF_PAGES,
            DEFAULT_MAX_PDF_CHARACTERS,
            DEFAULT_MAX_PDF_PAGE_CHARACTERS,
            DEFAULT_MAX_PDF_STREAM_MEGABYTES * 1024 * 1024,
            DEFAULT_MAX_PDF_OPERATIONS,
            DEFAULT_MAX_PDF_FORM_DRAWINGS,
            DEFAULT_MAX_PDF_FORM_DEPTH,
            Duration.ofSeconds(DEFAULT_MAX_PDF_SECONDS));

    /** The text limit in a sentence, for the commands' help. */
    public static final String DEFAULT_TEXT_LIMIT = "a file whose text is longer than " + DEFAULT_MAX_TEXT_CHARACTERS
            + " characters (an HTML file's markup included) is rejected";

    /** The PDF limits in a sentence, for the commands' help. */
    public static final String DEFAULT_PDF_LIMITS = "a PDF is rejected beyond " + DEFAULT_MAX_PDF_PAGES + " pages, "
            + DEFAULT_MAX_PDF_CHARACTERS + " characters (" + DEFAULT_MAX_PDF_PAGE_CHARACTERS
            + " on one page), a stream "
            + "inflating past " + DEFAULT_MAX_PDF_STREAM_MEGABYTES + " MB, " + DEFAULT_MAX_PDF_OPERATIONS
            + " drawing operations, " + DEFAULT_MAX_PDF_FORM_DRAWINGS + " drawings of forms, forms nested "
            + DEFAULT_MAX_PDF_FORM_DEPTH + " deep or " + DEFAULT_MAX_PDF_SECONDS
            + " s of extraction";

    /**
     * Every default limit but the size in a sentence, for the commands' help (after "Besides
     * --max-size, "): the text limit, the PDF limits, and what they are chosen for.
     */
    public static final String DEFAULT_LIMITS = DEFAULT_TEXT_LIMIT + "; " + DEFAULT_PDF_LIMITS
            + ". The limits keep a run within the launcher's 256 MB heap; a file that runs out of memory anyway is "
            + "rejected, and the run goes on";

    public ExtractionLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive, not " + maxBytes);
        }
        if (maxTextCharacters <= 0) {
            throw new IllegalArgumentException("text limit must be positive, not " + maxTextCharacters);
        }
        if (maxPdfPages <= 0
                || maxPdfCharacters <= 0
                || maxPdfPageCharacters <= 0
                || maxPdfStreamBytes <= 0
                || maxPdfOperations <= 0
                || maxPdfFormDrawings <= 0
                || maxPdfFormDepth <= 0
                || maxPdfTime == null
                || maxPdfTime.isNegative()) {
            throw new IllegalArgumentException("PDF limits must be positive: pages " + maxPdfPages + ", characters "
                    + maxPdfCharacters + ", characters per page " + maxPdfPageCharacters + ", stream bytes "
                    + maxPdfStreamBytes + ", operations " + maxPdfOperations + ", form drawings " + maxPdfFormDrawings
                    + ", form depth " + maxPdfFormDepth
                    + ", time " + maxPdfTime);
        }
    }

    /** These limits with another file size limit. */
    public ExtractionLimits withMaxBytes(long bytes) {
        return new ExtractionLimits(
                bytes,
                maxTextCharacters,
                maxPdfPages,
                maxPdfCharacters,
                maxPdfPageCharacters,
                maxPdfStreamBytes,
                maxPdfOperations,
                maxPdfFormDrawings,
                maxPdfFormDepth,
                maxPdfTime);
    }

    /** These limits with another text limit. */
    public ExtractionLimits withMaxTextCharacters(int characters) {
        return new ExtractionLimits(
                maxBytes,
                characters,
                maxPdfPages,
                maxPdfCharacters,
                maxPdfPageCharacters,
                maxPdfStreamBytes,
                maxPdfOperations,
                maxPdfFormDrawings,
                maxPdfFormDepth,
                maxPdfTime);
    }

    /** The reject reason for a text over {@link #maxTextCharacters}. */
    String textTooLong() {
        return "text longer than " + maxTextCharacters + " characters";
    }

    /** The reject reason for a text of {@code characters} characters, over {@link #maxTextCharacters}. */
    String textTooLong(long characters) {
        return textTooLong() + " (" + characters + ")";
    }
}
