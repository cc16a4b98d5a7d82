package org.sendsearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Closes the position gaps that removed tokens leave behind: every position increment above one
 * becomes one; stacked tokens (increment zero) are left stacked.
 *
 * <p>See {@link SendStopWords} for why the project wants no gaps.
 */
public final class ClosePositionGapsFilter extends TokenFilter {

    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);

    public ClosePositionGapsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (positionIncrement.getPositionIncrement() > 1) {
            positionIncrement.setPositionIncrement(1);
        }
        return true;
    }
}
