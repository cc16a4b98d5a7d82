package org.sendsearch.search;

/**
 * The names search reads: the aliases the indexer keeps pointing at the live indices. Tests give
 * their own, so they can run beside a real index.
 */
public record SearchIndices(String passages, String documents) {
    public static final SearchIndices DEFAULT = new SearchIndices("send-passages", "send-documents");

    public String of(Scope scope) {
        return scope == Scope.PASSAGES ? passages : documents;
    }
}
