package org.sendsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.embed.BatchEmbedder;
import org.sendsearch.embed.TextEmbedder;
import org.sendsearch.embed.VectorCache;
import org.sendsearch.engine.Engine;
import org.sendsearch.index.IndexConfig;
import org.sendsearch.index.IndexKind;
import org.sendsearch.index.IndexLayout;
import org.sendsearch.index.Indexer;
import org.sendsearch.index.IngestReport;
import org.sendsearch.index.ProgressDisplay;
import org.sendsearch.index.VectorFill;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.testing.RealElasticsearch;

/**
 * The bundled corpus indexed by the real indexer on the shared test node, once per test run,
 * under its own alias prefix so it never meets other tests' indices. As a JUnit extension it
 * gives test methods a {@link SearchService}, a {@link DocumentService} or the {@link Engine}.
 */
public final class CorpusIndex implements ParameterResolver {
    public static final String PREFIX = "search-it";
    public static final SearchIndices INDICES = new SearchIndices(PREFIX + "-passages", PREFIX + "-documents");
    /** Generous: the first searches on a fresh node load the analysis chain. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SearchService.class || type == DocumentService.class || type == Engine.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Engine engine = engine(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == SearchService.class) {
            return searchService(engine);
        }
        if (type == DocumentService.class) {
            return documentService(engine);
        }
        return engine;
    }

    public static Path projectDirectory() {
        return Path.of(System.getProperty("sendsearch.project.dir", ".")).toAbsolutePath();
    }

    public static Path corpus() {
        return projectDirectory().resolve("corpus");
    }

    /**
     * Real published reports to study, beside the project ({@code ../shared/real-reports/}): not in
     * the repository, so a user's clone has none and the tests reading them skip themselves.
     */
    public static Path realReports() {
        return projectDirectory().resolve("../shared/real-reports").normalize();
    }

    public static ConfigDirectory config() {
        return new ConfigDirectory(projectDirectory().resolve("index-config"));
    }

    public static Vocabulary vocabulary() {
        return Vocabulary.load(config());
    }

    /** The shared node with the corpus indexed (indexing only the first time in a run). */
    public static synchronized Engine engine(ExtensionContext context) {
        Engine engine = RealElasticsearch.engine(context);
        context.getRoot()
                .getStore(ExtensionContext.Namespace.create(CorpusIndex.class))
                .getOrComputeIfAbsent("indexed", key -> index(engine), IngestReport.class);
        return engine;
    }

    private static IngestReport index(Engine engine) {
        try {
            Indexer indexer = new Indexer(
                    engine.client(),
                    new IndexLayout(PREFIX),
                    IndexConfig.load(config()),
                    Extractor.fromConfig(config().path(), Extractor.DEFAULT_MAX_BYTES),
                    ProgressDisplay.none());
            IngestReport report = indexer.run(List.of(corpus()), false);
            engine.client().indices().refresh(r -> r.index(PREFIX + "-*"));
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bundled corpus in indices of their own under {@code prefix} (rebuilt), with every passage
     * given its vector when {@code vectors}: for tests of semantic retrieval, which must not turn
     * the shared indices hybrid under other tests.
     */
    public static SearchIndices indexOwn(ElasticsearchClient client, String prefix, boolean vectors)
            throws IOException {
        return indexOwn(client, prefix, vectors, corpus());
    }

    /** As {@link #indexOwn(ElasticsearchClient, String, boolean)}, for the documents under {@code folder}. */
    public static SearchIndices indexOwn(ElasticsearchClient client, String prefix, boolean vectors, Path folder)
            throws IOException {
        IndexLayout layout = new IndexLayout(prefix);
        new Indexer(
                        client,
                        layout,
                        IndexConfig.load(config()),
                        Extractor.fromConfig(config().path(), Extractor.DEFAULT_MAX_BYTES),
                        ProgressDisplay.none())
                .run(List.of(folder), true);
        if (vectors) {
            TextEmbedder model = TextEmbedder.shared();
            VectorFill fill = new VectorFill(
                    client,
                    layout.alias(IndexKind.PASSAGES),
                    new BatchEmbedder(model, new VectorCache(client, layout, model.modelId())));
            fill.run(VectorFill.Progress.none());
            // Tests search the index as it ends up, not during its background merge (which changes the kNN answers).
            if (!fill.awaitMerge(java.time.Duration.ofMinutes(5))) {
                throw new IllegalStateException("the merge after the fill did not end in 5 minutes");
            }
        }
        client.indices().refresh(r -> r.index(prefix + "-*"));
        return new SearchIndices(prefix + "-passages", prefix + "-documents");
    }

    /** A backend over the shared corpus indices; the test JVM's exit ends its (virtual) threads. */
    public static Backend backend(Engine engine) {
        return Backend.open(engine.client(), INDICES, vocabulary(), TIME_LIMIT);
    }

    public static SearchService searchService(Engine engine) {
        return new SearchService(backend(engine));
    }

    public static DocumentService documentService(Engine engine) {
        return new DocumentService(backend(engine));
    }
}
