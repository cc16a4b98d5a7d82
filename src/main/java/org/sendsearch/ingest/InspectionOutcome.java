package org.sendsearch.ingest;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Polarity;

/**
 * Reads whether a Written Statement of Action was required. (The outcome a document states is read by
 * {@link OutcomeWordings}.)
 */
final class InspectionOutcome {
    private static final Pattern WSOA = Pattern.compile("(?i)written statement of action|\\bWSOA\\b");
    private static final PatternScan WSOA_MENTIONS = new PatternScan(WSOA, "wW");
    private static final Pattern WSOA_NOT_REQUIRED = Pattern.compile(
            "(?i)(?:written statement of action|\\bWSOA\\b)[^.]{0,60}\\bnot (?:been )?required|\\b(?:no|not need an?|not required to produce an?) (?:written statement of action|WSOA)");
    private static final Pattern WSOA_REQUIRED = Pattern.compile(
            "(?i)(?:written statement of action|\\bWSOA\\b)[^.]{0,80}\\b(?:is|was|are|were|be|been) required|required to (?:produce|submit|prepare)[^.]{0,60}(?:written statement of action|WSOA)"
                    + "|(?:basis of|progress (?:made )?(?:against|on)|delivery of|implement(?:ing|ation of)?|monitoring of) (?:the |a |its |their )?(?:written statement of action|WSOA)");

    private InspectionOutcome() {}

    /**
     * Whether a Written Statement of Action was required. Under the 2016-2022 framework the
     * outcome letter says so only when one is required, so an outcome letter without such a
     * statement (and without listed significant weaknesses) is read as "not required"; for every
     * other document silence means unknown (null).
     */
    static Boolean wsoaRequired(String text, DocumentType type, List<PassageSplitter.Draft> drafts) {
        boolean mentioned = false;
        for (MatchResult mention : WSOA_MENTIONS.matches(text)) {
            mentioned = true;
            String sentence =
                    Sentence.around(text, mention.start(), mention.end()).in(text);
            if (WSOA_NOT_REQUIRED.matcher(sentence).find()) {
                return Boolean.FALSE;
            }
            if (WSOA_REQUIRED.matcher(sentence).find()) {
                return Boolean.TRUE;
            }
        }
        if (type == DocumentType.INSPECTION_LETTER
                && !mentioned
                && drafts.stream().noneMatch(d -> d.polarity() == Polarity.SIGNIFICANT_WEAKNESS)) {
            return Boolean.FALSE;
        }
        return null;
    }
}
