package org.sendsearch.ingest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Polarity;

/**
 * Reads a document's metadata (title, dates, area, people, health bodies, committee, Written
 * Statement of Action, outcome) and records a warning wherever the document is silent on
 * something it should state or contradicts itself. Nothing is corrected: a letter dated before
 * its own inspection keeps its date and says so in a warning.
 */
final class MetadataExtractor {

    /** What was found; the extractor adds the file facts and the passages. */
    record Metadata(
            String title,
            String area,
            String region,
            LocalDate date,
            Integer year,
            LocalDate inspectionStart,
            LocalDate inspectionEnd,
            Boolean wsoaRequired,
            List<String> significantWeaknesses,
            String outcome,
            String leadInspector,
            List<String> inspectors,
            List<String> addressees,
            List<String> healthBodies,
            String committee,
            LocalDate meetingDate,
            String author,
            List<String> warnings) {}

    /** How many blocks from the top the header (letterhead, date, addresses, title) may run to. */
    static final int HEADER_BLOCKS = 14;

    private final DocumentDates dates = new DocumentDates();
    private final AreaResolver areas;
    private final OutcomeWordings outcomes;

    MetadataExtractor(AreaResolver areas, OutcomeWordings outcomes) {
        this.areas = areas;
        this.outcomes = outcomes;
    }

    /** The title, which the passage splitter also needs to leave out of the findings. */
    String title(CleanText clean, DocumentType type) {
        return TitleReader.title(clean, type);
    }

    Metadata extract(CleanText clean, DocumentType type, String title, List<PassageSplitter.Draft> drafts) {
        String text = clean.text();
        List<Block> blocks = clean.blocks();
        List<String> warnings = new ArrayList<>();
        LocalDate printed = dates.documentDate(blocks, text, warnings);
        RangeFinder.Range inspection = dates.inspectionRange(text, printed);
        LocalDate inspectionStart = inspection == null ? null : inspection.start();
        LocalDate inspectionEnd = inspection == null ? null : inspection.end();
        // An inspectorate report prints no date of its own, only its inspection's: it is dated by the
        // inspection's last day, and says so.
        LocalDate date = printed == null && type.isInspectorateLetter() ? inspectionEnd : printed;
        if (printed == null && date != null) {
            warnings.add("no date of its own: dated by the last day of its inspection ("
                    + DateGrammar.WRITTEN.format(date) + ")");
        }

        Optional<LocalAuthorities.Authority> authority = areas.resolve(text, title);
        String area = authority.map(LocalAuthorities.Authority::name).orElse(null);
        String region = authority.map(LocalAuthorities.Authority::region).orElse(null);

        Boolean wsoa = InspectionOutcome.wsoaRequired(text, type, drafts);
        List<String> significant = new ArrayList<>();
        for (PassageSplitter.Draft draft : drafts) {
            if (draft.polarity() == Polarity.SIGNIFICANT_WEAKNESS) {
                significant.add(PassageSplitter.significantWeakness(draft.block()));
            }
        }
        String outcome =
                outcomes.find(text).map(OutcomeWordings.Statement::sentence).orElse(null);

        InspectionTeam team =
                type.isInspectorateLetter() ? InspectionTeam.read(blocks) : new InspectionTeam(null, List.of());
        List<String> addressees = type.isInspectorateLetter() ? People.addressees(blocks) : List.of();
        List<String> healthBodies = NamedBodies.healthBodies(text);

        String committee = type == DocumentType.COUNCIL_REPORT ? NamedBodies.committee(text) : null;
        LocalDate meetingDate = type == DocumentType.COUNCIL_REPORT ? date : null;
        String author = People.author(text, type);

        Integer year = date != null
                ? Integer.valueOf(date.getYear())
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
        if (inspection != null && !inspection.startDayKnown()) {
            warnings.add("the inspection's first day is not given, only its month: read as "
                    + DateGrammar.WRITTEN.format(inspectionStart));
        }
        if (type == DocumentType.COUNCIL_REPORT && committee == null) {
            warnings.add("no committee or board named");
        }
        if (date != null && inspectionEnd != null) {
            if (date.isBefore(inspectionEnd)) {
                warnings.add("document dated " + DateGrammar.WRITTEN.format(date)
                        + " is before the end of the inspection it reports on ("
                        + DateGrammar.WRITTEN.format(inspectionStart) + " to "
                        + DateGrammar.WRITTEN.format(inspectionEnd) + "): one of the dates is wrong");
            } else if (type.isInspectorateLetter() && ChronoUnit.DAYS.between(inspectionEnd, date) > 183) {
                warnings.add("letter dated " + DateGrammar.WRITTEN.format(date)
                        + ", more than six months after the inspection ended on "
                        + DateGrammar.WRITTEN.format(inspectionEnd));
            }
        }
        if (type == DocumentType.INSPECTION_LETTER && Boolean.TRUE.equals(wsoa) && significant.isEmpty()) {
            warnings.add("a Written Statement of Action is required but no areas of significant weakness are listed");
        }
        if (Boolean.FALSE.equals(wsoa) && !significant.isEmpty()) {
            warnings.add("areas of significant weakness are listed but no Written Statement of Action is required");
        }
        return new Metadata(
                title,
                area,
                region,
                date,
                year,
                inspectionStart,
                inspectionEnd,
                wsoa,
                significant,
                outcome,
                team.lead(),
                team.others(),
                addressees,
                healthBodies,
                committee,
                meetingDate,
                author,
                warnings);
    }
}
