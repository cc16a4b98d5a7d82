package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.index.AnalysisSettings;
import org.sendsearch.model.IndexField;
import org.sendsearch.search.relevance.Judgements;
import org.sendsearch.testing.RealElasticsearch;

/**
 * The marks a hybrid page puts on its passages here ({@link PassageMarks}) are Elasticsearch's: on
 * a real node over the bundled corpus, for every judged query a hybrid search runs (no quoted
 * phrase) and a set of hand-written ones (synonyms, acronyms, prefixes, OR, exclusions, stop
 * words, word forms), each passage the highlight query finds comes back highlighted by
 * Elasticsearch exactly as it is marked here, character for character.
 */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PassageMarksTest {
    private static final String PREFIX = "it-marks";
    private static final List<String> WRITTEN = List.of(
            "EHCP",
            "EHC plans",
            "respite care",
            "short breaks",
            "CAMHS waits",
            "assess*",
            "autism OR ADHD",
            "speech and language -therapy",
            "children's needs",
            "the of and",
            "co-produced plans",
            "parents/carers",
            "SENDIASS & PCF",
            "waited waiting waits",
            "<b>tribunals</b>");
    private ElasticsearchClient client;
    private SearchIndices indices;
    private PassageMarks marks;

    @BeforeAll
    void index(ElasticsearchClient client) throws IOException {
        this.client = client;
        this.indices = CorpusIndex.indexOwn(client, PREFIX, false);
        this.marks = new PassageMarks(AnalysisSettings.synonymRules(CorpusIndex.config()));
    }

    @Test
    void everyJudgedQueryIsMarkedAsElasticsearchMarksIt() throws IOException {
        Set<String> queries = new LinkedHashSet<>();
        for (Judgements.JudgedQuery judged : Judgements.load(
                        CorpusIndex.config().path().resolve("relevance").resolve("judgements.json"))
                .queries()) {
            if (UserQuery.parse(judged.query()).phrases().isEmpty()) {
                queries.add(judged.query());
            }
        }
        queries.addAll(WRITTEN);
        int compared = 0;
        List<String> differences = new ArrayList<>();
        for (String query : queries) {
            UserQuery parsed = UserQuery.parse(query);
            for (var hit : elasticsearch(parsed)) {
                String text = hit.source().text();
                List<String> theirs = hit.highlight(IndexField.TEXT);
                Optional<String> ours = marks.mark(parsed, text);
                compared++;
                String expected = theirs.isEmpty() ? null : theirs.get(0);
                if (!java.util.Objects.equals(expected, ours.orElse(null))) {
                    differences.add(query + "\n  es:   " + expected + "\n  ours: " + ours.orElse(null));
                }
            }
        }
        assertTrue(compared > 1000, "enough passages compared: " + compared);
        assertEquals(List.of(), differences, differences.size() + " of " + compared + " differ");
    }

    @Test
    void theTextIsEncodedAndNothingTypedReachesTheMarkup() {
        String marked = marks.mark(UserQuery.parse("tribunals"), "<script>alert('tribunals')</script> & tribunals")
                .orElseThrow();
        assertFalse(marked.contains("<script>"), marked);
        assertTrue(marked.startsWith("&lt;script&gt;"), marked);
        assertTrue(marked.endsWith("&amp; <mark>tribunals</mark>"), marked);
        assertEquals(Optional.empty(), marks.mark(UserQuery.parse("<mark>"), "no words of it here"));
    }

    @Test
    void theWordsAreReadWithTheOperatorsTheSearchAllows() {
        assertEquals(
                org.apache.lucene.queryparser.simple.SimpleQueryParser.OR_OPERATOR
                        | org.apache.lucene.queryparser.simple.SimpleQueryParser.NOT_OPERATOR
                        | org.apache.lucene.queryparser.simple.SimpleQueryParser.PHRASE_OPERATOR
                        | org.apache.lucene.queryparser.simple.SimpleQueryParser.PREFIX_OPERATOR
                        | org.apache.lucene.queryparser.simple.SimpleQueryParser.WHITESPACE_OPERATOR,
                PassageMarks.operators(QueryBuilder.FLAGS));
    }

    @Test
    void nothingToMarkIsEmpty() {
        assertEquals(Optional.empty(), marks.mark(UserQuery.parse("autism"), "Nothing about it here."));
        assertEquals(Optional.empty(), marks.mark(UserQuery.parse(""), "Autism."));
        assertEquals(Optional.empty(), marks.mark(UserQuery.parse("the"), "The plan."));
        assertEquals(Optional.empty(), marks.mark(UserQuery.parse("autism"), ""));
    }

    @Test
    void wordFormsAndSynonymsAreMarked() {
        assertEquals(
                "Children <mark>waited</mark> too long.",
                marks.mark(UserQuery.parse("waits"), "Children waited too long.")
                        .orElseThrow());
        assertTrue(marks.mark(UserQuery.parse("EHCP"), "Their EHC plans are late.")
                .orElseThrow()
                .contains("<mark>"));
    }

    /** The passages the highlight query finds, highlighted by Elasticsearch as a hybrid page was. */
    private List<SearchAnswer.Hit> elasticsearch(UserQuery parsed) {
        Optional<co.elastic.clients.elasticsearch._types.query_dsl.Query> words =
                QueryBuilder.highlightQuery(Scope.PASSAGES, parsed);
        if (words.isEmpty()) {
            return List.of();
        }
        SearchRequest request = SearchRequest.of(s -> s.index(indices.passages())
                .query(words.get())
                .size(60)
                .highlight(h -> h.encoder(HighlighterEncoder.Html)
                        .preTags("<mark>")
                        .postTags("</mark>")
                        .type(HighlighterType.Unified)
                        .requireFieldMatch(true)
                        .highlightQuery(words.get())
                        .fields(NamedValue.of(IndexField.TEXT, HighlightField.of(f -> f.numberOfFragments(0))))));
        return new SearchSender(client, new Deadline(CorpusIndex.TIME_LIMIT))
                .send(request)
                .hits();
    }
}
