package org.sendsearch.ingest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's metadata (title, dates, area, people, health bodies, committee, Written
 * Statement of Action, outcome) and records a warning wherever the document is silent on
 * something it should state or contradicts itself. Nothing is corrected: a letter dated before
 * its own inspection keeps its date and says so in a warning.
 */
final class MetadataExtractor {

    /** What was found; the extractor adds the file facts and the passages. */
    record Metadata(String title, String area, String region, LocalDate date, Integer year, LocalDate inspectionStart,
                    LocalDate inspectionEnd, Boolean wsoaRequired, List<String> significantWeaknesses, String outcome,
                    String leadInspector, List<String> inspectors, List<String> addressees, List<String> healthBodies,
                    String committee, LocalDate meetingDate, String author, List<String> warnings) {
    }

    private static final int HEADER_BLOCKS = 14;

    private static final Pattern LETTER_TITLE = Pattern.compile(
            "(?i)^(?:joint )?(?:local )?area SEND (?:inspection|revisit|re-visit)\\b.*|^area SEND inspection of .*");
    private static final Pattern LABELLED_TITLE = Pattern.compile("(?im)^(?:report title|title|subject)\\s*:\\s*(.+?)\\s*$");
    private static final Pattern INSPECTION_CONTEXT = Pattern.compile("(?i)inspect|visit|took place|conducted|fieldwork");
    private static final Pattern WSOA = Pattern.compile("(?i)written statement of action|\\bWSOA\\b");
    private static final PatternScan WSOA_MENTIONS = new PatternScan(WSOA, "wW");
    private static final Pattern WSOA_NOT_REQUIRED = Pattern.compile(
            "(?i)(?:written statement of action|\\bWSOA\\b)[^.]{0,60}\\bnot (?:been )?required|\\b(?:no|not need an?|not required to produce an?) (?:written statement of action|WSOA)");
    private static final Pattern WSOA_REQUIRED = Pattern.compile(
            "(?i)(?:written statement of action|\\bWSOA\\b)[^.]{0,80}\\b(?:is|was|are|were|be|been) required|required to (?:produce|submit|prepare)[^.]{0,60}(?:written statement of action|WSOA)"
                    + "|(?:basis of|progress (?:made )?(?:against|on)|delivery of|implement(?:ing|ation of)?|monitoring of) (?:the |a |its |their )?(?:written statement of action|WSOA)");
    /** The words that mark the outcome sentence of a 2023-framework report; the sentence is the outcome. */
    private static final Pattern OUTCOME_2023 = Pattern.compile(
            "typically lead to|inconsistent experiences and outcomes|widespread and/or systemic failings|significant concerns about the experiences");
    private static final Pattern OUTCOME_REVISIT = Pattern.compile("\\b(?:has|have) (?:not )?made sufficient progress");

