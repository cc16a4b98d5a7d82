package org.sendsearch.insights;

/**
 * A word that characterises a selection of findings against the whole collection.
 *
 * @param text            the word as indexed in the unstemmed field (lower case)
 * @param score           significance (JLH): how much more common it is in the selection
 * @param findings        findings of the selection using it
 * @param collection      findings of the whole collection using it
 * @param url             the search for the selection narrowed to findings with this word
 */
public record Phrase(String text, double score, long findings, long collection, String url) {}
