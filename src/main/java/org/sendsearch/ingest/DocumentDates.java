package org.sendsearch.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads which of the dates in a document are its own: the date of the letter, meeting or
 * publication, from the header; and the dates of the inspection it reports on, from the first
 * range in a sentence about the inspection.
 */
final class DocumentDates {
    private static final Pattern INSPECTION_CONTEXT =
            Pattern.compile("(?i)inspect|visit|took place|conducted|fieldwork");

    private final DateFinder dates = new DateFinder();

    /**
     * The letter, meeting or publication date: a date standing on its own line near the top, else
     * any date in the document's header that is not one end of a date range. A written date outranks a numeric one; an ambiguous
     * numeric date is read the way a written date in the document confirms.
     */
    LocalDate documentDate(List<Block> blocks, String text, List<String> warnings) {
        List<RangeFinder.Range> ranges = dates.ranges(text, null);
        // A date that is one end of a range (the inspection's, the previous inspection's) is never the
        // document's own: a 2023 report prints no date of its own, only its inspection dates.
        List<DateFinder.FoundDate> found = dates.find(text).stream()
                .filter(d -> ranges.stream().noneMatch(r -> d.start() < r.endPosition() && r.position() < d.end()))
                .toList();
        int headerEnd = headerEnd(blocks, text);
        DateFinder.FoundDate numeric = null;
        for (int i = 0; i < blocks.size() && i < MetadataExtractor.HEADER_BLOCKS; i++) {
            Block block = blocks.get(i);
            if (block.start() >= headerEnd) {
                break;
            }
            if (DateGrammar.isDateLine(block.text())) {
                for (DateFinder.FoundDate d : found) {
                    if (d.start() >= block.start() && d.end() <= block.end() && d.written()) {
                        return d.date();
                    }
                }
            }
        }
        for (DateFinder.FoundDate d : found) {
            if (d.start() >= headerEnd) {
                break;
            }
            if (d.written()) {
                return d.date();
            }
            if (numeric == null) {
                numeric = d;
            }
        }
        if (numeric != null) {
            LocalDate resolved = DateFinder.resolve(numeric, found);
            if (numeric.alternative() != null
                    && resolved.equals(numeric.date())
                    && found.stream().noneMatch(d -> d.written() && d.date().equals(resolved))) {
                warnings.add("numeric date " + text.substring(numeric.start(), numeric.end())
                        + " is ambiguous; read as day first (" + DateGrammar.WRITTEN.format(resolved) + ")");
            }
            return resolved;
        }
        return null;
    }

    /** Where the header ends: at the first heading or the first full paragraph of prose. */
    private static int headerEnd(List<Block> blocks, String text) {
        for (int i = 0; i < blocks.size() && i < MetadataExtractor.HEADER_BLOCKS; i++) {
            Block block = blocks.get(i);
            if (block.isHeading() && i > 0) {
                return block.start();
            }
            if (!block.multiline()
                    && Words.count(block.text()) >= 12
                    && Sentence.ends(block.text())
                    && !DateGrammar.isDateLine(block.text())) {
                return block.start();
            }
        }
        return Math.min(
                text.length(),
                blocks.size() > MetadataExtractor.HEADER_BLOCKS
                        ? blocks.get(MetadataExtractor.HEADER_BLOCKS).start()
                        : text.length());
    }

    /**
     * The range on the line that names the previous inspection ("Dates of previous inspection: 3 to
     * 7 July 2017"), or null.
     *
     * @param inspectionStart the first day of this inspection: the previous one ended before it (may be null)
     */
    RangeFinder.Range previousInspectionRange(String text, LocalDate inspectionStart) {
        for (RangeFinder.Range range : dates.ranges(text, null)) {
            int from = Math.max(0, text.lastIndexOf('\n', range.position()));
            String before = text.substring(from, range.position());
            if (PREVIOUS_CONTEXT.matcher(before).find()
                    && (inspectionStart == null || range.end().isBefore(inspectionStart))) {
                return range;
            }
        }
        return null;
    }

    /**
     * The first date range in a sentence about the inspection or a visit.
     *
     * @param documentDate the document's own date, which places a range written without its year; may be null
     */
    private static final java.util.regex.Pattern PREVIOUS_CONTEXT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:dates?\\s+of\\s+(?:the\\s+)?(?:previous|last|full|initial|original)\\s+(?:full\\s+)?(?:area\\s+SEND\\s+|joint\\s+local\\s+area\\s+SEND\\s+)?inspection"
                    + "|previous(?:ly)?\\s+(?:inspected|inspection)(?:\\s+dates?)?)\\b");

    RangeFinder.Range inspectionRange(String text, LocalDate documentDate) {
        for (RangeFinder.Range range : dates.ranges(text, documentDate)) {
            int from = Math.max(0, text.lastIndexOf('\n', range.position()));
            int to = text.indexOf('\n', range.endPosition());
            String paragraph = text.substring(from, to < 0 ? text.length() : to);
            if (INSPECTION_CONTEXT.matcher(paragraph).find()) {
                return range;
            }
        }
        return null;
    }
}
