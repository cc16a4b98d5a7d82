package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sendsearch.index.IndexedState.StoredDocument;

/** The rules that decide what a run changes, on literal stored states and walks: no file, no node. */
class CorpusDiffTest {
    private static final String A = "/data/a";
    private static final String B = "/data/b";

    private static StoredDocument stored(String id, String source, String path, String sha) {
        return new StoredDocument(id, source, path, sha, 3, List.of());
    }

    private static CorpusDiff diff(boolean rebuild, StoredDocument... documents) {
        return new CorpusDiff(IndexedState.of(List.of(documents)), rebuild);
    }

    private static CorpusDiff.Result resultAfter(CorpusDiff diff, Set<String> walked) {
        diff.missing(walked);
        return diff.result();
    }

    @Test
    void aFileWithTheSameShaInTheSameSourceIsUnchangedAndKept() {
        StoredDocument letter = stored("d1", A, "x/letter.pdf", "s1");
        CorpusDiff diff = diff(false, letter);
        StoredDocument found = diff.stored(A, "x/letter.pdf");
        assertSame(letter, found);
        assertTrue(diff.unchanged(found, A, null, () -> "s1"));
        assertFalse(diff.unchanged(found, A, null, () -> "s2"), "other content");
        assertFalse(diff.unchanged(found, A, null, () -> null), "unreadable file");
        assertFalse(diff.unchanged(found, B, null, () -> "s1"), "held for another source");
        diff.skipped(found);
        CorpusDiff.Result result = resultAfter(diff, Set.of(A));
        assertEquals(1, result.unchanged());
        assertEquals(List.of(), result.removed());
        assertEquals(List.of(), result.added());
    }

    @Test
    void aFileTheIndexDoesNotHoldIsNeverHashedForTheComparison() {
        CorpusDiff diff = diff(false, stored("d1", A, "old.pdf", "s1"));
        AtomicInteger hashed = new AtomicInteger();
        assertFalse(diff.unchanged(diff.stored(A, "new.pdf"), A, null, () -> {
            hashed.incrementAndGet();
            return "s1";
        }));
        assertEquals(0, hashed.get());
    }

    @Test
    void aRebuildSkipsNothingAndCountsSameContentAsUnchanged() {
        StoredDocument letter = stored("d1", A, "letter.pdf", "s1");
        CorpusDiff diff = diff(true, letter, stored("d2", A, "gone.pdf", "s2"), stored("d3", B, "other.pdf", "s3"));
        assertFalse(diff.unchanged(letter, A, null, () -> "s1"));
        diff.rewriting(letter);
        diff.written(letter, "letter.pdf", "s1", null);
        // In a rebuild every document not accounted for is gone, walked source or not.
        CorpusDiff.Result result = resultAfter(diff, Set.of(A));
        assertEquals(1, result.unchanged());
        assertEquals(List.of("gone.pdf", "other.pdf"), result.removed());
    }

    @Test
    void newChangedAndRemovedFiles() {
        StoredDocument changed = stored("d1", A, "changed.pdf", "old");
        CorpusDiff diff = diff(false, changed, stored("d2", A, "gone.pdf", "s2"));
        diff.rewriting(changed);
        diff.written(changed, "changed.pdf", "new", null);
        diff.rewriting(null);
        diff.written(null, "new.pdf", "s9", null);
        List<CorpusDiff.Removal> missing = diff.missing(Set.of(A));
        assertEquals(1, missing.size());
        assertEquals("d2", missing.get(0).stored().id());
        assertNull(missing.get(0).renamedTo());
        CorpusDiff.Result result = diff.result();
        assertEquals(List.of("new.pdf"), result.added());
        assertEquals(List.of("changed.pdf"), result.updated());
        assertEquals(List.of("gone.pdf"), result.removed());
        assertEquals(0, result.unchanged());
    }

    @Test
    void aFileUnderANewPathWithTheSameShaIsARenameNotAnAddAndARemove() {
        CorpusDiff diff = diff(false, stored("d1", A, "2019/letter.pdf", "s1"));
        diff.written(null, "2020/letter.pdf", "s1", null);
        List<CorpusDiff.Removal> missing = diff.missing(Set.of(A));
        assertEquals("2020/letter.pdf", missing.get(0).renamedTo());
        CorpusDiff.Result result = diff.result();
        assertEquals(List.of(new IngestReport.Rename("2019/letter.pdf", "2020/letter.pdf")), result.renamed());
        assertEquals(List.of(), result.added());
        assertEquals(List.of(), result.removed());
    }

    @Test
    void twoGoneFilesWithTheSameShaAndOneNewCopyMakeOneRenameAndOneRemoval() {
        CorpusDiff diff = diff(false, stored("d1", A, "a.pdf", "same"), stored("d2", A, "b.pdf", "same"));
        diff.written(null, "c.pdf", "same", null);
        CorpusDiff.Result result = resultAfter(diff, Set.of(A));
        assertEquals(List.of(new IngestReport.Rename("a.pdf", "c.pdf")), result.renamed());
        assertEquals(List.of("b.pdf"), result.removed());
        assertEquals(List.of(), result.added());
    }

    @Test
    void twoNewCopiesOfAGoneFileMakeARenameToTheFirstAndAnAdd() {
        CorpusDiff diff = diff(false, stored("d1", A, "a.pdf", "same"));
        diff.written(null, "b.pdf", "same", null);
        diff.written(null, "c.pdf", "same", null);
        CorpusDiff.Result result = resultAfter(diff, Set.of(A));
        assertEquals(List.of(new IngestReport.Rename("a.pdf", "b.pdf")), result.renamed());
        assertEquals(List.of("c.pdf"), result.added());
    }

