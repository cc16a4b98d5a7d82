package org.sendsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendsearch.model.IndexField;

/**
 * Reads one document and its passages. Ids are checked against the shape extraction gives them
 * (lower-case slug and hash) before anything is asked, so a strange id is simply "not found".
 */
public final class DocumentService {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,199}");
    /** More passages than any real document has; they are read in one request. */
    static final int MAX_PASSAGES = 5_000;

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final Vocabulary vocabulary;
    private final Deadline deadline;

    public DocumentService(Backend backend) {
        this.client = backend.client();
        this.indices = backend.indices();
        this.vocabulary = backend.vocabulary();
        this.deadline = backend.deadline();
    }

    public static boolean isWellFormedId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public Optional<DocumentView> find(String id) {
        if (!isWellFormedId(id)) {
            return Optional.empty();
        }
        SearchResponse<DocumentSource> documents = deadline.run(
                "Document lookup",
                () -> client.search(
                        s -> s.index(indices.documents())
                                .query(q -> q.term(t -> t.field(IndexField.ID).value(FieldValue.of(id))))
                                .size(1),
                        DocumentSource.class));
        Optional<DocumentSource> document = documents.hits().hits().stream()
                .map(Hit::source)
                .filter(Objects::nonNull)
                .findFirst();
        if (document.isEmpty()) {
            return Optional.empty();
        }
        SearchResponse<PassageSource> passages = deadline.run(
                "Passage lookup",
                () -> client.search(
                        s -> s.index(indices.passages())
                                .query(q -> q.term(
                                        t -> t.field(IndexField.DOCUMENT_ID).value(FieldValue.of(id))))
                                .sort(o -> o.field(f -> f.field(IndexField.ORDINAL)))
                                .size(MAX_PASSAGES),
                        PassageSource.class));
        List<PassageSource> list = passages.hits().hits().stream()
                .map(Hit::source)
                .filter(Objects::nonNull)
                .toList();
        return Optional.of(new DocumentView(
                document.get(), list, Citation.of(document.get().facts())));
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }
}
