package org.sendsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.index.AnalysisSettings;
import org.sendsearch.ingest.ThemeTaxonomy;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Framework;
import org.sendsearch.model.Identified;
import org.sendsearch.model.Outcome;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.Section;
import org.sendsearch.model.ThemeRef;

/**
 * The human names of the fixed vocabularies (document types, sections, polarities, WSOA) and of
 * the theme ids of {@code index-config/themes.json}. The ids are what the index stores and the
 * URLs carry; the labels are what people read. The order of each map is the order facets list
 * their values in, so sections read as they do in a letter.
 */
public final class Vocabulary {
    private static final Map<String, String> TYPES = labels(DocumentType.values());
    private static final Map<String, String> SECTIONS = labels(Section.values());
    private static final Map<String, String> POLARITIES = labels(Polarity.values());
    private static final Map<String, String> FRAMEWORKS = labels(Framework.values());
    private static final Map<String, String> OUTCOMES = labels(Outcome.values());
    private static final Map<String, String> WSOA = labels(
            "true", "WSOA required",
            "false", "No WSOA required");

    private final Map<String, String> themes;
    private final ThemeTaxonomy taxonomy;
    private final AcronymGlossary acronyms;
    private final List<String> synonymRules;

    /** The vocabulary of these themes, with no acronyms to write out. */
    public Vocabulary(ThemeTaxonomy taxonomy) {
        this(taxonomy, AcronymGlossary.NONE);
    }

    public Vocabulary(ThemeTaxonomy taxonomy, AcronymGlossary acronyms) {
        this(taxonomy, acronyms, List.of());
    }

    /** The vocabulary of these themes and of these SEND synonym rules (their acronyms, and the words they mark). */
    public Vocabulary(ThemeTaxonomy taxonomy, List<String> synonymRules) {
        this(taxonomy, AcronymGlossary.of(synonymRules), synonymRules);
    }

    private Vocabulary(ThemeTaxonomy taxonomy, AcronymGlossary acronyms, List<String> synonymRules) {
        this.taxonomy = taxonomy;
        this.acronyms = acronyms;
        this.synonymRules = List.copyOf(synonymRules);
        Map<String, String> labels = new LinkedHashMap<>();
        taxonomy.themes().forEach(theme -> labels.put(theme.id(), theme.label()));
        this.themes = java.util.Collections.unmodifiableMap(labels);
    }

    /**
     * The vocabulary with the themes of the config folder's {@code themes.json} and the acronyms of
     * its {@code synonyms.txt}.
     */
    public static Vocabulary load(ConfigDirectory config) {
        try {
            return new Vocabulary(
                    ThemeTaxonomy.load(config.resolve("themes.json")), AnalysisSettings.synonymRules(config));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + config.resolve("themes.json"), e);
        }
    }

    /**
     * The allowed values of a facet with a fixed vocabulary, in display order; empty for the
     * open facets (area, region, year, lead inspector), whose values come from the data.
     */
    public Optional<Map<String, String>> fixedValues(Facet facet) {
        return Optional.ofNullable(
                switch (facet) {
                    case TYPE -> TYPES;
                    case SECTION -> SECTIONS;
                    case POLARITY -> POLARITIES;
                    case THEME -> themes;
                    case WSOA -> WSOA;
                    case FRAMEWORK -> FRAMEWORKS;
                    case OUTCOME -> OUTCOMES;
                    default -> null;
                });
    }

    /** The human name of a facet value: the vocabulary's label, or the value itself. */
    public String label(Facet facet, String value) {
        return fixedValues(facet)
                .map(values -> values.getOrDefault(value, value))
                .orElse(value);
    }

    /** The label of a document type; null for null. */
    public String typeLabel(DocumentType type) {
        return type == null ? null : type.label();
    }

    /** The label of a section; null for null. */
    public String sectionLabel(Section section) {
        return section == null ? null : section.label();
    }

    /** The label of a polarity; null for null. */
    public String polarityLabel(Polarity polarity) {
        return polarity == null ? null : polarity.label();
    }

    /** The theme with this id and its label (the id as label when the taxonomy does not know it). */
    public ThemeRef theme(String id) {
        return new ThemeRef(id, themeLabel(id));
    }

    public String themeLabel(String theme) {
        return themes.getOrDefault(theme, theme);
    }

    /** The position of a value in its fixed vocabulary (for ordering), or -1. */
    int rank(Facet facet, String value) {
        return fixedValues(facet)
                .map(values -> new ArrayList<>(values.keySet()).indexOf(value))
                .orElse(-1);
    }

    /** Each value's id to its label, in the enum's order. */
    private static Map<String, String> labels(Identified... values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Identified value : values) {
            map.put(value.id(), value.label());
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * A marker of the typed words in passages, with these synonym rules, as the index's highlighter
     * marks them ({@link PassageMarks}); without rules (a vocabulary of themes only), synonyms are not marked.
     */
    PassageMarks passageMarks() {
        return new PassageMarks(synonymRules);
    }

    /** The SEND acronyms and what they stand for, from the synonym rules. */
    public AcronymGlossary acronyms() {
        return acronyms;
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
