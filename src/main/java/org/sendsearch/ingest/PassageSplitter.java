package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.Section;

/**
 * Splits a cleaned document into findings: one passage per list item or paragraph of the body,
 * each with its section, heading path and polarity.
 *
 * <p>What is not a finding stays in the text but gets no passage: headings; everything before
 * the first heading of an inspectorate letter or council report (letterhead, addresses, the
 * standard paragraphs about how the inspection was done); the sign-off and everything after it
 * (inspection team, distribution list); a council report's author block and appendices; the
 * standard sentences every letter repeats; a press release's masthead, byline and title.
 *
 * <p>Headings nest by kind rather than by their (unreliable) Markdown level: document parts
 * ("Main findings", "REPORT SUMMARY"), numbered sections ("3.0 ..." above "3.4 ..."), themes,
 * and last the strength/weakness sub-headings. Sections and polarities come from the nearest
 * heading on the path that says something about them.
 */
final class PassageSplitter {

    /**
     * A passage before it gets its id, ordinal and themes.
     *
     * @param responsible the body an area for improvement or priority action makes responsible, or null
     */
    record Draft(
            Block block, Section section, String heading, Polarity polarity, String responsible, boolean standard) {
        /** Standard text: searchable, but not a finding. */
        static Draft standard(Block block, String heading) {
            return new Draft(block, Section.STANDARD, heading, Polarity.NEUTRAL, null, true);
        }
    }

    /** A standard paragraph long enough to be worth finding: prose, not a salutation, label or running header. */
    private static final int STANDARD_PROSE_WORDS = 8;

