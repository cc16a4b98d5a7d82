package org.sendsearch.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.PublishedAddress;
import org.sendsearch.util.Sha256;

/**
 * The extraction stage: one file in, one {@link ExtractedDocument} or one {@link Rejection} out.
 * Reads the bytes ({@link TextReader}), cleans the text ({@link TextCleaner}), decides the kind of
 * document ({@link DocumentClassifier}), splits the findings ({@link PassageSplitter}), reads the
 * metadata ({@link MetadataExtractor}) and tags themes ({@link ThemeTagger}). The document's
 * published address comes from the collection's {@link PublishedAddresses} list, else from a web
 * page's own canonical address ({@link #publishedAddress}).
 *
 * <p>Bad input never throws: a file that cannot be read, is too large, is binary or undecodable,
 * vanishes or changes while being read ({@link FileBytes}), or would cost more than the
 * {@link ExtractionLimits} allow, becomes a rejection with a one-line reason. An instance is
 * immutable and may be shared between threads.
 */
public final class Extractor {
    private static final Logger log = LogManager.getLogger(Extractor.class);

    /** The default size limit: larger files are not the letters and reports this reads. */
    public static final long DEFAULT_MAX_BYTES = ExtractionLimits.DEFAULT_MAX_BYTES;

    private final ExtractionLimits limits;
    private final TextReader reader;
    private final TextCleaner cleaner;
    private final DocumentClassifier classifier = new DocumentClassifier();
    private final PassageSplitter splitter;
    private final MetadataExtractor metadata;
    private final ThemeTagger tagger;

    /**
     * An extractor tagging with the index's analysis chain, with the default limits but for the
     * file size. The chain is applied a word at a time ({@link IndexTerms}): the same terms, for
     * much less work on a run of documents.
     */
    public Extractor(ThemeTaxonomy themes, LocalAuthorities authorities, ExtractionRules rules, long maxBytes) {
        this(themes, authorities, rules, ExtractionLimits.DEFAULT.withMaxBytes(maxBytes), new IndexTerms());
    }

    /** An extractor tagging with the index's analysis chain, a word at a time ({@link IndexTerms}). */
    public Extractor(
            ThemeTaxonomy themes, LocalAuthorities authorities, ExtractionRules rules, ExtractionLimits limits) {
        this(themes, authorities, rules, limits, new IndexTerms());
    }

    public Extractor(
            ThemeTaxonomy themes,
            LocalAuthorities authorities,
            ExtractionRules rules,
            long maxBytes,
            TermAnalysis analysis) {
        this(themes, authorities, rules, ExtractionLimits.DEFAULT.withMaxBytes(maxBytes), analysis);
    }

    public Extractor(
            ThemeTaxonomy themes,
            LocalAuthorities authorities,
            ExtractionRules rules,
            ExtractionLimits limits,
            TermAnalysis analysis) {
        this.limits = limits;
        this.reader = new TextReader(limits);
        this.cleaner = new TextCleaner(rules.headings());
        this.splitter = new PassageSplitter(rules);
        this.metadata = new MetadataExtractor(new AreaResolver(authorities), rules.outcomes());
        this.tagger = new ThemeTagger(themes, analysis);
    }

    /**
     * An extractor configured from a folder holding {@code themes.json}, {@code local-authorities.tsv}
     * and the {@link ExtractionRules} tables; fails with the file and what is wrong with it.
     */
    public static Extractor fromConfig(Path configDir, long maxBytes) throws IOException {
        return fromConfig(configDir, ExtractionLimits.DEFAULT.withMaxBytes(maxBytes));
    }

    public static Extractor fromConfig(Path configDir, ExtractionLimits limits) throws IOException {
        return new Extractor(
                ThemeTaxonomy.load(configDir.resolve("themes.json")),
                LocalAuthorities.load(configDir.resolve("local-authorities.tsv")),
                ExtractionRules.load(new ConfigDirectory(configDir)),
                limits);
    }

    /**
     * The path a document made from {@code file} records as its {@code sourcePath}: relative to the
     * walked {@code root}, '/'-separated (the file name when the file is not under the root). The
     * indexer matches files to what the index holds by it.
     */
    public static String sourcePath(Path file, Path root) {
        return DocumentIds.relativePath(file, root);
    }

    /** The reject reason of a file whose extraction ran out of memory. */
    public static final String OUT_OF_MEMORY =
            "needs more memory than the extractor has (out of memory while extracting)";

    /** The reject reason of a file whose extraction failed unexpectedly with {@code failure}. */
    public static String internalError(Throwable failure) {
        return failure instanceof OutOfMemoryError
                ? OUT_OF_MEMORY
                : "internal error while extracting (" + failure + ")";
    }

    /**
     * Extracts one file; {@code root} is the corpus folder its id and source path are relative to.
     * Never throws, an {@link Error} included (out of memory, a stack overflow): whatever goes wrong
     * is this file's rejection, and the caller goes on with the next.
     */
    public ExtractionOutcome extract(Path file, Path root) {
        return extract(file, root, null);
    }

    /**
     * Extracts one file as {@link #extract(Path, Path)} does, with ids scoped by {@code idScope}
     * (the indexer passes its source's key, so two sources holding the same relative path give two
     * documents; null gives the unscoped ids {@code extract} prints).
     */
    public ExtractionOutcome extract(Path file, Path root, String idScope) {
        return extract(file, root, idScope, PublishedAddresses.read(root));
    }

