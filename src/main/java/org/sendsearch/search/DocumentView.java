package org.sendsearch.search;

import java.util.List;

/**
 * A whole document for reading: its metadata, warnings and cleaned text from the documents
 * index, and its passages in order from the passages index.
 */
public record DocumentView(DocumentSource document, List<PassageSource> passages, String citation) {
    public DocumentView {
        passages = List.copyOf(passages);
    }
}
