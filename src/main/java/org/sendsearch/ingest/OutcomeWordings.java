package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.model.Outcome;

/**
 * How documents state an inspection's outcome, from {@code index-config/outcome-wordings.tsv}: the
 * 2023 framework's three outcomes as the reports write them and as councils and the press paraphrase
 * or quote them, and a revisit's verdict. Reads the first sentence of a text that states one, and
 * keeps the sentence as the evidence. Immutable and thread-safe.
 */
final class OutcomeWordings {
    static final String FILE = "outcome-wordings.tsv";

    /**
     * Words that, just before a wording and in the same clause, say the outcome is not stated as found:
     * a negation ("no widespread or systemic failings") or a question ("to decide whether sufficient
     * progress has been made").
     */
    private static final Pattern NEGATION =
            Pattern.compile("(?i)\\b(?:no|not|nor|without|never|neither|rather than|instead of|avoided|whether|if)\\b");
    /** The longest outcome sentence read across line breaks (a boxed outcome in a PDF spans lines). */
    private static final int WRAPPED_SENTENCE = 600;
    /** How far before a wording a negation is looked for (about six words). */
    private static final int NEGATION_REACH = 40;

    /** An outcome read from a text, with the sentence that states it. */
    record Statement(Outcome outcome, String sentence) {}

    private record Wording(Outcome outcome, Pattern pattern) {}

    private final List<Wording> wordings;
    /** Every wording as one alternation, to find candidate sentences in one pass. */
    private final Pattern any;

    private OutcomeWordings(List<Wording> wordings) {
        this.wordings = List.copyOf(wordings);
        this.any = Pattern.compile(
                String.join(
                        "|",
                        wordings.stream()
                                .map(w -> "(?:" + w.pattern().pattern() + ")")
                                .toList()),
                Pattern.CASE_INSENSITIVE);
    }

    /** Reads and checks the table; an unknown outcome id or a bad pattern names the file and line. */
    static OutcomeWordings load(ConfigDirectory directory) {
        RuleTable table = RuleTable.read(directory, FILE, 2);
        List<Wording> wordings = new ArrayList<>();
        for (RuleTable.Row row : table.rows()) {
            Outcome outcome;
            try {
                outcome = Outcome.fromId(row.cell(0).strip());
            } catch (IllegalArgumentException e) {
                throw table.error(row, e.getMessage());
            }
            wordings.add(new Wording(outcome, table.compile(row, row.cell(1), Pattern.CASE_INSENSITIVE)));
        }
        return new OutcomeWordings(wordings);
    }

    /** The first sentence of {@code text} that states an outcome, not negated, closed by a full stop. */
    Optional<Statement> find(String text) {
        Matcher m = any.matcher(text);
        while (m.find()) {
            Sentence around = Sentence.around(text, m.start(), m.end());
            if (!around.closed()) {
                // Read on across line breaks to the full stop, from the line the wording starts on
                // (the line before is a heading more often than the sentence's start).
                Sentence wrapped = Sentence.around(text, m.start(), m.end(), false);
                if (!wrapped.closed() || wrapped.end() - around.start() > WRAPPED_SENTENCE) {
                    continue;
                }
                around = new Sentence(around.start(), wrapped.end(), true);
            }
            String sentence = around.in(text).strip().replaceAll("\\s*\n\\s*", " ");
            Optional<Outcome> outcome = of(sentence);
            if (outcome.isPresent()) {
                return Optional.of(new Statement(outcome.get(), sentence));
            }
        }
        return Optional.empty();
    }

    /** The outcome one sentence states: the first wording, in table order, that it holds un-negated. */
    Optional<Outcome> of(String sentence) {
        for (Wording wording : wordings) {
            Matcher m = wording.pattern().matcher(sentence);
            while (m.find()) {
                if (!negated(sentence, m.start())) {
                    return Optional.of(wording.outcome());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a negation stands in the few words before {@code at}, with no clause break between. */
    private static boolean negated(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - NEGATION_REACH), at);
        int clause = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')));
        return NEGATION.matcher(before.substring(clause + 1)).find();
    }
}
