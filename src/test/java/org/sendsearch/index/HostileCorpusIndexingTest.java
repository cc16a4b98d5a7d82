package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.engine.ClusterConnection;
import org.sendsearch.engine.ManagedNode;
import org.sendsearch.testing.ChildCli;
import org.sendsearch.testing.HostileFiles;
import org.sendsearch.testing.RealElasticsearch;
import org.sendsearch.testing.TestNodes;

/**
 * The indexer over a folder holding every hostile case at once, after a clean first run: PDF
 * bombs, a 200 MB file, a symbolic-link loop and a broken link, empty and binary files, a folder
 * and a file that cannot be read, a file rewritten while it is read, and an indexed PDF replaced
 * by a bomb. The run completes, each case is one line in the report with its reason, the new good
 * file is indexed, and every document and passage indexed before is still there.
 *
 * <p>The second run is the {@code index} command in a child JVM, as {@code nobody} when the tests
 * run as root (so that permissions apply: see {@link ChildCli}); the first is the indexer in-process.
 */
@ExtendWith(RealElasticsearch.class)
class HostileCorpusIndexingTest {
    private static final String PREFIX = "it-hostile";
    private static final long MB = 1024 * 1024;

    @Test
    void aRunOverEveryHostileCaseCompletesAndLosesNothingAlreadyIndexed(ElasticsearchClient client, ManagedNode node)
            throws Exception {
        String unavailable = ChildCli.unavailable();
        Assumptions.assumeTrue(unavailable == null, unavailable);
        Path corpus = TestNodes.newFolder("send-search-hostile-corpus-");
        Path work = TestNodes.newFolder("send-search-hostile-work-");
        Path sub = corpus.resolve("sub");
        Path locked = sub.resolve("locked");
        Path secret = sub.resolve("secret.txt");
        Path changing = corpus.resolve("changing.html");
        try {
            // The first, clean run: the bundled letters, a PDF, a folder, and the files that turn hostile later.
            IndexFixtures.copyOf(IndexFixtures.bundledCorpus(), corpus);
            Path letters = IndexFixtures.bundledCorpus();
            Files.createDirectories(locked);
            Files.copy(
                    letters.resolve("liverpool-2019-joint-local-area-send-inspection-letter.txt"),
                    locked.resolve("liverpool.txt"));
            Files.copy(
                    letters.resolve("st-helens-2018-joint-local-area-send-inspection-letter.txt"),
                    locked.resolve("st-helens.txt"));
            Files.copy(letters.resolve("wirral-2022-health-and-wellbeing-board-send-inspection-update.txt"), secret);
            String knowsley = Files.readString(letters.resolve("knowsley-2022-joint-area-send-inspection-letter.txt"));
            HostileFiles.plainPdf(corpus.resolve("report.pdf"), knowsley);
            HostileFiles.plainPdf(corpus.resolve("replaced.pdf"), knowsley.replace("Knowsley", "Knowsley area"));
            String press = Files.readString(letters.resolve("knowsley-2024-press-release-send-improvements.txt"));
            byte[][] versions = {version(press, 'A'), version(press, 'B'), version(press, 'C')};
            Files.write(changing, versions[0]);

            long started = System.nanoTime();
            IngestReport first = IndexFixtures.indexer(client, PREFIX, IndexFixtures.bundledConfig())
                    .run(List.of(corpus), false);
            System.out.printf(
                    "hostile corpus, first run: %d ms in-process%n", (System.nanoTime() - started) / 1_000_000);
            assertTrue(first.rejected().isEmpty(), first.summary());
            assertEquals(11, first.added().size(), first.summary());
            Set<String> documents = ids(client, PREFIX + "-documents");
            Set<String> passages = ids(client, PREFIX + "-passages");
            assertEquals(11, documents.size());

            // Every hostile case at once.
            HostileFiles.manyPages(corpus.resolve("pages.pdf"), 20_000);
            HostileFiles.inflatingStream(corpus.resolve("inflating.pdf"), 512);
            HostileFiles.selfDrawingForm(corpus.resolve("self-drawing.pdf"));
            HostileFiles.fanOutForms(corpus.resolve("fan-out.pdf"), 4, 100);
            HostileFiles.crowdedPage(corpus.resolve("crowded.pdf"), 1_000_000);
            Files.copy(
                    corpus.resolve("crowded.pdf"), corpus.resolve("replaced.pdf"), StandardCopyOption.REPLACE_EXISTING);
            HostileFiles.sparse(corpus.resolve("huge.txt"), 200 * MB);
            Files.write(corpus.resolve("empty.txt"), new byte[0]);
            Files.write(corpus.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3});
            Files.createSymbolicLink(sub.resolve("loop"), sub);
            Files.createSymbolicLink(corpus.resolve("gone.txt"), corpus.resolve("nowhere.txt"));
            Files.writeString(corpus.resolve("new-letter.txt"), knowsley.replace("Knowsley", "Halton"));
            ChildCli.openToAll(corpus);
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));

            Path config = work.resolve("index-config");
            copyFolder(IndexFixtures.bundledConfig().path(), config);
            Path data = Files.createDirectories(work.resolve("data"));
            Map<String, String> environment = connection(node.connection(), work);
            ChildCli.openToAll(work);
            ChildCli.giveToChild(data);

            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> rewriteUntil(stop, changing, versions[1], versions[2]), "rewriter");
            writer.start();
            ChildCli.Result second;
            started = System.nanoTime();
            try {
                second = ChildCli.run(
                        work,
                        environment,
                        "index",
                        corpus.toString(),
                        "--data-dir",
                        data.toString(),
                        "--index-prefix",
                        PREFIX,
                        "--index-config",
                        config.toString());
            } finally {
                stop.set(true);
                writer.join();
            }
            System.out.printf(
                    "hostile corpus, second run: %d ms in a child JVM%s; it printed:%n%s%n",
                    (System.nanoTime() - started) / 1_000_000,
                    ChildCli.isRoot() ? " as " + ChildCli.UNPRIVILEGED_USER : "",
                    second.out());

            assertEquals(IngestReport.PARTIAL, second.exitCode(), second.out() + second.err());
            JsonNode report = new ObjectMapper()
                    .readTree(data.resolve(IngestReportStore.FILE_NAME).toFile());
            assertEquals(false, report.get("rebuilt").asBoolean(), "an incremental run, as the first");
            Map<String, String> rejected = new TreeMap<>();
            report.get("rejected")
                    .forEach(file -> rejected.put(
                            file.get("path").asText(), file.get("reason").asText()));
            String changed = rejected.remove("changing.html");
            assertTrue(
                    changed == null
                            || changed.equals("changed while being read; try again (the indexed version is kept)"),
                    changed);
            Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                    Map.entry("binary.txt", "binary content, not text"),
                    Map.entry("crowded.pdf", "PDF page 1 has more than 100000 characters"),
                    Map.entry("empty.txt", "empty file"),
                    Map.entry(
                            "fan-out.pdf",
                            "PDF draws forms more than 200000 times (forms drawn inside forms count each time)"),
                    Map.entry("gone.txt", "broken symbolic link"),
                    Map.entry("huge.txt", "larger than the size limit (209715200 bytes > 52428800 bytes)"),
                    Map.entry("inflating.pdf", rejected.getOrDefault("inflating.pdf", "?")),
                    Map.entry("pages.pdf", "PDF has 20000 pages; the limit is 5000"),
                    Map.entry(
                            "replaced.pdf", "PDF page 1 has more than 100000 characters (the indexed version is kept)"),
                    Map.entry("self-drawing.pdf", "PDF nests forms more than 20 deep (a form that draws itself?)"),
                    Map.entry(
                            "sub/locked",
                            "cannot read folder: permission denied (the 2 documents indexed from it are kept)"),
                    Map.entry("sub/loop", "symbolic link loop (folder is its own ancestor)"),
                    Map.entry("sub/secret.txt", "cannot read file: permission denied (the indexed version is kept)")));
            assertEquals(expected, rejected, second.out());
            assertTrue(
                    rejected.get("inflating.pdf")
                            .matches("PDF object \\d+ inflates to more than 128 MB, the limit for one stream"),
                    rejected.get("inflating.pdf"));
            assertEquals(List.of("new-letter.txt"), texts(report.get("added")), second.out());
            assertEquals(List.of(), texts(report.get("removed")), second.out());

            Set<String> documentsNow = ids(client, PREFIX + "-documents");
            Set<String> passagesNow = ids(client, PREFIX + "-passages");
            Set<String> lostDocuments =
                    documents.stream().filter(id -> !documentsNow.contains(id)).collect(Collectors.toSet());
            Set<String> lostPassages =
                    passages.stream().filter(id -> !passagesNow.contains(id)).collect(Collectors.toSet());
            int walkerRejects = (int) rejected.keySet().stream()
                    .filter(path -> path.equals("sub/locked") || path.equals("sub/loop") || path.equals("gone.txt"))
                    .count();
            System.out.printf(
                    "hostile corpus, second run: files tried %d (%d read or hashed + %d rejected by the walk), "
                            + "rejects %d, records lost %d (documents %d/%d kept, passages %d/%d kept), %s%n",
                    report.get("filesSeen").asInt() + walkerRejects,
                    report.get("filesSeen").asInt(),
                    walkerRejects,
                    report.get("rejected").size(),
                    lostDocuments.size() + lostPassages.size(),
                    documents.size() - lostDocuments.size(),
                    documents.size(),
                    passages.size() - lostPassages.size(),
                    passages.size(),
                    changed == null ? "changing.html updated to a whole version" : "changing.html rejected");
            assertEquals(Set.of(), lostDocuments, "documents lost");
            assertEquals(Set.of(), lostPassages, "passages lost");
            assertEquals(documents.size() + 1, documentsNow.size(), "the old documents and the new letter");
            String marks = versionMarks(client, "changing.html");
            assertTrue(
                    changed == null ? marks.equals("BB") || marks.equals("CC") : marks.equals("AA"),
                    "one whole version of the file being rewritten: " + marks);
        } finally {
            if (Files.exists(locked)) {
                Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            if (Files.exists(secret)) {
                Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
            }
            TestNodes.delete(corpus);
            TestNodes.delete(work);
        }
    }

    /**
     * The press release as HTML with a 2 MB comment, marked with the version at its start and
     * end: every version has the same size and the same passages, so whichever one the run reads,
     * the passages indexed before keep their ids; a mix of two would show in the markers.
     */
    private static byte[] version(String text, char version) {
        StringBuilder html = new StringBuilder("<html><head><title>News release</title></head><body>\n");
        html.append("<p>Version ").append(version).append(" of this news release.</p>\n");
        for (String paragraph : text.split("\n\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>")
                        .append(paragraph.replace("&", "&amp;").replace("<", "&lt;"))
                        .append("</p>\n");
            }
        }
        html.append("<!-- ")
                .append(String.valueOf(version).repeat((int) (2 * MB)))
                .append(" -->\n");
        html.append("<p>End of version ").append(version).append(".</p>\n</body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The version letters at the start and end of what the index holds for the file. */
    private static String versionMarks(ElasticsearchClient client, String sourcePath) throws IOException {
        List<Hit<ObjectNode>> hits = client.search(
                        request -> request.index(PREFIX + "-documents")
                                .query(q -> q.term(t -> t.field("sourcePath").value(sourcePath))),
                        ObjectNode.class)
                .hits()
                .hits();
        assertEquals(1, hits.size(), sourcePath);
        String text = hits.get(0).source().get("text").asText();
        Matcher start = Pattern.compile("Version (\\w) of this news release").matcher(text);
        Matcher end = Pattern.compile("End of version (\\w)\\.").matcher(text);
        assertTrue(start.find() && end.find(), text);
        return start.group(1) + end.group(1);
    }

    /** Rewrites the file in place, alternating the two versions, until told to stop. */
    private static void rewriteUntil(AtomicBoolean stop, Path file, byte[] one, byte[] other) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            for (int i = 0; !stop.get(); i++) {
                ByteBuffer content = ByteBuffer.wrap(i % 2 == 0 ? one : other);
                long position = 0;
                while (content.hasRemaining()) {
                    position += channel.write(content, position);
                }
                // A pause, so the writer leaves the child some of the machine's two cores.
                Thread.sleep(1);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How the child reaches the test node: from the environment, as a person would set it. */
    private static Map<String, String> connection(ClusterConnection connection, Path work) throws IOException {
        Map<String, String> environment = new HashMap<>();
        environment.put(ClusterConnection.URL_VARIABLE, connection.urls().get(0).toString());
        if (connection.username() != null) {
            environment.put(ClusterConnection.USERNAME_VARIABLE, connection.username());
            environment.put(ClusterConnection.PASSWORD_VARIABLE, connection.password());
        }
        if (connection.apiKey() != null) {
            environment.put(ClusterConnection.API_KEY_VARIABLE, connection.apiKey());
        }
        if (connection.caCertificate() != null) {
            Path certificate = work.resolve("ca.pem");
            Files.copy(connection.caCertificate(), certificate);
            environment.put(ClusterConnection.CA_CERT_VARIABLE, certificate.toString());
        }
        return environment;
    }

    private static void copyFolder(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (var files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static Set<String> ids(ElasticsearchClient client, String index) throws IOException {
        return client
                .search(request -> request.index(index).size(10_000).source(source -> source.fetch(false)), Void.class)
                .hits()
                .hits()
                .stream()
                .map(Hit::id)
                .collect(Collectors.toSet());
    }
}
