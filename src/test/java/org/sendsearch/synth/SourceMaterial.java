package org.sendsearch.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.ingest.CorpusWalker;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.ExtractionRules;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.ingest.LocalAuthorities;
import org.sendsearch.ingest.Passage;
import org.sendsearch.ingest.ThemeTaxonomy;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Polarity;

/**
 * The raw material generated documents are recombined from: the findings of the real documents,
 * read with the project's own {@link Extractor} so that what counts as a strength, a weakness or a
 * council action is exactly what extraction says it is, and the theme vocabulary.
 *
 * <p>Each passage's own area is replaced by the placeholder {@link #AREA}, to be filled with the
 * generated document's area. Passages that name another local authority ("Knowsley and St Helens
 * Teaching Hospitals" in a Liverpool letter) are left out, as are those that talk about a Written
 * Statement of Action or significant weaknesses outside their own section: dropped into a new
 * document they would change its area, its WSOA status or its polarity.
 */
public final class SourceMaterial {
    /** Stands for the generated document's area in source text. */
    public static final String AREA = "{AREA}";

    /** The groups of passages the document writers draw from. */
    public enum Bucket {
        MAIN_FINDING,
        IDENTIFYING_STRENGTH,
        IDENTIFYING_WEAKNESS,
        MEETING_STRENGTH,
        MEETING_WEAKNESS,
        OUTCOMES_STRENGTH,
        OUTCOMES_WEAKNESS,
        SIGNIFICANT_WEAKNESS,
        COUNCIL_ACTION,
        COUNCIL_CONTEXT,
        PRESS
    }

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})?\\)?|[a-z]\\))\\s+");
    /** "... identified a significant weakness in X": only X is the weakness. */
    private static final Pattern STATED_WEAKNESS = Pattern.compile(
            "(?i)\\bsignificant (?:area of )?weakness(?:es)? (?:in|around|relating to|regarding|with)\\s+(.+)$");

    private static final Pattern RISKY = Pattern.compile(
            "(?i)written statement|\\bWSOA\\b|significant (?:area of )?weakness|local area partnership|recommend|\\bboard\\b"
                    + "|committee|key decision|cabinet|yours sincerely|dear |said|appendix|below|:\\s*$");

    private final Map<Bucket, List<String>> passages;
    private final ThemeTaxonomy themes;
    private final LocalAuthorities authorities;

    SourceMaterial(Map<Bucket, List<String>> passages, ThemeTaxonomy themes, LocalAuthorities authorities) {
        Map<Bucket, List<String>> copy = new EnumMap<>(Bucket.class);
        for (Bucket bucket : Bucket.values()) {
            copy.put(bucket, List.copyOf(passages.getOrDefault(bucket, List.of())));
        }
        this.passages = copy;
        this.themes = themes;
        this.authorities = authorities;
    }

    /** Reads the documents under {@code corpus} with the extractor configured from {@code configDir}. */
    public static SourceMaterial load(Path corpus, Path configDir) throws IOException {
        ThemeTaxonomy themes = ThemeTaxonomy.load(configDir.resolve("themes.json"));
        LocalAuthorities authorities = LocalAuthorities.load(configDir.resolve("local-authorities.tsv"));
        Extractor extractor = new Extractor(
                themes, authorities, ExtractionRules.load(new ConfigDirectory(configDir)), Extractor.DEFAULT_MAX_BYTES);
        Pattern anyAuthority = anyAuthority(authorities);
        Map<Bucket, List<String>> buckets = new LinkedHashMap<>();
        for (CorpusWalker.Entry entry : (Iterable<CorpusWalker.Entry>) CorpusWalker.walk(List.of(corpus))::iterator) {
            if (entry.rejection() == null
                    && extractor.extract(entry.file(), entry.root()) instanceof ExtractedDocument document) {
                add(document, authorities, anyAuthority, buckets);
            }
        }
        if (buckets.getOrDefault(Bucket.MAIN_FINDING, List.of()).isEmpty()) {
            throw new IllegalArgumentException("No inspection letter findings found in " + corpus
                    + ": the generator needs the bundled corpus (or another with inspection letters) as raw material");
        }
        return new SourceMaterial(buckets, themes, authorities);
    }

    private static void add(
            ExtractedDocument document,
            LocalAuthorities authorities,
            Pattern anyAuthority,
            Map<Bucket, List<String>> buckets) {
        List<String> ownSpellings = document.area() == null
                ? List.of()
                : authorities
                        .bySpelling(document.area())
                        .map(LocalAuthorities.Authority::spellings)
                        .orElse(List.of());
        for (Passage passage : document.passages()) {
            Bucket bucket = bucket(document.type(), passage);
            if (bucket == null) {
                continue;
            }
            String text = LEADING_NUMBER
                    .matcher(passage.text().replace('\n', ' ').strip())
                    .replaceFirst("");
            for (String spelling : ownSpellings) {
                text = text.replaceAll("\\b" + Pattern.quote(spelling) + "\\b", Matcher.quoteReplacement(AREA));
            }
            Matcher stated = STATED_WEAKNESS.matcher(text);
            if (bucket == Bucket.SIGNIFICANT_WEAKNESS && stated.find()) {
                text = "weaknesses in " + stated.group(1);
            }
            boolean exempt = bucket == Bucket.SIGNIFICANT_WEAKNESS
                    || bucket == Bucket.COUNCIL_ACTION
                    || bucket == Bucket.COUNCIL_CONTEXT;
            if (text.length() < 40
                    || anyAuthority.matcher(text).find()
                    || (!exempt && RISKY.matcher(text).find())) {
                continue;
            }
            buckets.computeIfAbsent(bucket, b -> new ArrayList<>()).add(text);
        }
    }

    private static Bucket bucket(DocumentType type, Passage passage) {
        Polarity polarity = passage.polarity();
        if (polarity == Polarity.SIGNIFICANT_WEAKNESS) {
            return Bucket.SIGNIFICANT_WEAKNESS;
        }
        return switch (type) {
            case INSPECTION_LETTER, INSPECTION_REPORT ->
                switch (passage.section()) {
                    case MAIN_FINDINGS -> Bucket.MAIN_FINDING;
                    case IDENTIFYING ->
                        polarity == Polarity.STRENGTH
                                ? Bucket.IDENTIFYING_STRENGTH
                                : polarity == Polarity.WEAKNESS ? Bucket.IDENTIFYING_WEAKNESS : null;
                    case MEETING_NEEDS ->
                        polarity == Polarity.STRENGTH
                                ? Bucket.MEETING_STRENGTH
                                : polarity == Polarity.WEAKNESS ? Bucket.MEETING_WEAKNESS : null;
                    case IMPROVING_OUTCOMES ->
                        polarity == Polarity.STRENGTH
                                ? Bucket.OUTCOMES_STRENGTH
                                : polarity == Polarity.WEAKNESS ? Bucket.OUTCOMES_WEAKNESS : null;
                    default -> null;
                };
            case COUNCIL_REPORT ->
                polarity == Polarity.ACTION
                        ? Bucket.COUNCIL_ACTION
                        : passage.text().length() > 120 ? Bucket.COUNCIL_CONTEXT : null;
            case PRESS_RELEASE -> Bucket.PRESS;
            default -> null;
        };
    }

    /** Every spelling of every authority, as whole words: a passage naming one is not reused. */
    private static Pattern anyAuthority(LocalAuthorities authorities) {
        StringBuilder alternatives = new StringBuilder();
        for (LocalAuthorities.Authority authority : authorities.all()) {
            for (String spelling : authority.spellings()) {
                alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(spelling));
            }
        }
        return Pattern.compile("(?<![\\p{L}'’-])(?:" + alternatives + ")(?![\\p{L}-])");
    }

    /** The passages of a bucket (possibly empty), with {@link #AREA} for the area. */
    public List<String> passages(Bucket bucket) {
        return passages.get(bucket);
    }

    public ThemeTaxonomy themes() {
        return themes;
    }

    public LocalAuthorities authorities() {
        return authorities;
    }

    /** How many passages each bucket holds, for the log. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        passages.forEach((bucket, list) -> out.append(out.isEmpty() ? "" : ", ")
                .append(bucket.name().toLowerCase(Locale.ROOT))
                .append('=')
                .append(list.size()));
        return out.toString();
    }
}
