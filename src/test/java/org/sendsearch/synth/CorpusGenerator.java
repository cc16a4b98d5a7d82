package org.sendsearch.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.ingest.LocalAuthorities;
import org.sendsearch.model.DocumentType;

/**
 * Writes a corpus of synthetic documents shaped like the real ones, spread over the English local
 * authorities and the years 2016-2026, in the formats asked for.
 *
 * <p>Deterministic: document {@code i} depends only on the seed, {@code i} and the source
 * material, through its own {@link Random}, so the same seed gives the same bytes whatever the
 * count or the number of threads, and documents can be written in parallel.
 */
public final class CorpusGenerator {
    private static final Logger log = LogManager.getLogger(CorpusGenerator.class);

    /** Authorities that only exist from a year on (the rest of the table's current ones always existed). */
    private static final Map<String, Integer> CREATED = Map.of(
            "Cumberland",
            2023,
            "Westmorland and Furness",
            2023,
            "North Northamptonshire",
            2021,
            "West Northamptonshire",
            2021);
    /** Historic authorities: the last year they existed (others: 2020). */
    private static final Map<String, Integer> ABOLISHED =
            Map.of("Cumbria", 2022, "Northamptonshire", 2020, "Bournemouth", 2018, "Poole", 2018);

    /** What one generated file is meant to be, so tests and benchmarks can check extraction against it. */
    public record GeneratedFile(
            Path path,
            DocumentType type,
            String area,
            java.time.LocalDate date,
            OutputFormat format,
            long bytes,
            SyntheticDocument.Facts facts,
            String title) {}

    private final SourceMaterial material;
    private final List<LocalAuthorities.Authority> authorities;

    public CorpusGenerator(SourceMaterial material) {
        this.material = material;
        this.authorities = material.authorities().all();
        log.debug("Source material: {}", material.summary());
    }

    /**
     * Writes {@code count} documents into {@code out} (created if missing), cycling through the
     * formats; returns them in order. Existing files of the same names are overwritten.
     */
    public List<GeneratedFile> generate(int count, long seed, Path out, List<OutputFormat> formats) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, not " + count);
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("at least one format is needed");
        }
        Files.createDirectories(out);
        long started = System.nanoTime();
        List<GeneratedFile> files;
        try {
            files = IntStream.range(0, count)
                    .parallel()
                    .mapToObj(i -> write(i, seed, out, formats.get(i % formats.size())))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long bytes = files.stream().mapToLong(GeneratedFile::bytes).sum();
        log.info(
                "Generated {} documents ({} MB) in {} in {} s",
                count,
                String.format(Locale.ROOT, "%.1f", bytes / 1048576.0),
                out,
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        return new ArrayList<>(files);
    }

    /** Document {@code i} of the corpus of this seed, without writing it. */
    public SyntheticDocument document(int i, long seed) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + i * 0xC2B2AE3D27D4EB4FL);
        Variation variation = new Variation(random);
        DocumentType type = type(random);
        int year = year(type, random);
        LocalAuthorities.Authority authority = authority(year, random);
        Drafting drafting = new Drafting(authority, year, material, variation);
        String stem = String.format(Locale.ROOT, "%06d-%s-%d-%s", i, slug(authority.name()), year, type.id());
        return switch (type) {
            case INSPECTION_LETTER -> new InspectionLetterWriter().write(drafting, stem);
            case INSPECTION_REPORT -> new AreaReportWriter().write(drafting, stem);
            case MONITORING_REPORT -> new MonitoringReportWriter().write(drafting, stem);
            case REVISIT_LETTER -> new RevisitLetterWriter().write(drafting, stem);
            case COUNCIL_REPORT ->
                variation.chance(30)
                        ? new MinutesWriter().write(drafting, stem)
                        : new CouncilReportWriter().write(drafting, stem);
            case FORUM_POST -> new ForumPostWriter().write(drafting, stem);
            default -> new PressReleaseWriter().write(drafting, stem);
        };
    }

    private GeneratedFile write(int i, long seed, Path out, OutputFormat format) {
        SyntheticDocument document = document(i, seed);
        try {
            byte[] bytes = format.render(document);
            Path file = out.resolve(document.stem() + "." + format.extension());
            Files.write(file, bytes);
            return new GeneratedFile(
                    file,
                    document.type(),
                    document.area(),
                    document.date(),
                    format,
                    bytes.length,
                    document.facts(),
                    document.title());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The share of each type, in percent. */
    private static final List<Map.Entry<DocumentType, Integer>> MIX = List.of(
            Map.entry(DocumentType.INSPECTION_LETTER, 28),
            Map.entry(DocumentType.INSPECTION_REPORT, 20),
            Map.entry(DocumentType.MONITORING_REPORT, 6),
            Map.entry(DocumentType.REVISIT_LETTER, 10),
            Map.entry(DocumentType.COUNCIL_REPORT, 18),
            Map.entry(DocumentType.PRESS_RELEASE, 12),
            Map.entry(DocumentType.FORUM_POST, 6));

    private static DocumentType type(Random random) {
        int roll = random.nextInt(100);
        for (Map.Entry<DocumentType, Integer> share : MIX) {
            roll -= share.getValue();
            if (roll < 0) {
                return share.getKey();
            }
        }
        throw new IllegalStateException("the type shares do not add up to 100");
    }

    /** The 2016 framework ran to 2022, the 2023 one since (monitoring from 2024); revisits from 2018; others any year. */
    private static int year(DocumentType type, Random random) {
        return switch (type) {
            case INSPECTION_LETTER -> 2016 + random.nextInt(7);
            case INSPECTION_REPORT -> 2023 + random.nextInt(4);
            case MONITORING_REPORT -> 2024 + random.nextInt(3);
            case REVISIT_LETTER -> 2018 + random.nextInt(5);
            default -> 2016 + random.nextInt(11);
        };
    }

    private LocalAuthorities.Authority authority(int year, Random random) {
        while (true) {
            LocalAuthorities.Authority authority = authorities.get(random.nextInt(authorities.size()));
            boolean existed = authority.historic()
                    ? year <= ABOLISHED.getOrDefault(authority.name(), 2020)
                    : year >= CREATED.getOrDefault(authority.name(), 0);
            if (existed) {
                return authority;
            }
        }
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
