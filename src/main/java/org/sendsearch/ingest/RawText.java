package org.sendsearch.ingest;

/**
 * Text as it came out of a file, before cleaning.
 *
 * @param text        the decoded text; paragraphs separated by blank lines, page breaks by runs of them
 * @param hardWrapped true when lines were broken to fit a page width (PDF), so the cleaner re-joins them
 * @param encoding    the character set the bytes were decoded with (for logging), or the format name
 * @param ownAddress  the address a web page states as its own ({@code <link rel="canonical">},
 *                    {@code og:url}), as written and unchecked; null for other formats or none
 */
record RawText(String text, boolean hardWrapped, String encoding, String ownAddress) {
    RawText(String text, boolean hardWrapped, String encoding) {
        this(text, hardWrapped, encoding, null);
    }
}
