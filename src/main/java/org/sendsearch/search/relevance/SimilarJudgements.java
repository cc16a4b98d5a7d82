package org.sendsearch.search.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The judged cases of similar findings, {@code index-config/relevance/similar/cases.json}: for each
 * source finding, every candidate pooled from the rankings compared, with its grade (2 = the same
 * point or weakness, 1 = the same theme, 0 = unrelated). Passages are named as in
 * {@link Judgements}: by source file and the opening words of their text.
 *
 * @param cases the source findings with their judged candidates
 */
public record SimilarJudgements(List<Case> cases) {
    public SimilarJudgements {
        cases = List.copyOf(cases);
    }

    /** A source finding, and every pooled candidate with its grade (0 included). */
    public record Case(Judgements.Judgement source, List<Judgements.Judgement> judged) {
        public Case {
            judged = List.copyOf(judged);
        }

        /** Whether the case is in the held-out half: {@link Judgements#heldOut} of the source's snippet. */
        public boolean heldOut() {
            return Judgements.heldOut(source.snippet());
        }
    }

    /** Reads and checks the file: every case has a source and judged candidates graded 0 to 2. */
    public static SimilarJudgements load(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        List<Case> cases = new ArrayList<>();
        for (JsonNode node : root.path("cases")) {
            Judgements.Judgement source = passage(node, 2, file);
            List<Judgements.Judgement> judged = new ArrayList<>();
            for (JsonNode candidate : node.path("judged")) {
                if (!candidate.path("grade").isInt()
                        || candidate.path("grade").asInt() < 0
                        || candidate.path("grade").asInt() > 2) {
                    throw new IllegalArgumentException(file + ": grade must be 0, 1 or 2 in " + candidate);
                }
                judged.add(passage(candidate, candidate.path("grade").asInt(), file));
            }
            if (judged.isEmpty()) {
                throw new IllegalArgumentException(
                        file + ": case " + node.path("snippet") + " has no judged candidates");
            }
            cases.add(new Case(source, judged));
        }
        if (cases.isEmpty()) {
            throw new IllegalArgumentException(file + ": no cases");
        }
        return new SimilarJudgements(cases);
    }

    private static Judgements.Judgement passage(JsonNode node, int grade, Path file) {
        String document = node.path("document").asText("");
        String snippet = node.path("snippet").asText("");
        if (document.isBlank() || snippet.isBlank()) {
            throw new IllegalArgumentException(file + ": \"document\" and \"snippet\" are required in " + node);
        }
        return new Judgements.Judgement(document, snippet, grade);
    }
}
