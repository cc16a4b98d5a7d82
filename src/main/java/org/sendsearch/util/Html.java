package org.sendsearch.util;

/**
 * HTML escaping for text put into markup, the project's one escaper. Everything that came from a
 * document or a person goes through {@link #escape} before it reaches a page or the API's
 * {@code highlight}, and the synthetic corpus generator writes its HTML documents with it. Decoding
 * entities is left to jsoup ({@code Parser.unescapeEntities}).
 */
public final class Html {
    private Html() {
    }

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

    /**
     * Reverses the escaping of Elasticsearch's {@code html} highlight encoder (named entities for
     * {@code & < > " ' /} and numeric ones for everything outside ASCII). Unknown entities stay as
     * they are, as text: they will be escaped again on output.
     */
    public static String unescape(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            int semicolon = c == '&' ? html.indexOf(';', i) : -1;
            if (semicolon > i && semicolon - i <= 10) {
                String entity = html.substring(i + 1, semicolon);
                String decoded = decode(entity);
                if (decoded != null) {
                    out.append(decoded);
                    i = semicolon + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String decode(String entity) {
        switch (entity) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default: break;
        }
        if (entity.startsWith("#")) {
            try {
                int code = entity.startsWith("#x") || entity.startsWith("#X")
                        ? Integer.parseInt(entity.substring(2), 16)
                        : Integer.parseInt(entity.substring(1));
                if (code >= 0 && code <= 0xFFFF) {
                    return String.valueOf((char) code);
                }
                if (Character.isValidCodePoint(code)) {
                    return new String(Character.toChars(code));
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
