package org.sendsearch.ingest;

/** What extracting one file gives: either a document or the reason it was rejected. */
public sealed interface ExtractionOutcome permits ExtractedDocument, Rejection {}
