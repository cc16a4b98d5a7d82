package org.sendsearch.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.sendsearch.model.PublishedAddress;

/**
 * A collection's list of where its files are published: {@value #FILE_NAME} at the top of a folder
 * given to {@code send-search index} (or {@code extract}), one line per file, the file's path
 * relative to that folder ('/'-separated, as the document's {@code sourcePath}), a tab, and its
 * {@code http} or {@code https} address. Lines starting with {@code #} and blank lines are left
 * out. The file itself is never indexed as a document ({@link CorpusWalker#isIgnored}); one below
 * the top of a folder is not read.
 *
 * <p>Where a document's published address comes from, in order: this list; for a web page, its
 * own {@code <link rel="canonical">} or {@code og:url} (see {@link Extractor}); otherwise none.
 *
 * <p>Bad input never stops a run: a line with no tab, an address that is not an absolute
 * http(s) one ({@link PublishedAddress#refusal}), a path that is not a file of the folder, or a
 * file listed twice (the first line counts) is skipped, and {@link #problems} says so with the line
 * number, for the ingest report and the log. A list that cannot be read gives no address and one
 * problem. Immutable once read.
 */
public final class PublishedAddresses {
    /** The side file's name. */
    public static final String FILE_NAME = "published-addresses.tsv";

    /** A list longer than this is not read: 1 MB is some 10,000 lines. */
    static final long MAX_BYTES = 1024 * 1024;

    /** One skipped line (0 for the file as a whole), and why. */
    public record Problem(int line, String reason) {
        /** "line 3: ..." as the ingest report's warning for {@value #FILE_NAME}. */
        public String message() {
            return line == 0 ? reason : "line " + line + ": " + reason;
        }
    }

    private static final PublishedAddresses NONE = new PublishedAddresses(Map.of(), List.of());

    private final Map<String, String> bySourcePath;
    private final List<Problem> problems;

    private PublishedAddresses(Map<String, String> bySourcePath, List<Problem> problems) {
        this.bySourcePath = Map.copyOf(bySourcePath);
        this.problems = List.copyOf(problems);
    }

    /** No list: no file has an address from it. */
    public static PublishedAddresses none() {
        return NONE;
    }

    /** The list at the top of {@code folder}, or {@link #none()} when there is none. Never throws. */
    public static PublishedAddresses read(Path folder) {
        if (folder == null) {
            return NONE;
        }
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return failed("longer than " + MAX_BYTES + " bytes; no address is read from it");
            }
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            return failed("not UTF-8 text; no address is read from it");
        } catch (NoSuchFileException e) {
            return NONE;
        } catch (IOException | SecurityException e) {
            return failed("cannot be read (" + e.getMessage() + "); no address is read from it");
        }
        return parse(text, name -> isFileOf(folder, name));
    }

    /**
     * The list in {@code text}; {@code isFile} says whether a listed path is a file of the folder.
     * Pure apart from {@code isFile}, so every rule is tested with literal lines.
     */
    static PublishedAddresses parse(String text, Predicate<String> isFile) {
        Map<String, String> addresses = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                problems.add(new Problem(number, "no tab between the file name and its address; line skipped"));
                continue;
            }
            String name = line.substring(0, tab).strip();
            String url = line.substring(tab + 1).strip();
            if (name.isEmpty()) {
                problems.add(new Problem(number, "no file name before the tab; line skipped"));
                continue;
            }
            Optional<String> refusal = PublishedAddress.refusal(url);
            if (refusal.isPresent()) {
                problems.add(new Problem(
                        number, "the address of " + name + " is refused: " + refusal.get() + "; line skipped"));
                continue;
            }
            Optional<String> badName = nameProblem(name);
            if (badName.isEmpty() && !isFile.test(name)) {
                badName = Optional.of("no file " + name + " in this folder");
            }
            if (badName.isPresent()) {
                problems.add(new Problem(number, badName.get() + "; line skipped"));
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(name, number);
            if (earlier != null) {
                problems.add(
                        new Problem(number, name + " is listed already on line " + earlier + "; this line is skipped"));
                continue;
            }
            addresses.put(name, url);
        }
        return new PublishedAddresses(addresses, problems);
    }

    /** Why a listed name cannot be a file the walk indexes from this folder, if it cannot. */
    private static Optional<String> nameProblem(String name) {
        if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")) {
            return Optional.of("the file name " + name + " is not relative to this folder ('/'-separated)");
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return Optional.of("the file name " + name + " is not a path within this folder");
            }
            if (CorpusWalker.isIgnored(part)) {
                return Optional.of(name + " is not indexed (hidden, README, SOURCES and this list are left out)");
            }
        }
        return Optional.empty();
    }

    private static boolean isFileOf(Path folder, String name) {
        Path root = folder.toAbsolutePath().normalize();
        Path file = root.resolve(name).normalize();
        return file.startsWith(root) && Files.isRegularFile(file);
    }

    private static PublishedAddresses failed(String reason) {
        return new PublishedAddresses(Map.of(), List.of(new Problem(0, reason)));
    }

    /** The address listed for the file at {@code sourcePath} (relative to the folder, '/'-separated), or null. */
    public String urlOf(String sourcePath) {
        return bySourcePath.get(sourcePath);
    }

    /** How many files have an address. */
    public int size() {
        return bySourcePath.size();
    }

    /** The lines skipped, and why, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
