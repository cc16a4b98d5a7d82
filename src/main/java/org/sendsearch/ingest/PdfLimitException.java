package org.sendsearch.ingest;

import java.io.IOException;

/**
 * A PDF passed one of the {@link ExtractionLimits}; the message is the reject reason. An
 * {@link IOException} so it can leave PDFBox's callbacks, which declare no other.
 */
final class PdfLimitException extends IOException {
    PdfLimitException(String reason) {
        super(reason);
    }

    /** "128 MB" for whole megabytes, else bytes. */
    static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
