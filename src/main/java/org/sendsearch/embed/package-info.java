/**
 * Text embeddings for semantic retrieval: the bge-small-en-v1.5 model run in-process
 * ({@link org.sendsearch.embed.TextEmbedder}, loaded once per process), a persistent cache of
 * vectors keyed by the SHA-256 of the passage text ({@link org.sendsearch.embed.VectorCache}), and
 * the batch embedder the indexer calls ({@link org.sendsearch.embed.BatchEmbedder}), which takes
 * what it can from the cache and embeds the rest on a bounded pool.
 *
 * <p>This package uses {@code util} and the index naming of {@code index} only; indexing and
 * search call into it, never the reverse.
 */
package org.sendsearch.embed;
