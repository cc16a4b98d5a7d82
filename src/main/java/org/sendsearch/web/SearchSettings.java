package org.sendsearch.web;

import java.time.Duration;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchService;
import org.sendsearch.search.Vocabulary;

/**
 * What the search pages and API need besides Elasticsearch: which aliases to read, the labels of
 * the vocabularies, where the original files are, and how long a search may take before the
 * answer is "unavailable". Every folder is given: nothing is looked for in the working directory.
 */
public record SearchSettings(SearchIndices indices, Vocabulary vocabulary, SourceFiles sources, Duration timeLimit) {
    /** The standard aliases with the themes of a given config folder and the originals in a given corpus folder. */
    public static SearchSettings of(ConfigDirectory config, java.nio.file.Path corpus) {
        return new SearchSettings(
                SearchIndices.DEFAULT,
                Vocabulary.load(config),
                new SourceFiles(corpus.toAbsolutePath()),
                SearchService.DEFAULT_TIME_LIMIT);
    }
}