    /** A byline ("by Guy Murphy"), case-sensitive so that "By 2020, ..." is not one. */
    private static final Pattern BYLINE = Pattern.compile("^[Bb]y [A-Z][a-z'’-]+ [A-Z]");

    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i):-?$|\\b(?:summarised|themed|detailed|set out|outlined|listed|shown|described) below\\b");
    private static final Pattern SIGNIFICANT_WEAKNESS_STATED = Pattern.compile(
            "(?i)\\bsignificant (?:area of )?weakness(?:es)? (?:in|around|relating to|regarding|with)\\s+(.+?)[.;]?$");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d{1,2})(?:\\.(\\d{1,2}))?\\.?\\s");

    private final PolarityJudge judge;
    private final HeadingRules headings;
    private final StandardSentences standard;

    PassageSplitter(ExtractionRules rules) {
        this.judge = new PolarityJudge(rules.polarityCues());
        this.headings = rules.headings();
        this.standard = rules.standardSentences();
    }

    List<Draft> split(CleanText clean, DocumentType type, String title) {
        List<Block> blocks = clean.blocks();
        boolean council = type == DocumentType.COUNCIL_REPORT;
        // A council paper with no heading at all (minutes typed as plain text) has its body from the top.
        boolean needsHeading = type.isInspectorateLetter()
                || (council && blocks.stream().anyMatch(b -> b.isHeading() || isItemHeading(b)));
        List<Heading> path = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        boolean seenHeading = false;
        boolean significantList = false;
        boolean partnerColumn = false;
        String listPartner = null; // the partner a lead-in names, for the items of its list
        for (Block listed : withTableRows(blocks)) {
            Block block = listed;
            String text = block.text();
            if (standard.isSignOff(text)
                    || (standard.opensEndMatter(text)
                            && (block.isHeading()
                                    || block.multiline()
                                    || Words.count(text) <= 6
                                    || text.contains(":")))) {
                break;
            }
            if (block.isHeading() || (council && isItemHeading(block))) {
                seenHeading = true;
                int rank = rank(text);
                while (!path.isEmpty() && path.get(path.size() - 1).rank >= rank) {
                    path.remove(path.size() - 1);
                }
                path.add(heading(rank, text, path));
                significantList = false;
                partnerColumn = false;
                continue;
            }
            String partner = null;
            if (ResponsibleBody.isTableHeader(text)) {
                partnerColumn = true;
                continue;
            }
            int tab = text.indexOf('\t');
            if (partnerColumn && tab > 0 && tab < text.length() - 1) {
                partner = text.substring(0, tab).strip();
                block = cell(block, tab + 1);
                text = block.text();
            }
            if (needsHeading && !seenHeading) {
                // Before an inspectorate document's first heading: letterhead, addresses, and the
                // standard paragraphs on how the inspection was done, which stay searchable.
                if (type.isInspectorateLetter() && isProse(block) && !text.equals(title)) {
                    drafts.add(Draft.standard(block, ""));
                }
                continue;
            }
            if (isBoilerplate(block, type, title)) {
                if (standard.isStandard(text) && isProse(block)) {
                    drafts.add(Draft.standard(block, headingPath(path)));
                }
                continue;
            }
            boolean leadIn = (!block.isItem() || !block.isBullet()) && isLeadIn(text);
            if (!block.isItem() && !leadIn) {
                significantList = false;
            }
            if (leadIn) {
                significantList = text.toLowerCase(Locale.ROOT).contains("significant weakness");
            }
            Section section = section(path, type);
            Polarity polarity = polarity(path, section, text);
            if (leadIn && !section.isActionList()) {
                polarity = polarity == Polarity.ACTION ? Polarity.ACTION : Polarity.NEUTRAL;
            } else if ((significantList && block.isItem())
                    || (text.contains("ignificant")
                            && SIGNIFICANT_WEAKNESS_STATED.matcher(text).find())) {
                section = Section.SIGNIFICANT_WEAKNESSES;
                polarity = Polarity.SIGNIFICANT_WEAKNESS;
            }
            if (section.isActionList() && partner == null) {
                partner = block.isItem() && listPartner != null
                        ? listPartner
                        : ResponsibleBody.named(text).orElse(null);
            }
            if (leadIn) {
                listPartner = partner;
            } else if (!block.isItem()) {
                listPartner = null;
            }
            drafts.add(new Draft(
                    block, section, headingPath(path), polarity, section.isActionList() ? partner : null, false));
        }
        return drafts;
    }

    /** The area of significant weakness a passage names: the phrase after "significant weakness in", or the item itself. */
    static String significantWeakness(Block block) {
        String text = block.text();
        Matcher m = SIGNIFICANT_WEAKNESS_STATED.matcher(text);
        String weakness = !block.isBullet() && m.find() ? m.group(1) : text;
        weakness = weakness.strip();
        while (!weakness.isEmpty() && ".;,".indexOf(weakness.charAt(weakness.length() - 1)) >= 0) {
            weakness = weakness.substring(0, weakness.length() - 1).strip();
        }
        return weakness;
    }

    /**
     * A council paper's numbered item that is a heading in all but form: "3. Local area SEND
     * inspection" in minutes typed as plain text. Short, numbered, and no sentence.
     */
    private static boolean isItemHeading(Block block) {
        String text = block.text();
        return block.isItem()
                && !block.isBullet()
                && block.label().matches("\\d{1,2}(?:\\.\\d{1,2})?\\.?")
                && !Sentence.ends(text)
                && Words.count(text) <= 10
                && Character.isUpperCase(text.charAt(0));
    }

    /** A paragraph or item of prose: a sentence of some length, not a salutation, a label or a table. */
    private static boolean isProse(Block block) {
        String text = block.text();
        return !block.multiline()
                && !block.isHeading()
                && Words.count(text) >= STANDARD_PROSE_WORDS
                && Sentence.ends(text)
                && !text.startsWith("Dear ")
                && text.indexOf('\t') < 0;
    }

    /** A sentence introducing a list ("... the following:", "... are summarised below."). */
    private static boolean isLeadIn(String text) {
        return (text.endsWith(":") || text.endsWith(":-") || text.contains(" below"))
                && LEAD_IN.matcher(text).find();
    }

    /** A heading on the path, with the section and polarity it names (null where it names none). */
    private record Heading(int rank, String text, Section section, Polarity polarity) {}

    /**
     * The heading with what it names. "Areas for improvement" under one of the three questions of a
     * 2016 letter is that question's list of weaknesses, as "Areas for development" is: it names no
     * section of its own there, and its findings are weaknesses (significant ones for priority action).
     */
    private Heading heading(int rank, String text, List<Heading> path) {
        Section section = headings.section(text);
        Polarity polarity = headings.polarity(text);
        if (section != null
                && section.isActionList()
                && path.stream().anyMatch(h -> h.section != null && h.section.isInspectedQuestion())) {
            return new Heading(
                    rank,
                    text,
                    null,
                    section == Section.PRIORITY_ACTIONS ? Polarity.SIGNIFICANT_WEAKNESS : Polarity.WEAKNESS);
        }
        return new Heading(rank, text, section, polarity);
    }

    /**
     * The blocks, with each table of responsible bodies (a block of tab-separated rows whose first
     * line is the header, as an HTML table arrives) taken apart into one block per row: each row
     * is an item of its own.
     */
    private static List<Block> withTableRows(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            String text = block.text();
            int newline = text.indexOf('\n');
            if (!block.multiline() || newline < 0 || !ResponsibleBody.isTableHeader(text.substring(0, newline))) {
                out.add(block);
                continue;
            }
            int from = 0;
            while (from < text.length()) {
                int to = text.indexOf('\n', from);
                to = to < 0 ? text.length() : to;
                if (to > from && !text.substring(from, to).isBlank()) {
                    out.add(new Block(
                            Block.Kind.PARAGRAPH,
                            "",
                            text.substring(from, to),
                            block.start() + from,
                            block.start() + to,
                            0,
                            false,
                            from == 0 ? block.gapBefore() : 0));
                }
                from = to + 1;
            }
        }
        return out;
    }

    /** The part of a table row's block from {@code from} on: its second cell and any after it. */
    private static Block cell(Block row, int from) {
        String text = row.text();
        int skip = from;
        while (skip < text.length() && Character.isWhitespace(text.charAt(skip))) {
            skip++;
        }
        return new Block(
                row.kind(),
                row.label(),
                text.substring(skip),
                row.start() + skip,
                row.end(),
                row.markdownLevel(),
                row.multiline(),
                row.gapBefore());
    }

    private int rank(String heading) {
        if (headings.isSubHeading(heading)) {
            return 5;
        }
        if (headings.isTheme(heading)) {
            return 4;
        }
        Matcher numbered = NUMBERED_HEADING.matcher(heading);
        if (numbered.lookingAt()) {
            return numbered.group(2) == null || numbered.group(2).equals("0") ? 2 : 3;
        }
        return 1;
    }

    private static String headingPath(List<Heading> path) {
        StringBuilder out = new StringBuilder();
        for (Heading heading : path) {
            if (!out.isEmpty()) {
                out.append(" > ");
            }
            out.append(heading.text);
        }
        return out.toString();
    }

    private boolean isBoilerplate(Block block, DocumentType type, String title) {
        String text = block.text();
        if (standard.isStandard(text) || (BYLINE.matcher(text).lookingAt() && Words.count(text) <= 10)) {
            return true;
        }
        if (title != null && text.startsWith(title) && Words.count(text) - Words.count(title) <= 4) {
            return true; // the title, or the title with its byline ("... by Jo Bloggs")
        }
        int words = Words.count(text);
        if (words >= 4 && isLeadIn(text)) {
            return false;
        }
        if (words < 3) {
            return true;
        }
        if (!block.isItem()
                && !Sentence.ends(text)
                && words < 12
                && type != DocumentType.COUNCIL_REPORT
                && !type.isInspectorateLetter()) {
            return true; // mastheads, bylines, organisation names, captions
        }
        int bar = text.indexOf('|');
        return bar >= 0 && text.indexOf('|', bar + 1) >= 0;
    }

    /** The section of the nearest heading that names one; the document kind decides the default. */
    private static Section section(List<Heading> path, DocumentType type) {
        for (int i = path.size() - 1; i >= 0; i--) {
            Section section = path.get(i).section;
            if (section != null) {
                return section;
            }
        }
        return type.isInspectorateLetter() && !path.isEmpty() ? Section.MAIN_FINDINGS : Section.OTHER;
    }

    /** The polarity of the nearest heading that gives one; else the section's, judged from the wording in main findings. */
    private Polarity polarity(List<Heading> path, Section section, String text) {
        for (int i = path.size() - 1; i >= 0; i--) {
            Polarity polarity = path.get(i).polarity;
            if (polarity != null) {
                return polarity;
            }
        }
        return switch (section) {
            case MAIN_FINDINGS -> judge.judge(text);
            case SIGNIFICANT_WEAKNESSES -> Polarity.SIGNIFICANT_WEAKNESS;
            case PROGRESS -> Polarity.ACTION;
            default -> Polarity.NEUTRAL;
        };
    }
}
