package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sendsearch.model.IndexField;

/**
 * The entries of an index that belong to some sources (their {@code source} field), read a page at
 * a time in id order, to copy them into another index or delete them. Done from the client with
 * search and bulk requests because the node's distribution has no {@code _reindex} or
 * {@code _delete_by_query} (see the project's notes on the engine).
 */
final class SourceEntries {
    private static final int PAGE_SIZE = 500;

    private SourceEntries() {}

    /** Copies the entries of {@code sources} from {@code from} into {@code to}, as stored; returns how many. */
    static long copy(ElasticsearchClient client, String from, String to, List<String> sources) throws IOException {
        return forEachPage(client, from, sources, true, hits -> {
            List<BulkOperation> operations = new ArrayList<>(hits.size());
            for (Hit<ObjectNode> hit : hits) {
                operations.add(BulkOperation.of(
                        op -> op.index(index -> index.index(to).id(hit.id()).document(hit.source()))));
            }
            return operations;
        });
    }

    /** Deletes the entries of {@code sources} from {@code index}; returns how many. */
    static long delete(ElasticsearchClient client, String index, List<String> sources) throws IOException {
        return forEachPage(client, index, sources, false, hits -> {
            List<BulkOperation> operations = new ArrayList<>(hits.size());
            for (Hit<ObjectNode> hit : hits) {
                operations.add(BulkOperation.of(
                        op -> op.delete(delete -> delete.index(hit.index()).id(hit.id()))));
            }
            return operations;
        });
    }

    private interface PageAction {
        List<BulkOperation> operations(List<Hit<ObjectNode>> hits);
    }

    private static long forEachPage(
            ElasticsearchClient client, String index, List<String> sources, boolean withSource, PageAction action)
            throws IOException {
        List<FieldValue> values = sources.stream().map(FieldValue::of).toList();
        long done = 0;
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<ObjectNode> page;
            try {
                page = client.search(
                        request -> {
                            request.index(index)
                                    .size(PAGE_SIZE)
                                    .trackTotalHits(total -> total.enabled(false))
                                    .query(query -> query.terms(terms ->
                                            terms.field(IndexField.SOURCE).terms(list -> list.value(values))))
                                    .sort(sort -> sort.field(
                                            field -> field.field(IndexField.ID).order(SortOrder.Asc)));
                            if (!withSource) {
                                request.source(source -> source.fetch(false));
                            }
                            if (searchAfter != null) {
                                request.searchAfter(searchAfter);
                            }
                            return request;
                        },
                        ObjectNode.class);
            } catch (ElasticsearchException e) {
                if (e.status() == 404) {
                    return done;
                }
                throw e;
            }
            List<Hit<ObjectNode>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                return done;
            }
            List<BulkOperation> operations = action.operations(hits);
            BulkResponse response = client.bulk(request -> request.operations(operations));
            if (response.errors()) {
                String first = response.items().stream()
                        .filter(item -> item.error() != null)
                        .map(item -> item.id() + ": " + item.error().reason())
                        .findFirst()
                        .orElse("unknown");
                throw new IOException("Elasticsearch refused part of a bulk request on " + index + " (" + first + ")");
            }
            done += hits.size();
            if (hits.size() < PAGE_SIZE) {
                return done;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
