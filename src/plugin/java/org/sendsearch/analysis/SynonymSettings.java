package org.sendsearch.analysis;

import java.util.List;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/** Settings of the {@code sendsearch_synonyms} filter, read by Elasticsearch from the index settings. */
@AnalysisSettings
public interface SynonymSettings {

    /**
     * The rules, inline, in Solr's format: one rule per element. The application copies the lines
     * of {@code index-config/synonyms.txt} here, so Elasticsearch never needs a file outside its
     * config directory.
     */
    @ListSetting(path = "synonyms")
    List<String> synonyms();
}
