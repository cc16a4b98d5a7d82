package org.sendsearch.ingest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Framework;
import org.sendsearch.model.InspectionKey;
import org.sendsearch.model.Outcome;
import org.sendsearch.model.RevisitProgress;

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
            LocalDate researchDate,
            Integer year,
            LocalDate inspectionStart,
            LocalDate inspectionEnd,
            Boolean wsoaRequired,
            List<String> significantWeaknesses,
            String outcome,
            Outcome outcomeValue,
            Framework framework,
            String inspectionId,
            LocalDate previousInspectionStart,
            LocalDate previousInspectionEnd,
            InspectionSchedule schedule,
            List<String> priorityActions,
            List<String> areasForImprovement,
            List<RevisitProgress> revisitProgress,
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

    /**
     * The framework a document belongs to: an inspectorate document's by its kind; any other's by
     * its inspection's dates (the 2023 framework's first inspections were in 2023, the 2016
     * framework's last in 2022), else by the outcome it states or a Written Statement of Action.
     */
    private static Framework framework(DocumentType type, LocalDate inspectionEnd, Outcome outcome, Boolean wsoa) {
        switch (type) {
            case INSPECTION_LETTER, REVISIT_LETTER -> {
                return Framework.JOINT_LOCAL_AREA_2016;
            }
            case INSPECTION_REPORT, MONITORING_REPORT -> {
                return Framework.AREA_SEND_2023;
            }
            default -> {}
        }
        if (inspectionEnd != null) {
            return inspectionEnd.getYear() >= 2023 ? Framework.AREA_SEND_2023 : Framework.JOINT_LOCAL_AREA_2016;
        }
        if (outcome != null) {
            return outcome.framework();
        }
        return wsoa != null ? Framework.JOINT_LOCAL_AREA_2016 : null;
    }

    /**
     * The key of the inspection a document is about, when it names that inspection's dates: a
     * letter's or report's own inspection; the full inspection a monitoring report follows; the
     * inspection a council paper, press release or post gives the dates of. A revisit letter names
     * its initial inspection's dates too rarely to be keyed: the area pages link it instead.
     */
    private static String inspectionKey(
            DocumentType type, String area, Framework framework, LocalDate end, RangeFinder.Range previous) {
        return switch (type) {
            case INSPECTION_LETTER, INSPECTION_REPORT -> InspectionKey.of(area, framework, end);
            case MONITORING_REPORT -> previous == null ? null : InspectionKey.of(area, framework, previous.end());
            case REVISIT_LETTER, OTHER -> null;
            default -> InspectionKey.of(area, framework, end);
        };
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
        List<String> priorityActions = new ArrayList<>();
        List<String> areasForImprovement = new ArrayList<>();
        for (PassageSplitter.Draft draft : drafts) {
            switch (draft.polarity()) {
                case SIGNIFICANT_WEAKNESS -> significant.add(PassageSplitter.significantWeakness(draft.block()));
                case PRIORITY_ACTION -> priorityActions.add(draft.block().text());
                case AREA_FOR_IMPROVEMENT ->
                    areasForImprovement.add(draft.block().text());
                default -> {}
            }
        }
        Optional<OutcomeWordings.Statement> statement = outcomes.find(text);
        String outcome = statement.map(OutcomeWordings.Statement::sentence).orElse(null);
        Outcome outcomeValue = statement.map(OutcomeWordings.Statement::outcome).orElse(null);
        List<RevisitProgress> revisitProgress =
                type == DocumentType.REVISIT_LETTER || type == DocumentType.MONITORING_REPORT
                        ? RevisitVerdicts.read(drafts)
                        : List.of();
        Framework framework = framework(type, inspectionEnd, outcomeValue, wsoa);
        RangeFinder.Range previous = type == DocumentType.INSPECTION_REPORT || type == DocumentType.MONITORING_REPORT
                ? dates.previousInspectionRange(text, inspectionStart)
                : null;
        InspectionSchedule schedule = type == DocumentType.INSPECTION_REPORT
                ? InspectionSchedule.read(text, inspectionEnd)
                : InspectionSchedule.NONE;

        InspectionTeam team =
                type.isInspectorateLetter() ? InspectionTeam.read(blocks) : new InspectionTeam(null, List.of());
        List<String> addressees = type.isInspectorateLetter() ? People.addressees(blocks) : List.of();
        List<String> healthBodies = NamedBodies.healthBodies(text);

        String committee = type == DocumentType.COUNCIL_REPORT ? NamedBodies.committee(text) : null;
        LocalDate meetingDate = type == DocumentType.COUNCIL_REPORT ? date : null;
        String author = People.author(text, type);

        LocalDate researchDate = date;
        if (date == null || (type.isInspectorateLetter() && inspectionEnd != null && date.isBefore(inspectionEnd))) {
            researchDate = inspectionEnd;
        }
        Integer year = researchDate == null ? null : Integer.valueOf(researchDate.getYear());

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
                        + DateGrammar.WRITTEN.format(inspectionEnd) + "): one of the dates is wrong"
                        + (researchDate == inspectionEnd ? "; it is counted by the inspection's last day" : ""));
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
                researchDate,
                year,
                inspectionStart,
                inspectionEnd,
                wsoa,
                significant,
                outcome,
                outcomeValue,
                framework,
                inspectionKey(type, area, framework, inspectionEnd, previous),
                previous == null ? null : previous.start(),
                previous == null ? null : previous.end(),
                schedule,
                priorityActions,
                areasForImprovement,
                revisitProgress,
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
