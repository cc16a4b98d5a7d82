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

    /** A passage before it gets its id, ordinal and themes. */
    record Draft(Block block, Section section, String heading, Polarity polarity) {}

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
        boolean needsHeading = type.isInspectorateLetter() || type == DocumentType.COUNCIL_REPORT;
        List<Heading> path = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        boolean seenHeading = false;
        boolean significantList = false;
        for (Block block : blocks) {
            String text = block.text();
            if (standard.isSignOff(text)
                    || (standard.opensEndMatter(text)
                            && (block.isHeading()
                                    || block.multiline()
                                    || Words.count(text) <= 6
                                    || text.contains(":")))) {
                break;
            }
            if (block.isHeading()) {
                seenHeading = true;
                int rank = rank(text);
                while (!path.isEmpty() && path.get(path.size() - 1).rank >= rank) {
                    path.remove(path.size() - 1);
                }
                path.add(new Heading(rank, text, headings.section(text), headings.polarity(text)));
                significantList = false;
                continue;
            }
            if (needsHeading && !seenHeading) {
                continue;
            }
            if (isBoilerplate(block, type, title)) {
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
            if (leadIn) {
                polarity = polarity == Polarity.ACTION ? Polarity.ACTION : Polarity.NEUTRAL;
            } else if ((significantList && block.isItem())
                    || (text.contains("ignificant")
                            && SIGNIFICANT_WEAKNESS_STATED.matcher(text).find())) {
                section = Section.SIGNIFICANT_WEAKNESSES;
                polarity = Polarity.SIGNIFICANT_WEAKNESS;
            }
            drafts.add(new Draft(block, section, headingPath(path), polarity));
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

    /** A sentence introducing a list ("... the following:", "... are summarised below."). */
    private static boolean isLeadIn(String text) {
        return (text.endsWith(":") || text.endsWith(":-") || text.contains(" below"))
                && LEAD_IN.matcher(text).find();
    }

    /** A heading on the path, with the section and polarity it names (null where it names none). */
    private record Heading(int rank, String text, Section section, Polarity polarity) {}

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
        if (text.equals(title)) {
            return true;
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
