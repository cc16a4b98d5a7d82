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
    /** A WSOA as written: "written statement of action", "statement of action", "WSOA", "WSoA". */
    private static final String NAME = "(?:written\\s+)?statement\\s+of\\s+action|\\bWSOA\\b";

    private static final Pattern WSOA = Pattern.compile("(?i)" + NAME);
    private static final PatternScan WSOA_MENTIONS = new PatternScan(WSOA, "wWsS");
    private static final Pattern WSOA_NOT_REQUIRED =
            Pattern.compile("(?i)(?:" + NAME + ")[^.]{0,60}\\bnot\\s+(?:been\\s+)?(?:required|needed)"
                    + "|\\b(?:no|not\\s+need\\s+an?|not\\s+require\\s+an?|not\\s+(?:required|needed|asked)\\s+to\\s+(?:produce|submit|prepare|write)\\s+an?"
                    + "|no\\s+(?:requirement|need)\\s+(?:for|to\\s+produce)\\s+an?|without\\s+(?:the\\s+need\\s+for\\s+)?an?)\\s+(?:"
                    + NAME + ")");
    private static final Pattern WSOA_REQUIRED =
            Pattern.compile("(?i)(?:" + NAME + ")[^.]{0,80}\\b(?:is|was|are|were|be|been)\\s+(?:required|needed)"
                    + "|(?:required|needed|had|has|have|must|asked)\\s+to\\s+(?:produce|submit|prepare|write|deliver)[^.]{0,60}(?:"
                    + NAME + ")"
                    + "|(?:issued|placed|given|subject|served)\\s+(?:with|under|on|to)?\\s*an?\\s+(?:" + NAME + ")"
                    + "|(?:triggered|resulted\\s+in|led\\s+to|required)\\s+an?\\s+(?:" + NAME + ")"
                    + "|determined\\s+that\\s+an?\\s+(?:" + NAME + ")"
                    + "|(?:basis\\s+of|progress\\s+(?:made\\s+)?(?:against|on)|delivery\\s+of|implement(?:ing|ation\\s+of)?|monitoring\\s+of)"
                    + "\\s+(?:the\\s+|a\\s+|its\\s+|their\\s+)?(?:" + NAME + ")");

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
