package org.sendsearch.ingest;

import java.util.List;

/** A document's cleaned text and the blocks it is made of, each with its offsets in that text. */
record CleanText(String text, List<Block> blocks) {
    CleanText {
        blocks = List.copyOf(blocks);
    }
}
