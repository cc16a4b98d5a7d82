package org.sendsearch.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a main finding, which is not filed under "Strengths" or "Areas for
 * development", reports a strength or a weakness, from its wording.
 *
 * <p>Each sentence scores +1 per positive cue ("strong", "effective", "well", "improved") and -1
 * per negative cue ("not", "too long", "weak", "poor", "lack"). Inspectors put the verdict after
 * the turn: in "X has improved. However, too often Y" the finding is Y, so sentences from a
 * "However"/"But"/"That said" onwards weigh double. A finding with no cue either way is neutral.
 */
final class PolarityJudge {

    private static final Pattern NEGATIVE = Pattern.compile("\\b(?:not|no|cannot|never|nor)\\b|n't\\b"
            + "|\\btoo (?:long|late|slow(?:ly)?|many|much|often|few|little|variable)\\b|\\bweak|\\bpoor(?:ly)?\\b|\\black(?:s|ing)?\\b"
            + "|\\blimited\\b|\\binconsisten|\\bdelay|\\bslow|\\bconcern|\\bfrustrat|\\bworr|\\blow\\b|\\binsufficient"
            + "|\\binadequa|\\bshortcoming|\\bdeficien|\\bfail|\\bunable\\b|\\byet to\\b|\\bbehind\\b|\\binequ|\\bcontraven"
            + "|\\bunderdevelop|\\bineffective|\\blet down\\b|\\bdisconnect|\\bimmatur|\\bserious|\\bunacceptabl|\\bbacklog"
            + "|\\bstress|\\banxi|\\bdragged|\\btardiness|\\buncertain|\\blost time\\b|\\bstill work to do\\b|\\blate\\b"
            + "|\\bbarrier|\\btarnish|\\bneeds? to (?:be|improve|ensure|develop)\\b|\\bdisparit|\\bfractured|\\bdissatisf|\\bshortfall|\\bgaps?\\b|\\bstruggl|\\bexcessive|\\bunmet\\b");
    private static final Pattern POSITIVE = Pattern.compile("\\bstrong(?:ly)?\\b|\\bstrength|(?<!in)\\beffective(?:ly)?\\b"
            + "|(?<!as |-)\\bwell\\b(?!-being| as)|\\bimproved\\b|\\bimproving\\b|\\bgood\\b|\\bpassionate|\\baccurate|\\bsuccess"
            + "|\\bcommend|\\brobust|\\bprogress\\b|\\bvalued?\\b|\\bhigh-quality|\\binnovative|\\bembrac|\\bswift(?:ly)?\\b"
            + "|\\bpositive|\\btransform|\\bwelcome|\\bpleased|\\bdelighted|\\bcollaborativ|\\bprais|\\bthriv|\\bat the heart"
            + "|\\bquickly\\b|\\bdecisive|\\bcreative|\\bhighly\\b|\\bexcellen|\\bexceptional|\\bintelligent|\\bwell-established"
            + "|\\bcommitment|\\bseriously\\b|\\bassiduous|\\bpaying dividends|\\bcognisant|\\bspeeded up|\\bat pace\\b"
            + "|\\bhope\\b|\\binspiring|\\bresilien|\\bambiti|\\bepitome|\\bbetter\\b|\\binclusive\\b|\\bworks? well");
    private static final Pattern TURN = Pattern.compile("^(?:However|But|That said|Nevertheless|Despite this|Yet)\\b");
    private static final Pattern CONCESSION = Pattern.compile("^(?:While|Whilst|Although|Though|Even though)\\b");
    private static final Pattern NEGATOR = Pattern.compile("\\b(?:not|never|no|cannot)\\b|n't\\b");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+|$)");
    /** A capitalised word inside a sentence is a name ("Care Excellence"), not a judgement. */
    private static final Pattern PROPER_NOUN = Pattern.compile("(?<=[\\s(])[A-Z][\\p{L}'’-]*");
    private static final int NEGATION_SCOPE = 30;

    Polarity judge(String finding) {
        double score = 0;
        double weight = 1;
        Matcher sentences = SENTENCE.matcher(finding);
        while (sentences.find()) {
            String sentence = sentences.group().strip();
            if (TURN.matcher(sentence).lookingAt()) {
                weight = 2;
            }
            if (CONCESSION.matcher(sentence).lookingAt() && sentence.lastIndexOf(',') > 0) {
                // "While there are strong signs..., there is still work to do": the main clause is the verdict.
                sentence = sentence.substring(sentence.lastIndexOf(',') + 1);
            }
            String lower = PROPER_NOUN.matcher(sentence).replaceAll("X").toLowerCase(Locale.ROOT);
            score += weight * sentenceScore(lower);
        }
        return score > 0 ? Polarity.STRENGTH : score < 0 ? Polarity.WEAKNESS : Polarity.NEUTRAL;
    }

    /** Positive cues minus negative ones; a positive cue shortly after "not" counts against ("not ... well"). */
    private static int sentenceScore(String sentence) {
        int score = 0;
        Matcher negative = NEGATIVE.matcher(sentence);
        while (negative.find()) {
            score--;
        }
        Matcher positive = POSITIVE.matcher(sentence);
        Matcher negator = NEGATOR.matcher(sentence);
        while (positive.find()) {
            int from = Math.max(0, positive.start() - NEGATION_SCOPE);
            boolean negated = negator.region(from, positive.start()).find();
            score += negated ? -1 : 1;
        }
        return score;
    }
}