    @Test
    void twoFilesWithTheSameShaBothThereAreBothUnchanged() {
        StoredDocument one = stored("d1", A, "a.pdf", "same");
        StoredDocument two = stored("d2", A, "copy/a.pdf", "same");
        CorpusDiff diff = diff(false, one, two);
        assertTrue(diff.unchanged(diff.stored(A, "a.pdf"), A, null, () -> "same"));
        diff.skipped(diff.stored(A, "a.pdf"));
        diff.skipped(diff.stored(A, "copy/a.pdf"));
        CorpusDiff.Result result = resultAfter(diff, Set.of(A));
        assertEquals(2, result.unchanged());
        assertEquals(List.of(), result.renamed());
        assertEquals(List.of(), result.removed());
    }

    @Test
    void theSamePathInTwoSourcesIsTwoDocuments() {
        StoredDocument inA = stored("a1", A, "letter.pdf", "s1");
        StoredDocument inB = stored("b1", B, "letter.pdf", "s2");
        CorpusDiff diff = diff(false, inA, inB);
        assertSame(inA, diff.stored(A, "letter.pdf"));
        assertSame(inB, diff.stored(B, "letter.pdf"));
    }

    @Test
    void aFileOfAMissingSourceKeepsItsDocumentsAndAnUnwalkedSourceLosesNothing() {
        CorpusDiff diff = diff(
                false,
                stored("a1", A, "one.pdf", "s1"),
                stored("a2", A, "two.pdf", "s2"),
                stored("b1", B, "three.pdf", "s3"));
        assertEquals(2, diff.keepSource(A));
        assertEquals(0, diff.keepSource(A), "kept once");
        // B was neither walked nor kept: a run that did not refresh it never removes its documents.
        CorpusDiff.Result result = resultAfter(diff, Set.of());
        assertEquals(List.of(), result.removed());
        assertEquals(List.of(), result.renamed());
    }

    @Test
    void aMissingSourcesFileAddedElsewhereIsAnAddNotARename() {
        CorpusDiff diff = diff(false, stored("a1", A, "one.pdf", "s1"));
        diff.keepSource(A);
        diff.written(null, "one.pdf", "s1", null);
        CorpusDiff.Result result = resultAfter(diff, Set.of(B));
        assertEquals(List.of("one.pdf"), result.added());
        assertEquals(List.of(), result.renamed());
    }

    @Test
    void anUnreadableFileOrFolderKeepsWhatTheIndexHolds() {
        CorpusDiff diff = diff(
                false,
                stored("d1", A, "x/one.pdf", "s1"),
                stored("d2", A, "x/y/two.pdf", "s2"),
                stored("d3", A, "xz/three.pdf", "s3"),
                stored("d4", A, "four.pdf", "s4"),
                stored("b1", B, "x/five.pdf", "s5"));
        assertEquals(2, diff.keepFolder(A, "x", false), "x/ only, not xz/, and of this source only");
        assertEquals(1, diff.keepFile(A, "four.pdf"));
        assertEquals(0, diff.keepFile(A, "four.pdf"), "kept once");
        assertEquals(0, diff.keepFile(A, "never-indexed.pdf"));
        assertEquals(
                List.of("xz/three.pdf", "x/five.pdf"),
                resultAfter(diff, Set.of(A, B)).removed());
    }

    @Test
    void anUnlistableSourceRootKeepsEveryDocumentOfTheSource() {
        CorpusDiff diff = diff(false, stored("d1", A, "x/one.pdf", "s1"), stored("d2", A, "two.pdf", "s2"));
        assertEquals(2, diff.keepFolder(A, "", true));
    }

    @Test
    void aDocumentIndexedBeforeSourcesWereKeptCountsForTheFileButIsNeverSkipped() {
        StoredDocument legacy = stored("d1", null, "letter.pdf", "s1");
        CorpusDiff diff = diff(false, legacy);
        assertSame(legacy, diff.stored(A, "letter.pdf"));
        assertFalse(diff.unchanged(legacy, A, null, () -> "s1"), "it must be written again to carry its source");
        diff.rewriting(legacy);
        diff.written(legacy, "letter.pdf", "s1", null);
        CorpusDiff.Result result = resultAfter(diff, Set.of(A));
        assertEquals(1, result.unchanged());
        assertEquals(List.of(), result.removed());
    }

    @Test
    void aLegacyDocumentNoFileAccountsForStaysOutsideARebuild() {
        CorpusDiff diff = diff(false, stored("d1", null, "letter.pdf", "s1"));
        assertEquals(List.of(), resultAfter(diff, Set.of(A)).removed());
    }

    @Test
    void aFileWhoseDocumentElasticsearchDidNotKeepIsNeitherAddedNorUpdated() {
        StoredDocument changed = stored("d1", A, "changed.pdf", "old");
        CorpusDiff diff = diff(false, changed);
        diff.rewriting(changed);
        diff.written(changed, "changed.pdf", "new", null);
        diff.written(null, "new.pdf", "s2", null);
        diff.missing(Set.of(A));
        diff.notWritten("changed.pdf");
        diff.notWritten("new.pdf");
        CorpusDiff.Result result = diff.result();
        assertEquals(List.of(), result.added());
        assertEquals(List.of(), result.updated());
        assertEquals(List.of(), result.removed(), "the file was accounted for: the next run retries it");
    }
}
