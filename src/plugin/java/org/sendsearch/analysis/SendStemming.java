package org.sendsearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;

/**
 * The project's English stemming, in three steps:
 * <ol>
 * <li>a small override map: irregular plurals no suffix-stripping stemmer can conflate
 *     ("children" → "child"), and words that must not be stemmed at all ("news");</li>
 * <li>Krovetz (KStem) stemming, which is dictionary-checked and so rarely merges unrelated
 *     words ("university" stays apart from "universe", "authority" from "author");</li>
 * <li>a plural pass ({@link EnglishMinimalStemFilter}) over what KStem left alone. KStem returns
 *     any word found in its lexicon unchanged, and its lexicon lists many plurals: on our corpus
 *     it kept "needs", "years", "days", "conditions", "sessions", "boards" as they are, so
 *     "special educational need" would not have found "special educational needs". The minimal
 *     stemmer only strips a plural "s" (never after "ss" or "us"), so running it after KStem
 *     fixes those without re-stemming KStem's output.</li>
 * </ol>
 *
 * <p>Expects lower-cased input. Shared by {@link StemFilterFactory} (inside Elasticsearch) and
 * {@link SendAnalyzers} (inside the application), so both stem identically. Why KStem rather
 * than Porter or the minimal plural stemmer is recorded in {@link StemFilterFactory}.
 */
public final class SendStemming {

    /**
     * Words stemmed by hand, before and instead of the stemmers. Kept to words that matter in
     * SEND writing:
     * <ul>
     * <li>"children": an irregular plural no stemmer conflates with "child";</li>
     * <li>"provided": KStem keeps it whole (its lexicon has "provided that");</li>
     * <li>"carer(s)": KStem would make them "care", but a parent carer is not health care;</li>
     * <li>"news", "his": the plural pass would make them "new", "hi".</li>
     * </ul>
     */
    static final Map<String, String> OVERRIDDEN_FORMS = Map.of(
            "children", "child",
            "childrens", "child",
            "provided", "provide",
            "carer", "carer",
            "carers", "carer",
            "news", "news",
            "his", "his");

    private static final StemmerOverrideMap OVERRIDES = buildOverrides();

    private SendStemming() {}

    /** Wraps a lower-cased token stream with the override map, KStem and the plural pass. */
    public static TokenStream stem(TokenStream lowerCased) {
        // The override filter marks its words as keywords, which both stemmers then leave alone.
        return new EnglishMinimalStemFilter(new KStemFilter(new StemmerOverrideFilter(lowerCased, OVERRIDES)));
    }

    private static StemmerOverrideMap buildOverrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        OVERRIDDEN_FORMS.forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the stemmer override map", e);
        }
    }
}
