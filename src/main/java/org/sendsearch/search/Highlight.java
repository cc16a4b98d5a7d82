package org.sendsearch.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jsoup.parser.Parser;
import org.sendsearch.util.Html;

/**
 * A text with the stretches that matched the search marked. It is built from the highlighter's
 * output but never passes that output on: the {@code <mark>} tags are located, the text between
 * them is unescaped back to plain text (by jsoup, which decodes every entity the highlighter's
 * {@code html} encoder writes), and {@link #toHtml()} escapes it again itself. So even if
 * the highlighter let markup through, only {@code <mark>} could come out.
 */
public record Highlight(List<Segment> segments) {
    /** The tags around a marked word, in the highlighter's answers and on the page. */
    public static final String OPEN = "<mark>";

    public static final String CLOSE = "</mark>";
    static final String GAP = " … ";

    /** A run of text, marked or not. */
    public record Segment(String text, boolean marked) {}

    public Highlight {
        segments = List.copyOf(segments);
    }

    public static Highlight plain(String text) {
        return new Highlight(text == null || text.isEmpty() ? List.of() : List.of(new Segment(text, false)));
    }

    /** Reads one highlighter fragment (HTML-encoded text with {@code <mark>} tags). */
    public static Highlight parse(String highlighted) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        boolean marked = false;
        while (i < highlighted.length()) {
            String tag = marked ? CLOSE : OPEN;
            int next = highlighted.indexOf(tag, i);
            int end = next < 0 ? highlighted.length() : next;
            if (end > i) {
                segments.add(new Segment(Parser.unescapeEntities(highlighted.substring(i, end), false), marked));
            }
            if (next < 0) {
                break;
            }
            i = next + tag.length();
            marked = !marked;
        }
        return new Highlight(segments);
    }

    /** Several fragments of a long text, joined by an ellipsis. */
    public static Highlight fragments(List<String> fragments) {
        List<Segment> segments = new ArrayList<>();
        for (String fragment : fragments) {
            if (!segments.isEmpty()) {
                segments.add(new Segment(GAP, false));
            }
            segments.addAll(parse(fragment).segments());
        }
        return new Highlight(segments);
    }

    /**
     * The whole {@code text} with the marks of every given highlighting of it (e.g. one from the
     * stemmed field for words and one from the exact field for quoted phrases) put together.
     * A highlighting whose text differs from {@code text} is ignored.
     */
    public static Highlight merge(String text, List<String> wholeFieldHighlights) {
        BitSet marks = new BitSet(text.length());
        for (String highlighted : wholeFieldHighlights) {
            Highlight one = parse(highlighted);
            if (!one.plainText().equals(text)) {
                continue;
            }
            int position = 0;
            for (Segment segment : one.segments()) {
                if (segment.marked()) {
                    marks.set(position, position + segment.text().length());
                }
                position += segment.text().length();
            }
        }
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            boolean marked = marks.get(start);
            int end = marked ? marks.nextClearBit(start) : marks.nextSetBit(start);
            if (end < 0 || end > text.length()) {
                end = text.length();
            }
            segments.add(new Segment(text.substring(start, end), marked));
            start = end;
        }
        return new Highlight(segments);
    }

    public String plainText() {
        StringBuilder out = new StringBuilder();
        segments.forEach(segment -> out.append(segment.text()));
        return out.toString();
    }

    public boolean hasMarks() {
        return segments.stream().anyMatch(Segment::marked);
    }

    /** Escaped text with {@code <mark>} around the matches: the only markup this can produce. */
    public String toHtml() {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            if (segment.marked()) {
                out.append(OPEN).append(Html.escape(segment.text())).append(CLOSE);
            } else {
                out.append(Html.escape(segment.text()));
            }
        }
        return out.toString();
    }
}
