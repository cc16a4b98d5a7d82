package org.sendsearch.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendsearch.model.DocumentType;
import org.sendsearch.util.WordList;

/**
 * Reads the people a document names in its furniture: the addressees of a letter (names before a
 * job title, after a personal title or after the body they work for, in the blocks between the
 * date and the salutation) and the author of a council report ("Report author: ...") or press
 * release ("By ..."). The role words and personal titles are the word lists
 * {@code role-words.txt} and {@code personal-titles.txt}.
 */
final class People {
    private static final String TITLE_WORD =
            "(?:" + WordList.alternation(People.class, "personal-titles.txt") + ")\\.?";
    private static final String NAME_WORD = "(?:[A-Z][a-z]*['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
    private static final String ROLE_START = "(?:" + WordList.alternation(People.class, "role-words.txt") + ")";
    private static final Pattern FIRST_PERSON = Pattern.compile("^(?:" + TITLE_WORD + "\\s+)?(" + NAME_WORD + "(?:\\s+"
            + NAME_WORD + "){1,2}?)(?=,|\\s+" + ROLE_START + "\\b)");
    private static final Pattern NEXT_PERSON =
            Pattern.compile("(?:\\b(?:Group|Council|Trust|Board|Partnership|Authority|CCG|ICB)|\\))\\s+(?:" + TITLE_WORD
                    + "\\s+)?(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2}?)(?=,|\\s+" + ROLE_START + "\\b)");
    private static final Pattern TITLED_PERSON = Pattern.compile("\\b" + TITLE_WORD + "\\s+(" + NAME_WORD + "(?:\\s+"
            + NAME_WORD + "){1,2}?)(?=,|\\s+" + ROLE_START + "\\b|\\s*$)");
    private static final Pattern AUTHOR_LABEL =
            Pattern.compile("(?im)^(?:report author|author|contact officer|report contact|lead officer)[ \\t]*:[ \\t]*("
                    + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){1,3})");
    private static final Pattern BYLINE =
            Pattern.compile("(?m)^[Bb]y\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2}?)(?=[A-Z]|\\s|,|$)");

    private People() {}

    /** The people a letter is addressed to: the blocks between its date and the salutation. */
    static List<String> addressees(List<Block> blocks) {
        int dear = -1;
        for (int i = 0; i < blocks.size() && i < MetadataExtractor.HEADER_BLOCKS + 6; i++) {
            if (blocks.get(i).text().startsWith("Dear ")) {
                dear = i;
                break;
            }
        }
        if (dear < 0) {
            return List.of();
        }
        int first = 0;
        for (int i = 0; i < dear; i++) {
            if (DateGrammar.isDateLine(blocks.get(i).text())) {
                first = i + 1;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = first; i < dear; i++) {
            String text = blocks.get(i).text().replace('\n', ' ');
            Matcher m = FIRST_PERSON.matcher(text);
            if (m.find()) {
                names.add(m.group(1));
            }
            m = NEXT_PERSON.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
            m = TITLED_PERSON.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return List.copyOf(names);
    }

    /** The author a council report's label or a press release's byline names, or null. */
    static String author(String text, DocumentType type) {
        if (type == DocumentType.COUNCIL_REPORT) {
            Matcher m = AUTHOR_LABEL.matcher(text);
            return m.find() ? m.group(1).strip() : null;
        } else if (type == DocumentType.PRESS_RELEASE) {
            Matcher m = BYLINE.matcher(text.substring(0, Math.min(text.length(), 2000)));
            return m.find() ? m.group(1) : null;
        }
        return null;
    }
}