    private static final String TITLE_WORD = "(?:" + WordList.alternation("personal-titles.txt") + ")\\.?";
    private static final String NAME_WORD = "(?:[A-Z][a-z]*['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
    private static final String ROLE_START = "(?:" + WordList.alternation("role-words.txt") + ")";
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "^(?:" + TITLE_WORD + "\\s+)?(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2}?)(?=,|\\s+" + ROLE_START + "\\b)");
    private static final Pattern NEXT_PERSON = Pattern.compile(
            "(?:\\b(?:Group|Council|Trust|Board|Partnership|Authority|CCG|ICB)|\\))\\s+(?:" + TITLE_WORD + "\\s+)?("
                    + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2}?)(?=,|\\s+" + ROLE_START + "\\b)");
    private static final Pattern TITLED_PERSON = Pattern.compile(
            "\\b" + TITLE_WORD + "\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2}?)(?=,|\\s+" + ROLE_START + "\\b|\\s*$)");
    private static final PatternScan HEALTH_BODIES = new PatternScan(
            Pattern.compile("(?=[CI])(Clinical Commissioning Group|Integrated Care Board|CCG|ICB)\\b"), "CI");
    private static final Pattern NAME_BEFORE = Pattern.compile("((?:(?:[A-Z][\\p{L}'’.-]*|and|of|upon|on|&)\\s+){1,7})$");
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "the", "Chief", "Officer", "Operating", "Executive",
            "Interim", "Clinical", "Accountable", "Director", "Deputy", "Head", "Lead", "Senior", "Local", "Area",
            "Nominated", "and", "of", "upon", "on", "&", "A", "An", "Our", "Their", "Each", "Both", "Joint", "Dear");
    private static final Pattern COMMITTEE_LABEL = Pattern.compile(
            "(?im)^(?:report to|meeting|committee|decision maker|decision-maker)\\s*:\\s*(.+?)\\s*$");
    private static final String COMMITTEE_NAME = "((?:[A-Z][\\p{L}'’-]*|and|of|for|&)(?:,?\\s+(?:[A-Z][\\p{L}'’-]*|and|of|for|&)){0,8}?\\s+"
            + "(?:Board|Committee|Sub-Committee|Cabinet|Panel|Forum))\\b";
    private static final Pattern COMMITTEE_IN_TEXT = Pattern.compile(
            "(?:members of|report to|meeting of|submitted to|considered by|presented to|updates? (?:to|for)) the " + COMMITTEE_NAME);
    private static final Pattern COMMITTEE_RECOMMENDED = Pattern.compile(
            "\\b[Tt]he " + COMMITTEE_NAME + " (?:is|are) (?:recommended|asked|requested|invited)");
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "(?im)^(?:report author|author|contact officer|report contact|lead officer)[ \\t]*:[ \\t]*(" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){1,3})");
    private static final Pattern BYLINE = Pattern.compile("(?m)^[Bb]y\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2}?)(?=[A-Z]|\\s|,|$)");

    private final DateFinder dates = new DateFinder();
    private final AreaResolver areas;

    MetadataExtractor(AreaResolver areas) {
        this.areas = areas;
    }

    /** The title, which the passage splitter also needs to leave out of the findings. */
    String title(CleanText clean, DocumentType type) {
        List<Block> blocks = clean.blocks();
        Matcher labelled = LABELLED_TITLE.matcher(clean.text().substring(0, Math.min(3000, clean.text().length())));
        if (labelled.find()) {
            return labelled.group(1).strip();
        }
        for (int i = 0; i < blocks.size() && i < HEADER_BLOCKS + 6; i++) {
            String text = blocks.get(i).text();
            if (LETTER_TITLE.matcher(text).matches() && text.length() < 200) {
                return text;
            }
        }
        if (type.isInspectorateLetter()) {
            for (int i = 0; i + 1 < blocks.size() && i < HEADER_BLOCKS + 6; i++) {
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
        for (int i = 0; i < blocks.size() && i < HEADER_BLOCKS; i++) {
            Block block = blocks.get(i);
            String text = block.text();
            if (isTitleLike(block) && !DateGrammar.isDateLine(text) && !text.contains("|")
                    && !text.matches("^[Bb]y [A-Z].*") && !text.matches(".*\\b(?:Council|Borough|Authority)$")
                    && !text.startsWith("Dear ")) {
                return text;
            }
        }
        return null;
    }

    private static boolean isTitleLike(Block block) {
        String text = block.text();
        int words = Words.count(text);
        return !block.multiline() && !block.isItem() && words >= 3 && words <= 25 && !text.endsWith(".")
                && !text.contains("@") && !text.matches(".*\\d{3,}.*\\d{3,}.*");
    }

    Metadata extract(CleanText clean, DocumentType type, String title, List<PassageSplitter.Draft> drafts) {
        String text = clean.text();
        List<Block> blocks = clean.blocks();
        List<String> warnings = new ArrayList<>();
        List<DateFinder.FoundDate> found = dates.find(text);

        LocalDate date = documentDate(blocks, found, text, warnings);
        DateFinder.DateRange inspection = inspectionRange(text);
        LocalDate inspectionStart = inspection == null ? null : inspection.start();
        LocalDate inspectionEnd = inspection == null ? null : inspection.end();

        Optional<LocalAuthorities.Authority> authority = areas.resolve(text, title);
        String area = authority.map(LocalAuthorities.Authority::name).orElse(null);
        String region = authority.map(LocalAuthorities.Authority::region).orElse(null);

        Boolean wsoa = wsoaRequired(text, type, drafts);
        List<String> significant = new ArrayList<>();
        for (PassageSplitter.Draft draft : drafts) {
            if (draft.polarity() == Polarity.SIGNIFICANT_WEAKNESS) {
                significant.add(PassageSplitter.significantWeakness(draft.block()));
            }
        }
        String outcome = outcome(text, type);

        InspectionTeam team = type.isInspectorateLetter() ? InspectionTeam.read(blocks) : new InspectionTeam(null, List.of());
        List<String> addressees = type.isInspectorateLetter() ? addressees(blocks) : List.of();
        List<String> healthBodies = healthBodies(text);

        String committee = null;
        LocalDate meetingDate = null;
        String author = null;
        if (type == DocumentType.COUNCIL_REPORT) {
            committee = committee(text);
            meetingDate = date;
            Matcher m = AUTHOR_LABEL.matcher(text);
            author = m.find() ? m.group(1).strip() : null;
        } else if (type == DocumentType.PRESS_RELEASE) {
            Matcher m = BYLINE.matcher(text.substring(0, Math.min(text.length(), 2000)));
            author = m.find() ? m.group(1) : null;
        }

        Integer year = date != null ? Integer.valueOf(date.getYear())
                : inspectionEnd != null ? Integer.valueOf(inspectionEnd.getYear()) : null;

        // Warnings: what the document leaves out, then where it contradicts itself.
        if (date == null) {
            warnings.add("no document date found");
        }
        if (area == null) {
            warnings.add("local area not recognised: no English local authority named");
        }
        if (title == null) {
            warnings.add("no title found");
        }
        if (type.isInspectorateLetter()) {
            if (inspection == null) {
                warnings.add("no inspection dates found");
            }
            if (team.lead() == null) {
                warnings.add("no lead inspector found in the sign-off");
            }
        }
        if (type == DocumentType.COUNCIL_REPORT && committee == null) {
            warnings.add("no committee or board named");
        }
        if (date != null && inspectionEnd != null) {
            if (date.isBefore(inspectionEnd)) {
                warnings.add("document dated " + DateGrammar.WRITTEN.format(date) + " is before the end of the inspection it reports on ("
                        + DateGrammar.WRITTEN.format(inspectionStart) + " to " + DateGrammar.WRITTEN.format(inspectionEnd) + "): one of the dates is wrong");
            } else if (type.isInspectorateLetter() && ChronoUnit.DAYS.between(inspectionEnd, date) > 183) {
                warnings.add("letter dated " + DateGrammar.WRITTEN.format(date) + ", more than six months after the inspection ended on "
                        + DateGrammar.WRITTEN.format(inspectionEnd));
            }
        }
        if (type == DocumentType.INSPECTION_LETTER && Boolean.TRUE.equals(wsoa) && significant.isEmpty()) {
            warnings.add("a Written Statement of Action is required but no areas of significant weakness are listed");
        }
        if (Boolean.FALSE.equals(wsoa) && !significant.isEmpty()) {
            warnings.add("areas of significant weakness are listed but no Written Statement of Action is required");
        }
        return new Metadata(title, area, region, date, year, inspectionStart, inspectionEnd, wsoa, significant, outcome,
                team.lead(), team.others(), addressees, healthBodies, committee, meetingDate, author, warnings);
    }

    /**
     * The letter, meeting or publication date: a date standing on its own line near the top, else
     * any date in the document's header. A written date outranks a numeric one; an ambiguous
     * numeric date is read the way a written date in the document confirms.
     */
    private LocalDate documentDate(List<Block> blocks, List<DateFinder.FoundDate> found, String text, List<String> warnings) {
        int headerEnd = headerEnd(blocks, text);
        DateFinder.FoundDate numeric = null;
        for (int i = 0; i < blocks.size() && i < HEADER_BLOCKS; i++) {
            Block block = blocks.get(i);
            if (block.start() >= headerEnd) {
                break;
            }
            if (DateGrammar.isDateLine(block.text())) {
                for (DateFinder.FoundDate d : found) {
                    if (d.start() >= block.start() && d.end() <= block.end() && d.written()) {
                        return d.date();
                    }
                }
            }
        }
        for (DateFinder.FoundDate d : found) {
            if (d.start() >= headerEnd) {
                break;
            }
            if (d.written()) {
                return d.date();
            }
            if (numeric == null) {
                numeric = d;
            }
        }
        if (numeric != null) {
            LocalDate resolved = DateFinder.resolve(numeric, found);
            if (numeric.alternative() != null && resolved.equals(numeric.date())
                    && found.stream().noneMatch(d -> d.written() && d.date().equals(resolved))) {
                warnings.add("numeric date " + text.substring(numeric.start(), numeric.end()) + " is ambiguous; read as day first ("
                        + DateGrammar.WRITTEN.format(resolved) + ")");
            }
            return resolved;
        }
        return null;
    }

    /** Where the header ends: at the first heading or the first full paragraph of prose. */
    private static int headerEnd(List<Block> blocks, String text) {
        for (int i = 0; i < blocks.size() && i < HEADER_BLOCKS; i++) {
            Block block = blocks.get(i);
            if (block.isHeading() && i > 0) {
                return block.start();
            }
            if (!block.multiline() && Words.count(block.text()) >= 12 && Sentence.ends(block.text())
                    && !DateGrammar.isDateLine(block.text())) {
                return block.start();
            }
        }
        return Math.min(text.length(), blocks.size() > HEADER_BLOCKS ? blocks.get(HEADER_BLOCKS).start() : text.length());
    }

    /** The first date range in a sentence about the inspection or a visit. */
    private DateFinder.DateRange inspectionRange(String text) {
        for (DateFinder.DateRange range : dates.ranges(text)) {
            int from = Math.max(0, text.lastIndexOf('\n', range.position()));
            int to = text.indexOf('\n', range.endPosition());
            String paragraph = text.substring(from, to < 0 ? text.length() : to);
            if (INSPECTION_CONTEXT.matcher(paragraph).find()) {
                return range;
            }
        }
        return null;
    }

    /**
     * Whether a Written Statement of Action was required. Under the 2016-2022 framework the
     * outcome letter says so only when one is required, so an outcome letter without such a
     * statement (and without listed significant weaknesses) is read as "not required"; for every
     * other document silence means unknown (null).
     */
    private static Boolean wsoaRequired(String text, DocumentType type, List<PassageSplitter.Draft> drafts) {
        boolean mentioned = false;
        for (MatchResult mention : WSOA_MENTIONS.matches(text)) {
            mentioned = true;
            String sentence = Sentence.around(text, mention.start(), mention.end()).in(text);
            if (WSOA_NOT_REQUIRED.matcher(sentence).find()) {
                return Boolean.FALSE;
            }
            if (WSOA_REQUIRED.matcher(sentence).find()) {
                return Boolean.TRUE;
            }
        }
        if (type == DocumentType.INSPECTION_LETTER && !mentioned
                && drafts.stream().noneMatch(d -> d.polarity() == Polarity.SIGNIFICANT_WEAKNESS)) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static String outcome(String text, DocumentType type) {
        Pattern pattern = switch (type) {
            case INSPECTION_REPORT -> OUTCOME_2023;
            case REVISIT_LETTER -> OUTCOME_REVISIT;
            default -> null;
        };
        if (pattern == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            // The sentence holding the words, which must end with a full stop before the line ends.
            Sentence sentence = Sentence.around(text, m.start(), m.end());
            if (sentence.closed()) {
                return sentence.in(text).strip();
            }
        }
        return null;
    }

    /** The people a letter is addressed to: the blocks between its date and the salutation. */
    private static List<String> addressees(List<Block> blocks) {
        int dear = -1;
        for (int i = 0; i < blocks.size() && i < HEADER_BLOCKS + 6; i++) {
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

    /** Named clinical commissioning groups and integrated care boards, in the form "X Clinical Commissioning Group". */
    private static List<String> healthBodies(String text) {
        Set<String> bodies = new LinkedHashSet<>();
        for (MatchResult m : HEALTH_BODIES.matches(text)) {
            Matcher before = NAME_BEFORE.matcher(text.substring(Math.max(0, m.start() - 120), m.start()));
            if (!before.find()) {
                continue;
            }
            String[] words = before.group(1).strip().split("\\s+");
            int start = 0;
            for (int i = 0; i < words.length; i++) {
                if (NOT_NAME_WORDS.contains(words[i]) && !(i > start && (words[i].equals("and") || words[i].equals("of")))) {
                    start = i + 1;
                }
            }
            boolean nhs = start < words.length && words[start].equals("NHS");
            if (nhs) {
                start++;
            }
            if (start >= words.length) {
                continue;
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
            String kind = switch (m.group(1)) {
                case "CCG", "Clinical Commissioning Group" -> "Clinical Commissioning Group";
                default -> "Integrated Care Board";
            };
            bodies.add((nhs ? "NHS " : "") + name + " " + kind);
        }
        return List.copyOf(bodies);
    }

    private static String committee(String text) {
        Matcher m = COMMITTEE_LABEL.matcher(text);
        if (m.find()) {
            return m.group(1).replaceAll("\\s+", " ").strip();
        }
        for (Pattern pattern : List.of(COMMITTEE_IN_TEXT, COMMITTEE_RECOMMENDED)) {
            m = pattern.matcher(text);
            if (m.find()) {
                return m.group(1).replaceAll("\\s+", " ").strip();
            }
        }
        return null;
    }
}
