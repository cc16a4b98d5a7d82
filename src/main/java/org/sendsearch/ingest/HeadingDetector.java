package org.sendsearch.ingest;

/**
 * Tells headings among the blocks of cleaned text: a Markdown heading that is not a long sentence,
 * a line that is one of the {@link HeadingRules known headings}, or a short all-capitals line
 * ("3.0 BACKGROUND INFORMATION"); never a bullet, a table row, a multi-line block or a long line.
 */
final class HeadingDetector {
    private final HeadingRules headings;

    HeadingDetector(HeadingRules headings) {
        this.headings = headings;
    }

    /** Whether the block is a heading. */
    boolean isHeading(Unit unit) {
        String s = unit.text();
        if (unit.multiline || s.indexOf('\t') >= 0 || s.length() > 220) {
            return false;
        }
        if (unit.bullet && unit.markdownLevel == 0) {
            return false;
        }
        String full = unit.label.isEmpty() || unit.label.equals("-") ? s : unit.label + " " + s;
        if (unit.markdownLevel > 0) {
            return !s.endsWith(".") || s.split(" ").length < 12;
        }
        if (headings.isKnownHeading(s)) {
            return true;
        }
        return isAllCaps(full) && !s.endsWith(":") && !s.endsWith(",");
    }

    /** An all-capitals line of a few words is a heading in council reports ("3.0 BACKGROUND INFORMATION", "APPENDICES"). */
    static boolean isAllCaps(String s) {
        if (!mostlyCapitals(s)) {
            return false; // decided without splitting the words, as for most lines
        }
        int upper = 0;
        int lower = 0;
        int words = 0;
        for (String word : s.split("\\s+")) {
            int letters = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isUpperCase(c)) {
                    upper++;
                    letters++;
                } else if (Character.isLowerCase(c)) {
                    lower++;
                    letters++;
                }
            }
            if (letters >= 2) {
                words++;
            }
        }
        return words >= 1 && words <= 14 && upper >= 6 && lower * 10 <= upper;
    }

    /** The letter counts {@link #isAllCaps} asks for: at least six capitals, at most one lower-case letter in ten. */
    private static boolean mostlyCapitals(String s) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 6 && lower * 10 <= upper;
    }
}
