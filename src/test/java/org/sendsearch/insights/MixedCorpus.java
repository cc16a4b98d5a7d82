package org.sendsearch.insights;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sendsearch.engine.Engine;
import org.sendsearch.index.IndexConfig;
import org.sendsearch.index.IndexLayout;
import org.sendsearch.index.Indexer;
import org.sendsearch.index.ProgressDisplay;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.search.Backend;
import org.sendsearch.search.CorpusIndex;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.synth.CorpusGenerator;
import org.sendsearch.synth.OutputFormat;
import org.sendsearch.synth.SourceMaterial;

/**
 * A corpus whose counts a research test knows: the bundled text documents plus generated ones
 * (the generator says what each file is of), written to a folder, indexed under a prefix of the
 * test's own, and the query strings of the links the research pages make read back as the pages
 * read them.
 */
final class MixedCorpus {
    private MixedCorpus() {}

    /** Writes {@code generated} generated text files (from {@code seed}) and the bundled ones into {@code folder}. */
    static List<CorpusGenerator.GeneratedFile> write(Path folder, int generated, long seed) throws IOException {
        Files.createDirectories(folder);
        Path project = CorpusIndex.projectDirectory();
        SourceMaterial material = SourceMaterial.load(project.resolve("corpus"), project.resolve("index-config"));
        List<CorpusGenerator.GeneratedFile> files =
                new CorpusGenerator(material).generate(generated, seed, folder, List.of(OutputFormat.TXT));
        try (Stream<Path> bundled = Files.list(CorpusIndex.corpus())) {
            for (Path file : bundled.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return files;
    }

    /** Every document the {@linkplain #extractor extractor} reads from {@code folder}, by file, in file order. */
    static Map<Path, ExtractedDocument> extractAll(Path folder) throws IOException {
        Extractor extractor = extractor();
        Map<Path, ExtractedDocument> documents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                if (extractor.extract(file, folder) instanceof ExtractedDocument document) {
                    documents.put(file, document);
                }
            }
        }
        return documents;
    }

    /** The extractor every test and the indexer read the folder with. */
    static Extractor extractor() throws IOException {
        return Extractor.fromConfig(CorpusIndex.config().path(), Extractor.DEFAULT_MAX_BYTES);
    }

    /** Indexes {@code folder} as indices named {@code prefix}, refreshed, and opens a backend on them. */
    static Backend index(Engine engine, Path folder, String prefix) throws IOException {
        new Indexer(
                        engine.client(),
                        new IndexLayout(prefix),
                        IndexConfig.load(CorpusIndex.config()),
                        extractor(),
                        ProgressDisplay.none())
                .run(List.of(folder), true);
        engine.client().indices().refresh(r -> r.index(prefix + "-*"));
        return Backend.open(
                engine.client(),
                new SearchIndices(prefix + "-passages", prefix + "-documents"),
                CorpusIndex.vocabulary(),
                CorpusIndex.TIME_LIMIT);
    }

    /** A URL's query string ({@code a=1&b=2&b=3}) as parameters, decoded, in order. */
    static Map<String, List<String>> params(String queryString) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!queryString.isEmpty()) {
            for (String pair : queryString.split("&")) {
                int eq = pair.indexOf('=');
                params.computeIfAbsent(
                                URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                                k -> new ArrayList<>())
                        .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
