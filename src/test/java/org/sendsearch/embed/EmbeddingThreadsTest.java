package org.sendsearch.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The thread split never takes more threads than the machine has cores. */
class EmbeddingThreadsTest {
    @Test
    void splitsTheCoresIntoTextsOfTwoThreads() {
        assertEquals(new EmbeddingThreads(1, 1), EmbeddingThreads.forCores(1));
        assertEquals(new EmbeddingThreads(1, 2), EmbeddingThreads.forCores(2));
        assertEquals(new EmbeddingThreads(1, 2), EmbeddingThreads.forCores(3));
        assertEquals(new EmbeddingThreads(4, 2), EmbeddingThreads.forCores(8));
        assertEquals(1, EmbeddingThreads.forCores(0).cores());
        for (int cores = 1; cores <= 64; cores++) {
            EmbeddingThreads threads = EmbeddingThreads.forCores(cores);
            assertEquals(true, threads.cores() <= cores, cores + " cores: " + threads);
        }
        assertThrows(IllegalArgumentException.class, () -> new EmbeddingThreads(0, 1));
    }
}
