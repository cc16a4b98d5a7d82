package org.sendsearch.ingest;

import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    record Draft(Block block, Section section, String heading, Polarity polarity) {
    }

    private static final Pattern SIGN_OFF = Pattern.compile("(?i)^(?:yours sincerely|yours faithfully|kind regards|best wishes)\\b");
    private static final Pattern END_OF_BODY = Pattern.compile(
            "(?i)^(?:report author|author|contact officer|contact details|background papers|appendices|appendix|subject history|notes to editors|ends\\b|related\\b|share this)");
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^(?:dear |cc:|this letter outlines|the inspection was led by"
            + "|inspectors spoke (?:with|to)|in reaching their judgements|as a result of the findings of this inspection and in accordance"
            + "|this (?:is|is not) a key decision|this matter affects|wards? affected)");
    /**
     * The sentence saying who must produce a written statement of action, within its first 40
     * characters. Kept apart from {@link #BOILERPLATE}: tried at every one of those 40 places, it
     * made that test the costliest of the splitter, so it runs only when the words are there.
     */
    private static final Pattern REQUIRED_TO_PRODUCE = Pattern.compile("(?i).{0,40}(?:is|are) required to produce and submit");
    /** A byline ("by Guy Murphy"), case-sensitive so that "By 2020, ..." is not one. */
    private static final Pattern BYLINE = Pattern.compile("^[Bb]y [A-Z][a-z'’-]+ [A-Z]");
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i):-?$|\\b(?:summarised|themed|detailed|set out|outlined|listed|shown|described) below\\b");
    private static final Pattern SIGNIFICANT_WEAKNESS_STATED = Pattern.compile(
            "(?i)\\bsignificant (?:area of )?weakness(?:es)? (?:in|around|relating to|regarding|with)\\s+(.+?)[.;]?$");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d{1,2})(?:\\.(\\d{1,2}))?\\.?\\s");
    private static final Pattern THEME_HEADING = Pattern.compile("(?i)^(?:theme|priority|area|workstream) \\d+\\b");
    private static final Pattern SUB_HEADING = Pattern.compile(
            "(?i)^(?:strengths?|areas? (?:of|for) .*|what .*(?:doing well|do better|improve).*|progress so far)[.:]?$");

    private static final Pattern AREAS_FOR_IMPROVEMENT = Pattern.compile(
            ".*\\bareas? (?:for|of) (?:further )?(?:development|improvement|weakness).*");

    private final PolarityJudge judge = new PolarityJudge();

    List<Draft> split(CleanText clean, DocumentType type, String title) {
        List<Block> blocks = clean.blocks();
        boolean needsHeading = type.isInspectorateLetter() || type == DocumentType.COUNCIL_REPORT;
        List<Heading> path = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        boolean seenHeading = false;
        boolean significantList = false;
        for (Block block : blocks) {
            String text = block.text();
            if (SIGN_OFF.matcher(text).lookingAt()
                    || (END_OF_BODY.matcher(text).lookingAt() && (block.isHeading() || block.multiline()
                    || Words.count(text) <= 6 || text.contains(":")))) {
                break;
            }
            if (block.isHeading()) {
                seenHeading = true;
                int rank = rank(text);
                while (!path.isEmpty() && path.get(path.size() - 1).rank >= rank) {
                    path.remove(path.size() - 1);
                }
                path.add(new Heading(rank, text));
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
            Polarity polarity = polarity(path, section, text, type);
            if (leadIn) {
                polarity = polarity == Polarity.ACTION ? Polarity.ACTION : Polarity.NEUTRAL;
            } else if ((significantList && block.isItem())
                    || (text.contains("ignificant") && SIGNIFICANT_WEAKNESS_STATED.matcher(text).find())) {
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
        return (text.endsWith(":") || text.endsWith(":-") || text.contains(" below")) && LEAD_IN.matcher(text).find();
    }

    private record Heading(int rank, String text) {
    }

    private static int rank(String heading) {
        if (SUB_HEADING.matcher(heading).matches()) {
            return 5;
        }
        if (THEME_HEADING.matcher(heading).lookingAt()) {
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
        if (BOILERPLATE.matcher(text).lookingAt() || requiredToProduce(text)
                || (BYLINE.matcher(text).lookingAt() && Words.count(text) <= 10)) {
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
        if (!block.isItem() && !TextCleaner.endsSentence(text) && words < 12 && type != DocumentType.COUNCIL_REPORT
                && !type.isInspectorateLetter()) {
            return true;  // mastheads, bylines, organisation names, captions
        }
        int bar = text.indexOf('|');
        return bar >= 0 && text.indexOf('|', bar + 1) >= 0;
    }

    private static boolean requiredToProduce(String text) {
        return startsWithin(text, "required to produce and submit", 44) && REQUIRED_TO_PRODUCE.matcher(text).lookingAt();
    }

    /** Whether {@code words} (any case) start within the first {@code limit} characters. */
    private static boolean startsWithin(String text, String words, int limit) {
        int last = Math.min(text.length() - words.length(), limit);
        for (int at = 0; at <= last; at++) {
            if (text.regionMatches(true, at, words, 0, words.length())) {
                return true;
            }
        }
        return false;
    }

    /** The section of the nearest heading that names one; the document kind decides the default. */
    private static Section section(List<Heading> path, DocumentType type) {
        for (int i = path.size() - 1; i >= 0; i--) {
            Section section = sectionOf(path.get(i).text.toLowerCase(Locale.ROOT));
            if (section != null) {
                return section;
            }
        }
        return type.isInspectorateLetter() && !path.isEmpty() ? Section.MAIN_FINDINGS : Section.OTHER;
    }

    private static Section sectionOf(String h) {
        if (h.contains("main findings") || h.contains("summary of findings") || h.contains("inspection findings")
                || h.contains("inspection outcome")) {
            return Section.MAIN_FINDINGS;
        }
        if (h.contains("effectiveness")) {
            if (h.contains("identifying")) {
                return Section.IDENTIFYING;
            }
            if (h.contains("meeting the needs") || h.contains("meeting needs")) {
                return Section.MEETING_NEEDS;
            }
            if (h.contains("improving outcomes")) {
                return Section.IMPROVING_OUTCOMES;
            }
        }
        if (h.contains("significant concerns") || h.contains("significant weakness") || h.contains("priority action")) {
            return Section.SIGNIFICANT_WEAKNESSES;
        }
        if (h.contains("summary")) {
            return Section.SUMMARY;
        }
        if (h.contains("recommendation") || h.contains("next steps")) {
            return Section.RECOMMENDATIONS;
        }
        if (h.contains("background") || h.contains("introduction") || h.contains("context")
                || h.contains("information about")) {
            return Section.BACKGROUND;
        }
        if (h.contains("progress") || h.contains("response") || h.contains("action plan") || h.contains("workstream")) {
            return Section.PROGRESS;
        }
        if (h.contains("doing well") || h.contains("do better") || h.contains("needs to improve")) {
            return Section.MAIN_FINDINGS;
        }
        if (SUB_HEADING.matcher(h).matches() || THEME_HEADING.matcher(h).lookingAt()) {
            return null;
        }
        return Section.OTHER;
    }

    private Polarity polarity(List<Heading> path, Section section, String text, DocumentType type) {
        for (int i = path.size() - 1; i >= 0; i--) {
            String h = path.get(i).text.toLowerCase(Locale.ROOT);
            if (h.contains("significant concerns") || h.contains("significant weakness") || h.contains("priority action")) {
                return Polarity.SIGNIFICANT_WEAKNESS;
            }
            if (h.contains("strength") || h.contains("doing well")) {
                return Polarity.STRENGTH;
            }
            if (AREAS_FOR_IMPROVEMENT.matcher(h).matches()
                    || h.contains("do better") || h.contains("needs to improve") || h.contains("what needs to")) {
                return Polarity.WEAKNESS;
            }
            if (h.contains("progress so far") || h.contains("response") || h.contains("action plan")
                    || h.contains("workstream")) {
                return Polarity.ACTION;
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
