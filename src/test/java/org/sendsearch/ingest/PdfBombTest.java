package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.testing.HostileFiles;

/**
 * PDF bombs: files a few kilobytes to a few megabytes on disk that would cost PDFBox minutes or
 * gigabytes. Each is one reject with the limit it passed, and the memory the extracting thread
 * allocates stays far below what the bomb would cost (a measure that does not depend on timing).
 * The time, allocation and peak heap of each are printed to the test's output.
 */
class PdfBombTest {
    private static final long MB = 1024 * 1024;

    /** A reject and what it cost. */
    private record Cost(ExtractionOutcome outcome, long millis, long allocatedBytes, long peakHeapBytes) {
        Rejection rejection() {
            return assertInstanceOf(Rejection.class, outcome);
        }
    }

    @Test
    void twentyThousandPagesAreRejectedBeforeAnyTextIsRead(@TempDir Path folder) throws IOException {
        Path bomb = HostileFiles.manyPages(folder.resolve("pages.pdf"), 20_000);
        Cost cost = extract("20,000 pages", bomb, TestCorpus.extractor());
        assertEquals("PDF has 20000 pages; the limit is 5000", cost.rejection().reason());
    }

    @Test
    void aStreamInflatingToAGigabyteIsRejectedWithoutBeingHeld(@TempDir Path folder) throws IOException {
        Path bomb = HostileFiles.inflatingStream(folder.resolve("inflating.pdf"), 1024);
        assertTrue(Files.size(bomb) < 2 * MB, "small on disk: " + Files.size(bomb));
        Cost cost = extract("1 GB stream", bomb, TestCorpus.extractor());
        assertTrue(
                cost.rejection()
                        .reason()
                        .matches("PDF object \\d+ inflates to more than 128 MB, the limit for one stream"),
                cost.rejection().reason());
        assertTrue(cost.allocatedBytes() < 64 * MB, "inflated into a counter, not memory: " + cost.allocatedBytes());
    }

    @Test
    void aFormThatDrawsItselfIsRejectedAtTheNestingLimit(@TempDir Path folder) throws IOException {
        Path bomb = HostileFiles.selfDrawingForm(folder.resolve("self-drawing.pdf"));
        Cost cost = extract("self-drawing form", bomb, TestCorpus.extractor());
        assertEquals(
                "PDF nests forms more than 20 deep (a form that draws itself?)",
                cost.rejection().reason());
    }

    @Test
    void formsFanningOutToTenBillionDrawingsAreRejectedAtTheFormLimit(@TempDir Path folder) throws IOException {
        Path bomb = HostileFiles.fanOutForms(folder.resolve("fan-out.pdf"), 4, 100);
        Cost cost = extract("forms fanning out 100^5", bomb, TestCorpus.extractor());
        assertEquals(
                "PDF draws forms more than 200000 times (forms drawn inside forms count each time)",
                cost.rejection().reason());
    }

    /** PDFBox itself copes with these: it stops at a page-tree node seen before, and at 500 levels of nesting. */
    @Test
    void aPageTreeThatGoesRoundAndObjectsNestedDeepAreReadWithoutHanging(@TempDir Path folder) throws IOException {
        Cost cycle = extract(
                "page tree going round",
                HostileFiles.pageTreeCycle(folder.resolve("cycle.pdf")),
                TestCorpus.extractor());
        assertTrue(assertInstanceOf(ExtractedDocument.class, cycle.outcome())
                .text()
                .contains("Hello"));
        Cost nested = extract(
                "arrays nested 100,000 deep, a loop",
                HostileFiles.deeplyNested(folder.resolve("nested.pdf")),
                TestCorpus.extractor());
        assertTrue(assertInstanceOf(ExtractedDocument.class, nested.outcome())
                .text()
                .contains("Hello"));
    }

    @Test
    void aPageWithAMillionCharactersIsRejected(@TempDir Path folder) throws IOException {
        Path bomb = HostileFiles.crowdedPage(folder.resolve("crowded.pdf"), 1_000_000);
        Cost cost = extract("1,000,000 characters on a page", bomb, TestCorpus.extractor());
        assertEquals(
                "PDF page 1 has more than 100000 characters", cost.rejection().reason());
        assertTrue(cost.allocatedBytes() < 512 * MB, "a page's glyphs are bounded: " + cost.allocatedBytes());
    }

