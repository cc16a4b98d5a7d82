package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The terminal progress line: files, megabytes, rate and time left, redrawn in place. */
class ProgressDisplayTest {
    @Test
    void terminalBarShowsFilesMegabytesRateAndEta() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressDisplay bar = new ProgressDisplay.TerminalBar(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        bar.start(4, 4 * 1048576);
        bar.fileDone(1048576);
        bar.fileDone(1048576);
        bar.finish();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("\r["), shown);
        assertTrue(shown.contains("2/4 files"), shown);
        assertTrue(shown.contains("2.0/4.0 MB"), shown);
        assertTrue(shown.contains("MB/s") && shown.contains("ETA "), shown);
        assertTrue(shown.endsWith(System.lineSeparator()), "the last redraw ends the line");
    }
}