    /**
     * Extracts a walked file, with the list of published addresses its walk read
     * ({@link CorpusWalker.Entry#addresses()}), ids scoped as {@link #extract(Path, Path, String)}
     * says. A walk's rejection is returned as it is.
     */
    public ExtractionOutcome extract(CorpusWalker.Entry entry, String idScope) {
        if (entry.rejection() != null) {
            return entry.rejection();
        }
        return extract(entry.file(), entry.root(), idScope, entry.addresses());
    }

    private ExtractionOutcome extract(Path file, Path root, String idScope, PublishedAddresses addresses) {
        try {
            return extractOrReject(file, root, idScope, addresses);
        } catch (UnreadableDocumentException e) {
            return new Rejection(file, e.getMessage());
        } catch (NoSuchFileException e) {
            return new Rejection(file, "file vanished while being read");
        } catch (AccessDeniedException e) {
            return new Rejection(file, "cannot read file: permission denied");
        } catch (FileSystemException e) {
            return new Rejection(
                    file,
                    "cannot read: " + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()));
        } catch (IOException e) {
            return new Rejection(file, "cannot read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            // A last resort: the limits are meant to make this unreachable. What this file's
            // extraction held is garbage once the error has unwound it, so the run can go on.
            log.error("out of memory extracting {}", file, e);
            return new Rejection(file, OUT_OF_MEMORY);
        } catch (RuntimeException | Error e) {
            log.error("extraction failed on {}", file, e);
            return new Rejection(file, internalError(e));
        }
    }

    private ExtractionOutcome extractOrReject(Path file, Path root, String idScope, PublishedAddresses addresses)
            throws IOException, UnreadableDocumentException {
        DocumentFormat format = DocumentFormat.of(file)
                .orElseThrow(() ->
                        new UnreadableDocumentException("unsupported file type (not .txt, .md, .html, .htm or .pdf)"));
        if (format != DocumentFormat.PDF) {
            // Three bytes or more for every character is the most any encoding read takes, so a
            // larger text file is over the text limit before it is even read.
            long size = Files.size(file);
            if (size <= limits.maxBytes() && TextReader.fewestCharacters(size) > limits.maxTextCharacters()) {
                throw new UnreadableDocumentException(limits.textTooLong() + " (a file of " + size + " bytes)");
            }
        }
        byte[] bytes = FileBytes.read(file, limits.maxBytes());
        RawText raw = reader.read(bytes, format);
        CleanText clean = cleaner.clean(raw);
        if (clean.blocks().isEmpty()) {
            throw new UnreadableDocumentException("no text left after removing markup");
        }
        String relative = DocumentIds.relativePath(file, root);
        String id = DocumentIds.id(relative, idScope);
        DocumentType type = classifier.classify(clean);
        String title = metadata.title(clean, type);
        List<PassageSplitter.Draft> drafts = splitter.split(clean, type, title);
        MetadataExtractor.Metadata meta = metadata.extract(clean, type, title, drafts);
        List<Passage> passages = new ArrayList<>(drafts.size());
        for (PassageSplitter.Draft draft : drafts) {
            int ordinal = passages.size();
            Block block = draft.block();
            passages.add(new Passage(
                    id + "-" + ordinal,
                    ordinal,
                    draft.section(),
                    draft.heading(),
                    draft.polarity(),
                    tagger.tag(block.text()),
                    block.text(),
                    block.start(),
                    block.end(),
                    draft.responsible(),
                    draft.standard()));
        }
        List<String> warnings = new ArrayList<>(meta.warnings());
        PublishedAddress published = publishedAddress(addresses.urlOf(relative), raw.ownAddress(), warnings);
        for (String warning : warnings) {
            log.debug("{}: {}", relative, warning);
        }
        return new ExtractedDocument(
                id,
                relative,
                format,
                bytes.length,
                Sha256.hex(bytes),
                type,
                meta.area(),
                meta.region(),
                meta.title(),
                meta.date(),
                meta.researchDate(),
                meta.year(),
                meta.inspectionStart(),
                meta.inspectionEnd(),
                meta.wsoaRequired(),
                meta.significantWeaknesses(),
                meta.outcome(),
                meta.outcomeValue(),
                meta.framework(),
                meta.inspectionId(),
                meta.previousInspectionStart(),
                meta.previousInspectionEnd(),
                meta.schedule().nextInspection(),
                meta.schedule().nextInspectionBy(),
                meta.schedule().monitoringBy(),
                meta.priorityActions(),
                meta.areasForImprovement(),
                meta.revisitProgress(),
                meta.leadInspector(),
                meta.inspectors(),
                meta.addressees(),
                meta.healthBodies(),
                meta.committee(),
                meta.meetingDate(),
                meta.author(),
                warnings,
                published,
                clean.text(),
                passages);
    }

    /**
     * The rule for a document's published address, in order: the address the collection's list
     * gives its file ({@link PublishedAddresses}, checked when the list was read); else a web
     * page's own canonical or {@code og:url} address when it is an absolute http(s) one; else none.
     * A page address that is refused (relative, {@code javascript:} ...) adds a warning saying why.
     */
    static PublishedAddress publishedAddress(String listed, String pageOwn, List<String> warnings) {
        if (listed != null) {
            return PublishedAddress.listed(listed);
        }
        if (pageOwn == null) {
            return null;
        }
        Optional<String> refusal = PublishedAddress.refusal(pageOwn);
        if (refusal.isPresent()) {
            warnings.add("The page's own address (" + shortened(pageOwn) + ") is not taken as its published address: "
                    + refusal.get() + ".");
            return null;
        }
        return PublishedAddress.page(pageOwn);
    }

    private static String shortened(String value) {
        return value.length() <= 80 ? value : value.substring(0, 79) + "\u2026";
    }
}
