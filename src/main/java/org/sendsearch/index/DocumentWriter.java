package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.index.IndexedState.StoredDocument;
import org.sendsearch.ingest.ExtractedDocument;

/**
 * Writes an indexing run's documents into the target pair of indices through a {@link BulkWriter},
 * in the order that keeps the index honest: whatever point Elasticsearch dies at, the documents
 * index never claims (by a document's SHA-256, which tells the next run a file is indexed) to hold
 * a file whose passages are not all in, and never loses the entry that lets the next run find and
 * delete leftovers.
 *
 * <p>One caller thread (the one walking the files). Keeps each written document's path, to name
 * the file behind an operation Elasticsearch refused, and the passage counts for the report.
 */
final class DocumentWriter {
    private static final Logger log = LogManager.getLogger(DocumentWriter.class);

    /** What {@link #finish} found: the files Elasticsearch refused some of, and the documents taken out for it. */
    record Refusals(List<IngestReport.RejectedFile> rejected, List<String> notWrittenPaths) {}

    private final ElasticsearchClient client;
    private final BulkWriter bulk;
    private final boolean rebuild;
    private final String documentsIndex;
    private final String passagesIndex;
    private final Map<String, String> pathById = new HashMap<>();
    private long passagesWritten;
    private long passagesDeleted;

    /**
     * @param rebuild whether the target indices are new ones, where nothing older is to be deleted
     */
    DocumentWriter(
            ElasticsearchClient client, BulkWriter bulk, String documentsIndex, String passagesIndex, boolean rebuild) {
        this.client = client;
        this.bulk = bulk;
        this.documentsIndex = documentsIndex;
        this.passagesIndex = passagesIndex;
        this.rebuild = rebuild;
    }

    /**
     * Writes a document of {@code source} (a {@link Source#path}) over what the index held for its
     * file ({@code stored}, or null). The passages go first and the document entry last, in a
     * later bulk request sent only once Elasticsearch has acknowledged the passages
     * ({@link BulkWriter#indexAfter}), and not at all if it refused one. An older entry under
     * another id is deleted, and so are the old passages beyond the new count. {@code onConfirmed}
     * runs on the bulk sender's thread once Elasticsearch has kept the document entry.
     */
    void write(String source, ExtractedDocument document, StoredDocument stored, Runnable onConfirmed)
            throws IOException {
        pathById.put(document.id(), document.sourcePath());
        ObjectNode entry = IndexEntries.document(document, source);
        List<String> written = new ArrayList<>(document.passages().size());
        List<byte[]> passages = IndexEntries.passages(document, entry);
        for (int i = 0; i < passages.size(); i++) {
            String id = document.passages().get(i).id();
            bulk.index(passagesIndex, id, passages.get(i));
            written.add(id);
        }
        passagesWritten += document.passages().size();
        if (stored != null && !rebuild) {
            if (!stored.id().equals(document.id())) {
                delete(stored);
            } else {
                deletePassages(stored, document.passages().size());
            }
        }
        bulk.indexAfter(documentsIndex, document.id(), IndexEntries.bytes(entry), written, onConfirmed);
    }

    /**
     * Deletes a stored document: its passages first, the document entry last and only once they
     * are gone, so a run stopped half-way leaves the entry that lets the next run find and delete
     * the rest.
     */
    void delete(StoredDocument stored) throws IOException {
        List<String> deleted = deletePassages(stored, 0);
        bulk.deleteAfter(documentsIndex, stored.id(), deleted, null);
    }

    private List<String> deletePassages(StoredDocument stored, int from) throws IOException {
        List<String> ids = new ArrayList<>();
        for (int ordinal = from; ordinal < stored.passageCount(); ordinal++) {
            String id = IndexEntries.passageId(stored.id(), ordinal);
            bulk.delete(passagesIndex, id);
            ids.add(id);
            passagesDeleted++;
        }
        return ids;
    }

    /**
     * Waits for the last bulk requests. A file any of whose passages Elasticsearch refused is
     * reported as rejected; its new document entry was never sent, and an older entry for it is
     * taken out, so the index never claims to hold a file it holds only in part: the next run
     * retries the file.
     */
    Refusals finish() throws IOException {
        bulk.finish();
        List<IngestReport.RejectedFile> rejected = new ArrayList<>();
        Set<String> incompleteDocuments = new LinkedHashSet<>();
        for (BulkWriter.Failure failure : bulk.failures()) {
            rejected.add(new IngestReport.RejectedFile(
                    pathOf(failure.id()),
                    "Elasticsearch refused it (" + failure.status() + " " + failure.reason() + ")"));
            if (failure.index().equals(passagesIndex) && failure.id().lastIndexOf('-') > 0) {
                incompleteDocuments.add(failure.id().substring(0, failure.id().lastIndexOf('-')));
            }
        }
        List<String> notWritten = new ArrayList<>();
        for (String documentId : incompleteDocuments) {
            log.warn("Taking document {} out of the index: some of its passages were refused", documentId);
            client.delete(request -> request.index(documentsIndex).id(documentId));
            String path = pathById.get(documentId);
            if (path != null) {
                notWritten.add(path);
            }
        }
        return new Refusals(rejected, notWritten);
    }

    /**
     * The file an operation's id came from: a document's id is kept with its path; a passage's
     * is its document's id and ordinal. (Keeping every passage id would hold a third of a
     * million strings in memory for a 10,000-document run, for the rare refused one.)
     */
    private String pathOf(String id) {
        String path = pathById.get(id);
        if (path == null && id.lastIndexOf('-') > 0) {
            path = pathById.get(id.substring(0, id.lastIndexOf('-')));
        }
        return path == null ? id : path;
    }

    long passagesWritten() {
        return passagesWritten;
    }

    long passagesDeleted() {
        return passagesDeleted;
    }
}
