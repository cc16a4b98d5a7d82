package org.sendsearch.index;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Shows how far indexing has got. On a terminal: one line on stderr, redrawn in place at most a
 * few times a second (files, megabytes, rate, time left). Otherwise (a pipe, a log file, CI): a
 * log line every {@code everyFiles} files, since a redrawn line would turn into noise there.
 */
public abstract class ProgressDisplay {
    /** Chooses the terminal bar when there is a console, log lines otherwise. */
    public static ProgressDisplay automatic() {
        return System.console() != null ? new TerminalBar(System.err) : new LogLines(100);
    }

    /** Shows nothing (tests, benchmarks). */
    public static ProgressDisplay none() {
        return new ProgressDisplay() {
            @Override
            protected void show(boolean last) {}
        };
    }

    protected long totalFiles;
    protected long totalBytes;
    protected long files;
    protected long bytes;
    protected long startNanos = System.nanoTime();

    public final void start(long totalFiles, long totalBytes) {
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
        this.startNanos = System.nanoTime();
    }

    public final void fileDone(long fileBytes) {
        files++;
        bytes += fileBytes;
        show(false);
    }

    public final void finish() {
        show(true);
    }

    protected abstract void show(boolean last);

    protected String line() {
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        double rate = bytes / 1048576.0 / seconds;
        double fraction = totalBytes > 0
                ? Math.min(1, (double) bytes / totalBytes)
                : totalFiles > 0 ? Math.min(1, (double) files / totalFiles) : 1;
        long eta = fraction > 0 ? Math.round(seconds / fraction - seconds) : 0;
        return String.format(
                Locale.ROOT,
                "%d/%d files  %.1f/%.1f MB  %.2f MB/s  ETA %d:%02d",
                files,
                totalFiles,
                bytes / 1048576.0,
                totalBytes / 1048576.0,
                rate,
                eta / 60,
                eta % 60);
    }

    protected double fraction() {
        return totalFiles > 0 ? Math.min(1, (double) files / totalFiles) : 1;
    }

    static final class TerminalBar extends ProgressDisplay {
        private static final int WIDTH = 30;
        private final PrintStream out;
        private long lastDrawn;

        TerminalBar(PrintStream out) {
            this.out = out;
        }

        @Override
        protected void show(boolean last) {
            long now = System.nanoTime();
            if (!last && now - lastDrawn < 200_000_000L) {
                return;
            }
            lastDrawn = now;
            int filled = (int) Math.round(fraction() * WIDTH);
            out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + line() + "   ");
            if (last) {
                out.println();
            }
            out.flush();
        }
    }

    static final class LogLines extends ProgressDisplay {
        private static final Logger log = LogManager.getLogger(ProgressDisplay.class);
        private final int everyFiles;

        LogLines(int everyFiles) {
            this.everyFiles = everyFiles;
        }

        @Override
        protected void show(boolean last) {
            if (last || files % everyFiles == 0) {
                log.info("Indexing: {}", line());
            }
        }
    }
}
