package org.sendsearch.util;

/**
 * HTML escaping for text put into markup, the project's one escaper. Everything that came from a
 * document or a person goes through {@link #escape} before it reaches a page or the API's
 * {@code highlight}, and the synthetic corpus generator writes its HTML documents with it. Decoding
 * entities is left to jsoup ({@code Parser.unescapeEntities}).
 */
public final class Html {
    private Html() {}

    /**
     * The text with {@code & < > " '} replaced by entities, safe both as element content and inside
     * a quoted attribute; null gives the empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
