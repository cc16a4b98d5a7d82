package org.sendsearch.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendsearch.model.DocumentType;

/**
 * Finds a document's title: a labelled one ("Report title: ..."), an inspection letter's standard
 * title ("Joint local area SEND inspection in ..."), the line after a letter's salutation, a
 * first-level Markdown heading, or else the first title-like line of the header (a few words, no
 * full stop, not a date, a byline or an organisation's name).
 */
final class TitleReader {
    private static final Pattern LETTER_TITLE =
            Pattern.compile("(?i)^(?:joint )?(?:local )?area SEND (?:monitoring )?(?:inspection|revisit|re-visit)\\b.*"
                    + "|^(?:area SEND )?(?:monitoring |full )?inspection of .*");
    /** A report's title run into its kicker and dates by a PDF's layout: found inside its block. */
    private static final Pattern REPORT_TITLE_INSIDE =
            Pattern.compile("(?i)\\barea SEND (?:monitoring )?inspection of \\S.{0,120}?\\blocal area partnership\\b");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A masthead: the name of the council, forum or body that publishes, not the title. */
    private static final Pattern ORGANISATION = Pattern.compile(
            ".*\\b(?:Council|Borough|Authority|Forum|Forums|SENDIASS|Partnership|Trust|Board|Network|Group)$");
    /** A forum's name as its masthead: "Parent Carer Forum Dorset", "York Parent and Carer Forum". */
    private static final Pattern FORUM_NAME =
            Pattern.compile("(?i)(?:\\S+\\s+){0,4}parents?(?:\\s+and)?\\s+carers?['’]?\\s+forum(?:\\s+\\S+){0,4}");
    /** A report's running page header, printed above its title on the first page. */
    private static final Pattern RUNNING_HEADER =
            Pattern.compile("(?i)^(?:area SEND )?(?:monitoring )?inspection report\\s*:");
    /** A byline run into the headline by the layout: "Headline by Jo Bloggs". */
    private static final Pattern TRAILING_BYLINE =
            Pattern.compile("\\s+by\\s+[A-Z][a-z'’-]+(?:\\s+[A-Z][a-z'’-]+){1,2}$");

    private static final Pattern LABELLED_TITLE =
            Pattern.compile("(?im)^(?:report title|title|subject)\\s*:\\s*(.+?)\\s*$");

    private TitleReader() {}

    /** The title, or null. */
    static String title(CleanText clean, DocumentType type) {
        List<Block> blocks = clean.blocks();
        Matcher labelled = LABELLED_TITLE.matcher(
                clean.text().substring(0, Math.min(3000, clean.text().length())));
        if (labelled.find()) {
            return labelled.group(1).strip();
        }
        for (int i = 0; i < blocks.size() && i < MetadataExtractor.HEADER_BLOCKS + 6; i++) {
            if (blocks.get(i).isItem()) {
                continue; // a numbered item of minutes ("3. Local area SEND inspection") is no title
            }
            String text = SPACES.matcher(blocks.get(i).text()).replaceAll(" ");
            if (RUNNING_HEADER.matcher(text).lookingAt()) {
                continue;
            }
            if (LETTER_TITLE.matcher(text).matches() && text.length() < 200) {
                return text;
            }
            Matcher inside = REPORT_TITLE_INSIDE.matcher(text);
            if (inside.find()) {
                return inside.group();
            }
        }
        if (type.isInspectorateLetter()) {
            for (int i = 0; i + 1 < blocks.size() && i < MetadataExtractor.HEADER_BLOCKS + 6; i++) {
                if (blocks.get(i).text().startsWith("Dear ") && isTitleLike(blocks.get(i + 1))) {
                    return blocks.get(i + 1).text();
                }
            }
        }
        for (Block block : blocks) {
            if (block.isHeading() && block.markdownLevel() == 1) {
                return block.text();
            }
        }
        for (int i = 0; i < blocks.size() && i < MetadataExtractor.HEADER_BLOCKS; i++) {
            Block block = blocks.get(i);
            String text = block.text();
            if (isTitleLike(block)
                    && !DateGrammar.isDateLine(text)
                    && !text.contains("|")
                    && !text.matches("^[Bb]y [A-Z].*")
                    && !ORGANISATION.matcher(text).matches()
                    && !FORUM_NAME.matcher(text).matches()
                    && !RUNNING_HEADER.matcher(text).lookingAt()
                    && !text.startsWith("Dear ")) {
                return withoutByline(text);
            }
        }
        return null;
    }

    private static String withoutByline(String title) {
        String stripped = TRAILING_BYLINE.matcher(title).replaceFirst("");
        return Words.count(stripped) >= 3 ? stripped : title;
    }

    private static boolean isTitleLike(Block block) {
        String text = block.text();
        int words = Words.count(text);
        return !block.multiline()
                && !block.isItem()
                && words >= 3
                && words <= 25
                && !text.endsWith(".")
                && !text.contains("@")
                && !text.matches(".*\\d{3,}.*\\d{3,}.*");
    }
}
