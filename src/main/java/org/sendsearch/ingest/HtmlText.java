package org.sendsearch.ingest;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML page as the plain text layout the cleaner expects of every format: blocks
 * separated by blank lines, list items starting "- ", headings marked "#" as in Markdown, table
 * cells separated by tabs. Navigation, scripts and styles are dropped; they are page furniture,
 * not document text.
 */
final class HtmlText {
    private static final Set<String> SKIPPED = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "nav",
            "svg",
            "form",
            "button",
            "iframe",
            "select",
            "head",
            "aside",
            "footer");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "blockquote",
            "address",
            "pre",
            "ul",
            "ol",
            "dl",
            "dd",
            "dt",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "figure",
            "figcaption",
            "hr",
            "body",
            "html",
            "center",
            "fieldset");

    private HtmlText() {}

    /** A page's text, and the address it states as its own (null when it states none). */
    record Page(String text, String ownAddress) {}

    static String toText(String html) {
        return read(html).text();
    }

    /** Reads a page once: its text, and its own address ({@link #ownAddress}). */
    static Page read(String html) {
        Document document = Jsoup.parse(html);
        Renderer renderer = new Renderer();
        NodeTraversor.traverse(renderer, document.body());
        return new Page(renderer.out.toString(), ownAddress(document));
    }

    /**
     * The address a saved page states as its own, as written (not checked, not resolved): the
     * first {@code <link rel="canonical" href>} with a non-blank href, else the first
     * {@code <meta property="og:url" content>} (or {@code name="og:url"}, as some sites write it),
     * else null. Jsoup finds them wherever the page puts them, in the head or (misplaced) the body.
     * A relative or {@code javascript:} value is returned too, so that the extractor can say why
     * it is not taken.
     */
    static String ownAddress(Document document) {
        for (Element link : document.select("link[rel][href]")) {
            boolean canonical = false;
            for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                canonical |= rel.equals("canonical");
            }
            if (canonical && !link.attr("href").isBlank()) {
                return link.attr("href").strip();
            }
        }
        for (Element meta : document.select("meta[content]")) {
            String property = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
            if (property.strip().equalsIgnoreCase("og:url")
                    && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        return null;
    }

    private static final class Renderer implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int skipping;
        private boolean firstCell;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (skipping == 0) {
                    appendInline(text.getWholeText());
                }
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if (SKIPPED.contains(tag)) {
                skipping++;
                return;
            }
            if (skipping > 0) {
                return;
            }
            switch (tag) {
                case "br" -> newline();
                case "li" -> {
                    newline();
                    out.append("- ");
                }
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    blockBreak();
                    out.append("#".repeat(tag.charAt(1) - '0')).append(' ');
                }
                case "tr" -> {
                    newline();
                    firstCell = true;
                }
                case "td", "th" -> {
                    if (!firstCell) {
                        out.append('\t');
                    }
                    firstCell = false;
                }
                default -> {
                    if (BLOCKS.contains(tag)) {
                        blockBreak();
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if (SKIPPED.contains(tag)) {
                skipping--;
                return;
            }
            if (skipping == 0 && tag.equals("li")) {
                newline();
            } else if (skipping == 0 && (BLOCKS.contains(tag) || tag.matches("h[1-6]"))) {
                blockBreak();
            }
        }

        /** Inline text: HTML whitespace (including source line breaks) collapses to one space. */
        private void appendInline(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    if (out.isEmpty()) {
                        continue;
                    }
                    char last = out.charAt(out.length() - 1);
                    if (last != ' ' && last != '\n' && last != '\t') {
                        out.append(' ');
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private void trimTrailingSpace() {
            while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }

        private void newline() {
            trimTrailingSpace();
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        private void blockBreak() {
            trimTrailingSpace();
            if (out.isEmpty()) {
                return;
            }
            if (out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
                out.append('\n');
            }
        }
    }
}
