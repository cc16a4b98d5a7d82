package org.sendsearch.ingest;

import java.util.List;
import org.sendsearch.config.ConfigDirectory;

/**
 * The extraction rules kept as data in {@code index-config/}: what headings say
 * ({@link HeadingRules}, {@code headings.tsv}), the standard wording that is not a finding
 * ({@link StandardSentences}, {@code standard-sentences.tsv}) and the words a finding's polarity is
 * judged by ({@link PolarityCues}, {@code polarity-words.tsv}) and how outcomes are stated
 * ({@link OutcomeWordings}, {@code outcome-wordings.tsv}). Users may tune them; because they
 * change what is indexed, the index configuration's version covers them ({@link #FILES}), so a
 * change rebuilds the indices.
 *
 * <p>Word lists that users should not edit (the role words and personal titles of addressee
 * lines) are resources of this package instead, read by {@link WordList}. Immutable; shared.
 */
public final class ExtractionRules {
    /** The files in {@code index-config/} these rules are read from. */
    public static final List<String> FILES =
            List.of(HeadingRules.FILE, StandardSentences.FILE, PolarityCues.FILE, OutcomeWordings.FILE);

    private final HeadingRules headings;
    private final StandardSentences standardSentences;
    private final PolarityCues polarityCues;
    private final OutcomeWordings outcomes;

    private ExtractionRules(
            HeadingRules headings,
            StandardSentences standardSentences,
            PolarityCues polarityCues,
            OutcomeWordings outcomes) {
        this.headings = headings;
        this.standardSentences = standardSentences;
        this.polarityCues = polarityCues;
        this.outcomes = outcomes;
    }

    /**
     * Reads and checks every table; a missing, empty or wrong one is a
     * {@link org.sendsearch.config.ConfigException} naming the file (and the line at fault).
     */
    public static ExtractionRules load(ConfigDirectory directory) {
        return new ExtractionRules(
                HeadingRules.load(directory),
                StandardSentences.load(directory),
                PolarityCues.load(directory),
                OutcomeWordings.load(directory));
    }

    HeadingRules headings() {
        return headings;
    }

    StandardSentences standardSentences() {
        return standardSentences;
    }

    PolarityCues polarityCues() {
        return polarityCues;
    }

    OutcomeWordings outcomes() {
        return outcomes;
    }
}
