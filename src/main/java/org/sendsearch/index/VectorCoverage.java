package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import org.sendsearch.model.IndexField;

/**
 * How many of the live passages have a vector, for {@code status}, {@code /api/health} and the
 * search page: semantic retrieval sees only those, so a count below the total means the vectors
 * are still filling in (or the model could not load when the passages were written).
 *
 * @param passages    passages behind the alias (0 when there is no index yet)
 * @param withVector  those of them with a {@link IndexField#VECTOR}
 */
public record VectorCoverage(long passages, long withVector) {
    /** Counts the passages behind {@code layout}'s alias; no index counts as none. */
    public static VectorCoverage of(ElasticsearchClient client, IndexLayout layout) throws IOException {
        return of(client, layout.alias(IndexKind.PASSAGES));
    }

    /** Counts the passages of {@code alias} (an alias or index of passages); no index counts as none. */
    public static VectorCoverage of(ElasticsearchClient client, String alias) throws IOException {
        try {
            long all = client.count(request -> request.index(alias)).count();
            long with = client.count(request -> request.index(alias)
                            .query(query -> query.exists(exists -> exists.field(IndexField.VECTOR))))
                    .count();
            return new VectorCoverage(all, with);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return new VectorCoverage(0, 0);
            }
            throw e;
        }
    }

    /** Whether every passage has its vector. */
    public boolean complete() {
        return withVector >= passages;
    }

    /** "1,234 of 2,000 passages have a vector". */
    public String describe() {
        return String.format("%,d of %,d passages have a vector", withVector, passages);
    }
}
