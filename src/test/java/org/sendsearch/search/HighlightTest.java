package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.sendsearch.util.Html;

class HighlightTest {
    @Test
    void onlyMarkSurvivesAndEverythingElseIsEscaped() {
        Highlight highlight = Highlight.parse("a &lt;b&gt; <mark>wait</mark> <script>x</script> &amp; &#8217;s");
        String html = highlight.toHtml();
        assertEquals("a &lt;b&gt; <mark>wait</mark> &lt;script&gt;x&lt;/script&gt; &amp; \u2019s", html);
        assertEquals("a <b> wait <script>x</script> & \u2019s", highlight.plainText());
    }

    @Test
    void marksFromTheStemmedAndExactFieldsAreMerged() {
        String text = "Children wait too long; waiting times are long.";
        Highlight merged = Highlight.merge(
                text,
                List.of(
                        "Children <mark>wait</mark> too long; <mark>waiting</mark> times are long.",
                        "Children wait too <mark>long</mark>; waiting times are long."));
        assertEquals(
                "Children <mark>wait</mark> too <mark>long</mark>; <mark>waiting</mark> times are long.",
                merged.toHtml());
        assertEquals(text, merged.plainText());
    }

    @Test
    void aHighlightOfSomeOtherTextIsIgnored() {
        Highlight merged = Highlight.merge("plain text", List.of("<mark>other</mark> text"));
        assertFalse(merged.hasMarks());
        assertEquals("plain text", merged.toHtml());
    }

    @Test
    void fragmentsAreJoinedWithAnEllipsis() {
        Highlight fragments = Highlight.fragments(List.of("one <mark>a</mark>", "two"));
        assertEquals("one <mark>a</mark> … two", fragments.toHtml());
        assertTrue(fragments.hasMarks());
    }

    @Test
    void escapeAndUnescapeAreInverse() {
        String raw = "<a href=\"x\">it's & \u00e9</a>";
        assertEquals(raw, Parser.unescapeEntities(Html.escape(raw), false));
        assertEquals("&unknown; &", Parser.unescapeEntities("&unknown; &", false));
    }

    /** What Elasticsearch's html encoder writes: named entities for & < > ", hex for ' and /, decimal beyond ASCII, per UTF-16 unit. */
    @Test
    void readsWhatTheHtmlEncoderWrites() {
        Highlight highlight = Highlight.parse(
                "&quot;a&quot; &amp; &#x27;b&#x2F;c&#x27; &#233;&#8217;&#163; &#55357;&#56832; <mark>x&lt;y</mark>");
        assertEquals(
                List.of(
                        new Highlight.Segment("\"a\" & 'b/c' \u00e9\u2019\u00a3 \ud83d\ude00 ", false),
                        new Highlight.Segment("x<y", true)),
                highlight.segments());
    }
}
