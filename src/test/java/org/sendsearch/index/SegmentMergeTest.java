package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a pass has rewritten enough of an index to merge it into one segment after. */
class SegmentMergeTest {
    @Test
    void aFirstFillOrARebuildRewritesEverything() {
        assertTrue(SegmentMerge.warranted(29_365, 29_365));
        assertTrue(SegmentMerge.warranted(1, 1));
    }

    @Test
    void aQuarterOfTheIndexIsEnough() {
        assertTrue(SegmentMerge.warranted(250, 1_000));
        assertFalse(SegmentMerge.warranted(249, 1_000));
    }

    @Test
    void aFewChangedFilesAreLeftToTheMergePolicy() {
        assertFalse(SegmentMerge.warranted(40, 29_365));
        assertFalse(SegmentMerge.warranted(0, 29_365));
    }

    @Test
    void anEmptyIndexIsNeverMerged() {
        assertFalse(SegmentMerge.warranted(0, 0));
    }
}
