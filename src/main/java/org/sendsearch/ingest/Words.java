package org.sendsearch.ingest;

/**
 * Counting words the way the extractor's rules were written, {@code text.split("\\s+").length},
 * without compiling a pattern and building the array each time: the splitter and the metadata
 * reader count the words of every block, and splitting them was a twentieth of extraction time.
 */
final class Words {
    private Words() {}

    /**
     * {@code text.split("\\s+").length}: the runs of non-whitespace, plus one for the empty first
     * item that leading whitespace makes; 1 for text without whitespace (even empty text), 0 for
     * text that is all whitespace. Whitespace is what {@code \s} matches: space, tab, line feed,
     * vertical tab, form feed and carriage return.
     */
    static int count(CharSequence text) {
        int length = text.length();
        int runs = 0;
        boolean whitespaceSeen = false;
        boolean inRun = false;
        for (int i = 0; i < length; i++) {
            if (isWhitespace(text.charAt(i))) {
                whitespaceSeen = true;
                inRun = false;
            } else if (!inRun) {
                inRun = true;
                runs++;
            }
        }
        if (!whitespaceSeen) {
            return 1;
        }
        if (runs == 0) {
            return 0;
        }
        return isWhitespace(text.charAt(0)) ? runs + 1 : runs;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether the first letter, before any digit, is lower case ("the ...", "- a ..."; not "3 weeks"). */
    static boolean startsLowercase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }
}