    /** The limits no bomb above reaches first, shown on a plain letter with limits far below the defaults. */
    @Test
    void theCharacterOperationAndTimeLimitsHoldToo(@TempDir Path folder) throws IOException {
        Path pdf = folder.resolve("letter.pdf");
        FormatEquivalenceTest.writePdf(
                TestCorpus.corpus("liverpool-2019-joint-local-area-send-inspection-letter.txt")
                        .text(),
                pdf);
        ExtractionLimits d = ExtractionLimits.DEFAULT;
        ExtractionLimits fewCharacters = new ExtractionLimits(
                d.maxBytes(),
                d.maxTextCharacters(),
                d.maxPdfPages(),
                1000,
                d.maxPdfPageCharacters(),
                d.maxPdfStreamBytes(),
                d.maxPdfOperations(),
                d.maxPdfFormDrawings(),
                d.maxPdfFormDepth(),
                d.maxPdfTime());
        assertEquals(
                "PDF text exceeds 1000 characters",
                extract("1,000-character limit", pdf, extractor(fewCharacters))
                        .rejection()
                        .reason());
        ExtractionLimits fewOperations = new ExtractionLimits(
                d.maxBytes(),
                d.maxTextCharacters(),
                d.maxPdfPages(),
                d.maxPdfCharacters(),
                d.maxPdfPageCharacters(),
                d.maxPdfStreamBytes(),
                1000,
                d.maxPdfFormDrawings(),
                d.maxPdfFormDepth(),
                d.maxPdfTime());
        assertEquals(
                "PDF content exceeds 1000 drawing operations",
                extract("1,000-operation limit", pdf, extractor(fewOperations))
                        .rejection()
                        .reason());
        ExtractionLimits noTime = new ExtractionLimits(
                d.maxBytes(),
                d.maxTextCharacters(),
                d.maxPdfPages(),
                d.maxPdfCharacters(),
                d.maxPdfPageCharacters(),
                d.maxPdfStreamBytes(),
                d.maxPdfOperations(),
                d.maxPdfFormDrawings(),
                d.maxPdfFormDepth(),
                Duration.ZERO);
        assertEquals(
                "PDF took longer than 0 s to extract, the limit",
                extract("no time", pdf, extractor(noTime)).rejection().reason());
        assertInstanceOf(
                ExtractedDocument.class, TestCorpus.extractor().extract(pdf, folder), "within the default limits");
    }

    /** The limits leave room: a report of well over a hundred pages is read whole. */
    @Test
    void aLongReportIsWellWithinTheLimits(@TempDir Path folder) throws IOException {
        String letter = TestCorpus.corpus("liverpool-2019-joint-local-area-send-inspection-letter.txt")
                .text();
        Path pdf = folder.resolve("long-report.pdf");
        FormatEquivalenceTest.writePdf((letter + "\n\n").repeat(40), pdf);
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
        }
        assertTrue(pages > 150, "pages: " + pages);
        Cost cost = extract(pages + "-page report (within limits)", pdf, TestCorpus.extractor());
        ExtractedDocument document = assertInstanceOf(ExtractedDocument.class, cost.outcome());
        assertTrue(
                document.text().length() > 10 * letter.length(),
                "all of it: " + document.text().length());
    }

    private static Extractor extractor(ExtractionLimits limits) throws IOException {
        return Extractor.fromConfig(TestCorpus.CONFIG, limits);
    }

    /** Extracts the file, measuring wall time, bytes allocated by this thread and the heap's peak. */
    private static Cost extract(String label, Path file, Extractor extractor) throws IOException {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        ExtractionOutcome outcome = extractor.extract(file, file.getParent());
        long millis = (System.nanoTime() - started) / 1_000_000;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "PDF bomb %-34s %7d bytes on disk: %5d ms, %5d MB allocated, peak heap %5d MB: %s%n",
                label,
                Files.size(file),
                millis,
                allocated / MB,
                peak / MB,
                outcome instanceof Rejection r ? r.reason() : "extracted");
        return new Cost(outcome, millis, allocated, peak);
    }
}
