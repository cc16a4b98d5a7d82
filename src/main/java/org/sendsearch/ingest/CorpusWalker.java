package org.sendsearch.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Walks folder trees lazily, depth first, in a stable order (entries sorted by name), yielding
 * each file to extract or a rejection for what cannot be walked. Only one folder listing per
 * level is held at a time, never the whole tree.
 *
 * <p>Skipped without a word: hidden files and folders (names starting with '.'), and files named
 * README* or SOURCES* (any case, any extension), which document a corpus rather than belong to
 * it, and {@value PublishedAddresses#FILE_NAME}, the list of where its files are published (read at
 * the top of the walked folder, and given with each entry). A file given directly is never skipped. Rejected with a line: folders that cannot be
 * listed ("cannot read folder: permission denied"), broken symbolic links and symbolic-link loops
 * (a folder that is its own ancestor); the walk goes on past each. Symbolic links to files and
 * folders are otherwise followed.
 */
public final class CorpusWalker {
    private static final Logger log = LogManager.getLogger(CorpusWalker.class);

    /**
     * A file to extract, or a rejection; {@code root} is the walked folder the path is relative to
     * (null for an input that does not exist), and {@code addresses} that folder's list of published
     * addresses ({@link PublishedAddresses}, read once per walk and shared by its entries).
     */
    public record Entry(Path file, Path root, Rejection rejection, PublishedAddresses addresses) {
        public Entry {
            addresses = addresses == null ? PublishedAddresses.none() : addresses;
        }

        static Entry file(Path file, Path root, PublishedAddresses addresses) {
            return new Entry(file, root, null, addresses);
        }

        static Entry rejected(Path path, Path root, String reason) {
            return new Entry(path, root, new Rejection(path, reason), null);
        }
    }

    private CorpusWalker() {}

    /** Whether the walker leaves this name out of a folder walk (the list of published addresses too). */
    public static boolean isIgnored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".")
                || lower.startsWith("readme")
                || lower.startsWith("sources")
                || lower.equals(PublishedAddresses.FILE_NAME);
    }

    /**
     * The entries under each input, in input order: a file is its own entry (relative to its
     * folder); a folder is walked, with ids relative to it.
     */
    public static Stream<Entry> walk(List<Path> inputs) {
        return inputs.stream().flatMap(CorpusWalker::walk);
    }

    public static Stream<Entry> walk(Path input) {
        if (!Files.exists(input)) {
            return Stream.of(Entry.rejected(
                    input,
                    null,
                    Files.exists(input, LinkOption.NOFOLLOW_LINKS)
                            ? "broken symbolic link"
                            : "no such file or folder"));
        }
        if (!Files.isDirectory(input)) {
            Path parent = input.toAbsolutePath().getParent();
            return Stream.of(Entry.file(input, parent, PublishedAddresses.read(parent)));
        }
        Iterator<Entry> iterator = new Walk(input);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The iterator behind a folder walk: a stack of sorted listings and the ancestors of the current folder. */
    private static final class Walk implements Iterator<Entry> {
        private final Path root;
        private final PublishedAddresses addresses;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private Entry next;

        private record Frame(Iterator<Path> children, Set<Object> ancestors) {}

        Walk(Path root) {
            this.root = root;
            this.addresses = PublishedAddresses.read(root);
            enter(root, Set.of());
        }

        private void enter(Path folder, Set<Object> ancestors) {
            Object key = key(folder);
            if (key != null && ancestors.contains(key)) {
                next = Entry.rejected(folder, root, "symbolic link loop (folder is its own ancestor)");
                return;
            }
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
                for (Path child : listing) {
                    if (!isIgnored(child.getFileName().toString())) {
                        children.add(child);
                    }
                }
            } catch (AccessDeniedException | SecurityException e) {
                next = Entry.rejected(folder, root, "cannot read folder: permission denied");
                return;
            } catch (FileSystemException e) {
                next = Entry.rejected(
                        folder,
                        root,
                        "cannot read folder: "
                                + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()));
                return;
            } catch (IOException e) {
                next = Entry.rejected(folder, root, "cannot read folder: " + e.getMessage());
                return;
            }
            children.sort((a, b) ->
                    a.getFileName().toString().compareTo(b.getFileName().toString()));
            Set<Object> inner = new HashSet<>(ancestors);
            if (key != null) {
                inner.add(key);
            }
            stack.push(new Frame(children.iterator(), inner));
        }

        private static Object key(Path folder) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
                return attributes.fileKey() != null ? attributes.fileKey() : folder.toRealPath();
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public boolean hasNext() {
            while (next == null && !stack.isEmpty()) {
                Frame frame = stack.peek();
                if (!frame.children.hasNext()) {
                    stack.pop();
                    continue;
                }
                Path child = frame.children.next();
                if (Files.isDirectory(child)) {
                    enter(child, frame.ancestors);
                } else if (Files.isRegularFile(child)) {
                    next = Entry.file(child, root, addresses);
                } else if (Files.isSymbolicLink(child)) {
                    next = Entry.rejected(child, root, "broken symbolic link");
                } else if (Files.exists(child, LinkOption.NOFOLLOW_LINKS)) {
                    log.debug("skipping {}: not a regular file", child);
                } else {
                    next = Entry.rejected(child, root, "vanished while the folder was being read");
                }
            }
            return next != null;
        }

        @Override
        public Entry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Entry entry = next;
            next = null;
            return entry;
        }
    }
}
