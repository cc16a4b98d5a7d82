package org.sendsearch.model;

/**
 * The names of the fields of the documents and passages indices, as {@code index-config/documents.json}
 * and {@code passages.json} map them: every query, sort, aggregation, highlight and source filter
 * names a field through these constants, so a field renamed in the mappings is renamed here once
 * (and {@code IndexFieldTest} fails until it is). Plain string constants rather than an enum because
 * the client's builders take field names as strings.
 */
public final class IndexField {
    // Both indices: the document facts every passage carries too.
    public static final String ID = "id";
    public static final String AREA = "area";
    public static final String REGION = "region";
    public static final String TYPE = "type";
    public static final String YEAR = "year";
    public static final String DATE = "date";
    /** The date research counts a document by: its own, or its inspection's end when printed before it. */
    public static final String RESEARCH_DATE = "researchDate";

    public static final String FRAMEWORK = "framework";
    /** The key of the inspection a document is about ({@link InspectionKey}): research counts inspections by it. */
    public static final String INSPECTION_ID = "inspectionId";
    /** The stated outcome as one of the {@link Outcome} ids. */
    public static final String OUTCOME_VALUE = "outcomeValue";

    public static final String LEAD_INSPECTOR = "leadInspector";
    public static final String WSOA_REQUIRED = "wsoaRequired";
    public static final String THEMES = "themes";
    public static final String FORMAT = "format";
    public static final String SOURCE = "source";
    public static final String SOURCE_PATH = "sourcePath";
    public static final String TITLE = "title";
    /**
     * Where the document is published on the web: an object, {@code url} and {@code origin}
     * ({@link PublishedAddress}); absent when not known.
     */
    public static final String PUBLISHED_ADDRESS = "publishedAddress";
    /** The address itself, within {@link #PUBLISHED_ADDRESS}. */
    public static final String PUBLISHED_URL = "publishedAddress.url";
    /** How it is known ({@link PublishedAddress.Origin} id), within {@link #PUBLISHED_ADDRESS}. */
    public static final String PUBLISHED_ORIGIN = "publishedAddress.origin";

    public static final String TEXT = "text";
    /** {@link #TEXT} analysed without stemming or synonyms: exact phrases and spelling suggestions. */
    public static final String TEXT_EXACT = "text.exact";

    // Documents index only.
    public static final String SIZE_BYTES = "sizeBytes";
    public static final String SHA256 = "sha256";
    public static final String INSPECTION_START = "inspectionStart";
    public static final String INSPECTION_END = "inspectionEnd";
    public static final String SIGNIFICANT_WEAKNESSES = "significantWeaknesses";
    public static final String OUTCOME = "outcome";
    public static final String PREVIOUS_INSPECTION_START = "previousInspectionStart";
    public static final String PREVIOUS_INSPECTION_END = "previousInspectionEnd";
    public static final String NEXT_INSPECTION = "nextInspection";
    public static final String NEXT_INSPECTION_BY = "nextInspectionBy";
    public static final String MONITORING_BY = "monitoringBy";
    public static final String PRIORITY_ACTIONS = "priorityActions";
    public static final String AREAS_FOR_IMPROVEMENT = "areasForImprovement";
    public static final String INSPECTORS = "inspectors";
    public static final String ADDRESSEES = "addressees";
    public static final String HEALTH_BODIES = "healthBodies";
    public static final String COMMITTEE = "committee";
    public static final String MEETING_DATE = "meetingDate";
    public static final String AUTHOR = "author";
    public static final String WARNINGS = "warnings";
    public static final String PASSAGE_COUNT = "passageCount";

    // Passages index only.
    public static final String DOCUMENT_ID = "documentId";
    public static final String ORDINAL = "ordinal";
    public static final String SECTION = "section";
    public static final String POLARITY = "polarity";
    public static final String HEADING = "heading";
    /** The partner an area for improvement or priority action names as responsible. */
    public static final String RESPONSIBLE = "responsible";
    /** True for standard text: searchable, but not a finding. */
    public static final String STANDARD = "standard";

    /** The passage text's embedding (384 floats, int8 HNSW); absent until the vector fill reaches it. */
    public static final String VECTOR = "vector";

    public static final String START = "start";
    public static final String END = "end";

    private IndexField() {}

    /** A field with a query-time boost, as multi-field queries take it ({@code "title^2"}). */
    public static String boosted(String field, double boost) {
        return field + "^" + (boost == Math.rint(boost) ? Long.toString((long) boost) : Double.toString(boost));
    }
}
