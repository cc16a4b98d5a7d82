package org.sendsearch.search;

import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.sendsearch.analysis.SendAnalyzers;
import org.sendsearch.model.IndexField;

/**
 * The typed words marked in a passage's text here, as Elasticsearch's highlighter marks them in
 * a search's answer ({@link QueryBuilder#highlightQuery}): the same Lucene highlighter (unified,
 * the whole text, HTML-encoded, {@code <mark>} tags), the same analysis chains (the plugin's
 * index chain for the text, its search chain with the SEND synonyms for the words), and the same
 * reading of the words ({@code simple_query_string} with whitespace, OR, NOT and prefix
 * operators, any word enough). {@code PassageMarksTest} holds the two to the same output on the
 * bundled corpus.
 *
 * <p>Why here: a hybrid search has every passage of its page in hand once the rankings are fused
 * (the lexical window's and the kNN answer's sources), and asking Elasticsearch to highlight them
 * was a request of its own after the fusion, about a quarter of a hybrid search's time at p95
 * (BENCHMARKS.md). Marking a page's ten passages here takes about a millisecond (70 to 150
 * microseconds a passage, measured while a benchmark ran on the same cores).
 *
 * <p>Thread-safe: analyzers and the highlighter are.
 */
final class PassageMarks {
    private static final String OPEN = Highlight.OPEN;
    private static final String CLOSE = Highlight.CLOSE;
    /** The operators the search allows ({@link QueryBuilder#FLAGS}), as Lucene's simple query parser names them. */
    private static final int OPERATORS = operators(QueryBuilder.FLAGS);

    private final Analyzer search;

    /** Elasticsearch's {@code simple_query_string} flags as the Lucene parser's operator bits. */
    static int operators(List<SimpleQueryStringFlag> flags) {
        int operators = 0;
        for (SimpleQueryStringFlag flag : flags) {
            operators |= switch (flag) {
                case Or -> SimpleQueryParser.OR_OPERATOR;
                case Not -> SimpleQueryParser.NOT_OPERATOR;
                case Phrase -> SimpleQueryParser.PHRASE_OPERATOR;
                case Prefix -> SimpleQueryParser.PREFIX_OPERATOR;
                case Whitespace -> SimpleQueryParser.WHITESPACE_OPERATOR;
                case And -> SimpleQueryParser.AND_OPERATOR;
                case Escape -> SimpleQueryParser.ESCAPE_OPERATOR;
                case Fuzzy -> SimpleQueryParser.FUZZY_OPERATOR;
                case Near, Slop -> SimpleQueryParser.NEAR_OPERATOR;
                case Precedence -> SimpleQueryParser.PRECEDENCE_OPERATORS;
                default -> throw new IllegalArgumentException("no Lucene operator for " + flag);
            };
        }
        return operators;
    }

    private final UnifiedHighlighter highlighter;

    /** Marks with the SEND synonyms of these rules ({@code index-config/synonyms.txt}, as the index has them). */
    PassageMarks(List<String> synonymRules) {
        this.search = SendAnalyzers.searchAnalyzer(synonymRules);
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(SendAnalyzers.indexAnalyzer())
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new MarkFormatter())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withHighlightPhrasesStrictly(true)
                .withHandleMultiTermQuery(true)
                .build();
    }

    /**
     * {@code text} HTML-encoded with the words of {@code query} marked, as the highlighter's one
     * fragment of the whole field; empty when no word of it is in the text (Elasticsearch then
     * sends no highlight either).
     */
    Optional<String> mark(UserQuery query, String text) {
        return forQuery(query).mark(text);
    }

    /** A marker of {@code query}'s words, for the passages of one page: the words are read once. */
    Marker forQuery(UserQuery query) {
        if (query.positive().isBlank()) {
            return new Marker(null);
        }
        SimpleQueryParser parser = new SimpleQueryParser(search, Map.of(IndexField.TEXT, 1.0f), OPERATORS);
        parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return new Marker(parser.parse(query.positive()));
    }

    /** The words of one query, marked in any number of texts. */
    final class Marker {
        private final Query words; // null: nothing to mark

        private Marker(Query words) {
            this.words = words;
        }

        /** {@link PassageMarks#mark} for this marker's query. */
        Optional<String> mark(String text) {
            if (words == null || text == null || text.isEmpty()) {
                return Optional.empty();
            }
            try {
                Object marked = highlighter.highlightWithoutSearcher(IndexField.TEXT, words, text, 1);
                return marked instanceof String html && html.contains(OPEN) ? Optional.of(html) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The whole text HTML-encoded, each match in {@code <mark>} tags, overlapping matches as one:
     * how Elasticsearch formats a unified highlight with the {@code html} encoder.
     */
    private static final class MarkFormatter extends PassageFormatter {
        private final SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();

        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage passage = passages[0];
            StringBuilder html = new StringBuilder(content.length() + 32);
            int at = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(at, passage.getMatchStarts()[i]);
                int end = passage.getMatchEnds()[i];
                // A match overlapping the next (a word, and the phrase of a synonym starting with it) is one mark.
                while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
                    end = Math.max(end, passage.getMatchEnds()[++i]);
                }
                end = Math.min(end, passage.getEndOffset());
                if (end <= start) {
                    continue;
                }
                html.append(encoder.encodeText(content.substring(at, start)))
                        .append(OPEN)
                        .append(encoder.encodeText(content.substring(start, end)))
                        .append(CLOSE);
                at = end;
            }
            html.append(encoder.encodeText(content.substring(at, Math.max(at, passage.getEndOffset()))));
            return html.toString();
        }
    }
}
