package org.sendsearch.ingest;

/** Thrown inside the extractor when a file is not a readable document; the message is the reject reason. */
final class UnreadableDocumentException extends Exception {
    UnreadableDocumentException(String reason) {
        super(reason, null, false, false);
    }
}
