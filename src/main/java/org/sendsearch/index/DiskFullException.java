package org.sendsearch.index;

import java.io.IOException;

/**
 * Elasticsearch refused writes because the disk of a node passed the flood-stage watermark: every
 * index with a shard there is read-only until usage falls below the high watermark again. Thrown
 * at once rather than retried, since only freeing disk space helps.
 */
public final class DiskFullException extends IOException {
    public DiskFullException(String reason) {
        super("Elasticsearch refuses writes: " + reason);
    }
}
