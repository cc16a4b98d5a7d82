package org.sendsearch.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes a synthetic corpus for tests and benchmarks, recombined from the bundled documents,
 * deterministically from a seed. It lives beside the tests, not in the product's jar: run it with
 * {@code mvn -q -Pgenerate process-test-classes -Dgenerate.args="--count N --seed S --out DIR"}.
 */
@Command(
        name = "generate-corpus",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write N synthetic documents shaped like the real ones (2016-framework inspection letters and revisit "
                    + "letters, 2023-framework area SEND reports and monitoring reports, council reports and minutes, press "
                    + "releases, parent carer forum posts), spread over the English local authorities and the years "
                    + "2016-2026, for testing and benchmarking.",
            "",
            "They are recombined and varied from the findings of the source corpus (read with the extractor) and the theme "
                    + "vocabulary. The same seed always gives the same files, byte for byte. Write them outside the "
                    + "repository: they are not meant to be committed.",
            ""
        })
public final class GenerateCorpus implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCorpus()).execute(args));
    }

    @Option(names = "--count", paramLabel = "N", required = true, description = "How many documents to write.")
    int count;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            required = true,
            description = "Folder to write into (created if missing).")
    Path out;

    @Option(
            names = "--formats",
            paramLabel = "LIST",
            split = ",",
            defaultValue = "txt,html,pdf",
            description = "Formats to cycle through, comma-separated: txt, html, pdf (default: ${DEFAULT-VALUE}).")
    List<String> formats = new ArrayList<>();

    @Option(
            names = "--source",
            paramLabel = "FOLDER",
            defaultValue = "corpus",
            description = "The real documents to recombine (default: ${DEFAULT-VALUE}, the bundled corpus).")
    Path source;

    @Option(
            names = "--config",
            paramLabel = "DIR",
            defaultValue = "index-config",
            description = "Folder holding themes.json and local-authorities.tsv (default: ${DEFAULT-VALUE}).")
    Path configDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("--count must not be negative");
        }
        if (out.toAbsolutePath().normalize().startsWith(source.toAbsolutePath().normalize())) {
            // Generated files in the source folder would become raw material for the next run.
            throw new IllegalArgumentException("--out must not be inside the source corpus folder " + source);
        }
        List<OutputFormat> chosen =
                formats.stream().map(OutputFormat::parse).distinct().toList();
        SourceMaterial material = SourceMaterial.load(source, configDir);
        List<CorpusGenerator.GeneratedFile> files = new CorpusGenerator(material).generate(count, seed, out, chosen);
        long bytes =
                files.stream().mapToLong(CorpusGenerator.GeneratedFile::bytes).sum();
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "Wrote %d documents (%.1f MB) to %s%n",
                        files.size(),
                        bytes / 1048576.0,
                        out.toAbsolutePath());
        return 0;
    }
}
