package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw text from any format into clean text made of blocks (headings, list items,
 * paragraphs), with the offsets of every block in the cleaned text.
 *
 * <p>What it undoes, and why each is needed on real files:
 * <ul>
 * <li>stray markup from conversions: HTML tags and entities ({@code <b>}, {@code <sup>th</sup>},
 *     {@code &amp;}) and Markdown ({@code **bold**}, {@code ## heading}, links), which would
 *     otherwise be indexed as words;</li>
 * <li>bullet glyphs (■, ◼, •, ▪, –, * and the others {@code UnitBuilder} knows) and numbered
 *     labels (3.5, a), 1)), normalised to "- " or kept as the label, so a finding's text never
 *     starts with a glyph;</li>
 * <li>page breaks: converters leave runs of blank lines where a page ended, often in the middle of
 *     a sentence or bullet. A block after a break is joined to the one before when the sentence
 *     plainly runs on; a bullet split by a page break is one finding;</li>
 * <li>hard-wrapped lines (PDF) are re-joined into paragraphs.</li>
 * </ul>
 * Paragraph boundaries are kept: blocks are separated by a blank line, list items that followed
 * each other directly by a line break.
 *
 * <p>Each step is a class of its own, run in order: characters and HTML ({@link TextNormaliser}),
 * lines and Markdown ({@link SourceLines}), blocks ({@link UnitBuilder}), headings
 * ({@link HeadingDetector}), page breaks ({@link BreakJoiner}); this class runs them and lays out
 * the result.
 */
final class TextCleaner {
    private final HeadingDetector headings;

    /** A cleaner that knows the headings of {@code headings} wherever they stand. */
    TextCleaner(HeadingRules headings) {
        this.headings = new HeadingDetector(headings);
    }

    /** The cleaned text of {@code raw}, with its blocks. */
    CleanText clean(RawText raw) {
        String text = TextNormaliser.normalise(raw.text());
        List<SourceLines.Line> lines = SourceLines.lines(text, raw.hardWrapped());
        boolean wrapped = raw.hardWrapped() || SourceLines.looksHardWrapped(lines);
        int width = wrapped ? SourceLines.lineWidth(lines) : Integer.MAX_VALUE;
        List<Unit> units = UnitBuilder.units(lines, wrapped, width);
        for (Unit unit : units) {
            unit.heading = headings.isHeading(unit);
        }
        return emit(BreakJoiner.merge(units));
    }

    private static CleanText emit(List<Unit> units) {
        StringBuilder out = new StringBuilder();
        List<Block> blocks = new ArrayList<>(units.size());
        for (Unit unit : units) {
            if (!out.isEmpty()) {
                out.append(unit.gapBefore == 0 ? "\n" : "\n\n");
            }
            String text = unit.text();
            Block.Kind kind;
            String label = unit.label;
            if (unit.heading) {
                kind = Block.Kind.HEADING;
                if (!label.isEmpty() && !label.equals("-")) {
                    text = label + " " + text;
                }
                label = "";
            } else if (!label.isEmpty()) {
                kind = Block.Kind.ITEM;
                out.append(label.equals("-") ? "-" : label).append(' ');
            } else {
                kind = Block.Kind.PARAGRAPH;
            }
            int start = out.length();
            out.append(text);
            blocks.add(new Block(
                    kind,
                    label,
                    text,
                    start,
                    out.length(),
                    unit.markdownLevel,
                    unit.multiline,
                    Math.min(unit.gapBefore, 2)));
        }
        return new CleanText(out.toString(), blocks);
    }
}
