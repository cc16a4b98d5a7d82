package org.sendsearch.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.sendsearch.ingest.DocumentFormat;

/**
 * Where a document came from, as its {@link DocumentSource} holds it.
 *
 * @param sourcePath path relative to its source folder, with '/' separators
 * @param format     the file's format
 * @param sizeBytes  the file's size
 * @param sha256     hex SHA-256 of the file's bytes
 * @param source     the folder or file the document was indexed from (null in indices made
 *                   before sources were kept)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredFile(String sourcePath, DocumentFormat format, Long sizeBytes, String sha256, String source) {}
