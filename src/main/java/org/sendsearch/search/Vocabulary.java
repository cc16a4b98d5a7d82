package org.sendsearch.search;

import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.Section;
import org.sendsearch.ingest.ThemeTaxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The human names of the fixed vocabularies (document types, sections, polarities, WSOA) and of
 * the theme ids of {@code index-config/themes.json}. The ids are what the index stores and the
 * URLs carry; the labels are what people read. The order of each map is the order facets list
 * their values in, so sections read as they do in a letter.
 */
public final class Vocabulary {
    private static final Map<String, String> TYPES = labels(
            DocumentType.INSPECTION_LETTER.id(), "Inspection letter",
            DocumentType.INSPECTION_REPORT.id(), "Inspection report",
            DocumentType.REVISIT_LETTER.id(), "Revisit letter",
            DocumentType.COUNCIL_REPORT.id(), "Council report",
            DocumentType.PRESS_RELEASE.id(), "Press release",
            DocumentType.OTHER.id(), "Other document");
    private static final Map<String, String> SECTIONS = labels(
            Section.MAIN_FINDINGS.id(), "Main findings",
            Section.IDENTIFYING.id(), "Identifying needs",
            Section.MEETING_NEEDS.id(), "Meeting needs",
            Section.IMPROVING_OUTCOMES.id(), "Improving outcomes",
            Section.SIGNIFICANT_WEAKNESSES.id(), "Significant weaknesses",
            Section.SUMMARY.id(), "Summary",
            Section.RECOMMENDATIONS.id(), "Recommendations",
            Section.BACKGROUND.id(), "Background",
            Section.PROGRESS.id(), "Actions and progress",
            Section.OTHER.id(), "Other");
    private static final Map<String, String> POLARITIES = labels(
            Polarity.STRENGTH.id(), "Strength",
            Polarity.WEAKNESS.id(), "Weakness",
            Polarity.SIGNIFICANT_WEAKNESS.id(), "Significant weakness",
            Polarity.ACTION.id(), "Action",
            Polarity.NEUTRAL.id(), "Neutral");
    private static final Map<String, String> WSOA = labels(
            "true", "WSOA required",
            "false", "No WSOA required");

    private final Map<String, String> themes;
    private final ThemeTaxonomy taxonomy;

    public Vocabulary(ThemeTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        Map<String, String> labels = new LinkedHashMap<>();
        taxonomy.themes().forEach(theme -> labels.put(theme.id(), theme.label()));
        this.themes = java.util.Collections.unmodifiableMap(labels);
    }

    /** The vocabulary with the themes of the config folder's {@code themes.json}. */
    public static Vocabulary load(ConfigDirectory config) {
        try {
            return new Vocabulary(ThemeTaxonomy.load(config.resolve("themes.json")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + config.resolve("themes.json"), e);
        }
    }

    /**
     * The allowed values of a facet with a fixed vocabulary, in display order; empty for the
     * open facets (area, region, year, lead inspector), whose values come from the data.
     */
    public Optional<Map<String, String>> fixedValues(Facet facet) {
        return Optional.ofNullable(switch (facet) {
            case TYPE -> TYPES;
            case SECTION -> SECTIONS;
            case POLARITY -> POLARITIES;
            case THEME -> themes;
            case WSOA -> WSOA;
            default -> null;
        });
    }

    /** The human name of a facet value: the vocabulary's label, or the value itself. */
    public String label(Facet facet, String value) {
        return fixedValues(facet).map(values -> values.getOrDefault(value, value)).orElse(value);
    }

    public String typeLabel(String type) {
        return type == null ? null : TYPES.getOrDefault(type, type);
    }

    public String sectionLabel(String section) {
        return section == null ? null : SECTIONS.getOrDefault(section, section);
    }

    public String polarityLabel(String polarity) {
        return polarity == null ? null : POLARITIES.getOrDefault(polarity, polarity);
    }

    public String themeLabel(String theme) {
        return themes.getOrDefault(theme, theme);
    }

    /** The position of a value in its fixed vocabulary (for ordering), or -1. */
    int rank(Facet facet, String value) {
        return fixedValues(facet).map(values -> new ArrayList<>(values.keySet()).indexOf(value)).orElse(-1);
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The theme taxonomy the labels come from. */
    public ThemeTaxonomy taxonomy() {
        return taxonomy;
    }

    /** Every theme id, in taxonomy order. */
    public List<String> themeIds() {
        return List.copyOf(themes.keySet());
    }
}
