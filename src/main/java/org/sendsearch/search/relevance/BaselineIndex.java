package org.sendsearch.search.relevance;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.sendsearch.model.IndexField;

/**
 * The comparison index: the same passages with the same field names, analysed by Elasticsearch's
 * plain {@code standard} analyzer (no stemming, no SEND synonyms, no folding; the {@code .exact}
 * sub-field is standard too). The same query code searches it, so the difference in the scores is
 * the analysis alone. Copied document by document from the live passages (this distribution has
 * no {@code _reindex}).
 */
final class BaselineIndex {
    private BaselineIndex() {}

    /** Creates (or re-creates) {@code target} and fills it with every passage of {@code source}. */
    static long build(ElasticsearchClient client, String source, String target) throws IOException {
        if (client.indices().exists(e -> e.index(target)).value()) {
            client.indices().delete(d -> d.index(target));
        }
        // The live index's own mapping, its analysed text fields re-analysed by the standard
        // analyser: every keyword, date and number field stays as the product maps it.
        TypeMapping live = client.indices()
                .getMapping(g -> g.index(source))
                .mappings()
                .values()
                .iterator()
                .next()
                .mappings();
        TypeMapping.Builder mapping = new TypeMapping.Builder();
        live.properties().forEach((field, property) -> {
            if (property.isText()) {
                mapping.properties(
                        field,
                        Property.of(p -> p.text(t -> t.analyzer("standard")
                                .fields("exact", Property.of(x -> x.text(e -> e.analyzer("standard")))))));
            } else {
                mapping.properties(field, property);
            }
        });
        TypeMapping built = mapping.build();
        client.indices()
                .create(c -> c.index(target)
                        .mappings(built)
                        .settings(s -> s.numberOfShards("1").numberOfReplicas("0")));

        long copied = 0;
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<ObjectNode> page = client.search(
                    s -> {
                        s.index(source).size(500).sort(o -> o.field(f -> f.field(IndexField.ID)));
                        if (searchAfter != null) {
                            s.searchAfter(searchAfter);
                        }
                        return s;
                    },
                    ObjectNode.class);
            List<Hit<ObjectNode>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                break;
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder().index(target);
            for (Hit<ObjectNode> hit : hits) {
                bulk.operations(op -> op.index(i -> i.id(hit.id()).document(hit.source())));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                throw new IOException("Copying passages into " + target + " failed for some of them");
            }
            copied += hits.size();
            after = hits.get(hits.size() - 1).sort();
        }
        client.indices().refresh(r -> r.index(target));
        return copied;
    }

    static Map<String, Object> describe() {
        return Map.of("analyzer", "standard", "fields", "every text field of the passages index");
    }
}
