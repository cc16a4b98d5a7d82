package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sendsearch.embed.EmbeddingResult;

/** One search embeds each of its texts once, whichever of its rounds asks (the real model). */
class QueryVectorsTest {
    @Test
    void aTextAskedForAgainInTheSameSearchIsNotEmbeddedAgain() {
        HybridSearch.QueryVectors vectors = new HybridSearch.QueryVectors();
        EmbeddingResult typed = vectors.of("autism waits");
        assertTrue(typed.isEmbedded());
        assertSame(typed, vectors.of("autism waits"));
        assertNotSame(typed, vectors.of("autism wait"));
    }

    @Test
    void anotherSearchEmbedsTheSameTextToTheSameVector() {
        EmbeddingResult first = new HybridSearch.QueryVectors().of("respite care");
        EmbeddingResult second = new HybridSearch.QueryVectors().of("respite care");
        assertNotSame(first, second);
        assertArrayEquals(first.vector(), second.vector());
    }

    @Test
    void anEmptyTextIsRefusedNotEmbedded() {
        assertFalse(new HybridSearch.QueryVectors().of(" ").isEmbedded());
    }
}
