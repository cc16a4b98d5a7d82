package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Where the {@link SourceList} lives: one document in the {@link IndexLayout#sourcesIndex()} index,
 * beside the documents it describes (so another data folder pointed at the same cluster, or a
 * restored backup, knows them), mirrored to {@code sources.json} in the data folder (so a user can
 * read it, and a cluster that lost the index gets it back).
 *
 * <p>Elasticsearch wins when both are there. When neither is, and the documents index already
 * holds documents, the data folder was made by a version that did not keep sources: the inputs
 * of its last indexing run ({@code ingest-report.json}) become the sources, which is exactly what
 * that version's index held.
 */
public final class SourceStore {
    private static final Logger log = LogManager.getLogger(SourceStore.class);
    public static final String MIRROR_FILE = "sources.json";
    private static final String DOCUMENT_ID = "sources";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ElasticsearchClient client;
    private final IndexLayout layout;
    private final Path dataDirectory;

    /** {@code dataDirectory} may be null: no mirror and no migration (tests, external tools). */
    public SourceStore(ElasticsearchClient client, IndexLayout layout, Path dataDirectory) {
        this.client = client;
        this.layout = layout;
        this.dataDirectory = dataDirectory;
    }

    public SourceList load() throws IOException {
        SourceList stored = fromElasticsearch();
        if (stored != null) {
            if (!stored.equals(fromMirror())) {
                mirror(stored); // a restored or shared index: bring the copy in line
            }
            return stored;
        }
        SourceList mirrored = fromMirror();
        if (mirrored != null) {
            log.info("Restoring the list of sources from {}", mirrorFile());
            save(mirrored);
            return mirrored;
        }
        SourceList migrated = migrated();
        if (migrated != null) {
            save(migrated);
            return migrated;
        }
        return SourceList.EMPTY;
    }

    public void save(SourceList sources) throws IOException {
        String index = layout.sourcesIndex();
        try {
            client.indices()
                    .create(request -> request.index(index)
                            .settings(settings -> settings.numberOfShards("1").autoExpandReplicas("0-1"))
                            .mappings(mappings -> mappings.enabled(false)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
        client.index(request -> request.index(index).id(DOCUMENT_ID).document(sources));
        mirror(sources);
    }

    private SourceList fromElasticsearch() throws IOException {
        try {
            GetResponse<SourceList> found =
                    client.get(request -> request.index(layout.sourcesIndex()).id(DOCUMENT_ID), SourceList.class);
            return found.found() ? found.source() : null;
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    private Path mirrorFile() {
        return dataDirectory == null ? null : dataDirectory.resolve(MIRROR_FILE);
    }

    private SourceList fromMirror() {
        Path file = mirrorFile();
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readValue(file.toFile(), SourceList.class);
        } catch (IOException e) {
            log.warn("Ignoring {}: it is not a list of sources ({})", file, e.getMessage());
            return null;
        }
    }

    private void mirror(SourceList sources) {
        Path file = mirrorFile();
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), MIRROR_FILE, ".tmp");
            try {
                JSON.writeValue(temporary.toFile(), sources);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // The list in Elasticsearch is the one that counts; the mirror is a convenience.
            log.warn("Could not write {}: {}", file, e.getMessage());
        }
    }

    /** The sources of a data folder made before sources were kept, or null when there is nothing to migrate. */
    private SourceList migrated() throws IOException {
        if (dataDirectory == null || documentCount() == 0) {
            return null;
        }
        Path report = dataDirectory.resolve(IngestReportStore.FILE_NAME);
        List<Source> sources = new ArrayList<>();
        String now = Instant.now().toString();
        if (Files.isRegularFile(report)) {
            try {
                JsonNode inputs = JSON.readTree(report.toFile()).path("inputs");
                for (JsonNode input : inputs) {
                    sources.add(new Source(Source.normalise(Path.of(input.asText())), now, now, SourceState.INDEXED));
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Could not read the last run's folders from {} ({})", report, e.getMessage());
            }
        }
        log.info(
                "Migrating an index made before sources were kept: its sources are {}",
                sources.stream().map(Source::path).toList());
        return new SourceList(sources, true);
    }

    private long documentCount() throws IOException {
        try {
            return client.count(request -> request.index(layout.alias(IndexKind.DOCUMENTS)))
                    .count();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return 0;
            }
            throw e;
        }
    }
}
