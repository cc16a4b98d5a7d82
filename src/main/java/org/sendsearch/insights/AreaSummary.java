package org.sendsearch.insights;

/**
 * One local area in the list of areas.
 *
 * @param documents documents about it
 * @param findings  findings (passages) in them
 * @param first     date of its earliest dated document, YYYY-MM-DD, or null
 * @param last      date of its latest dated document, or null
 * @param url       its area page
 */
public record AreaSummary(String area, String region, long documents, long findings, String first, String last,
                          String url) {
}
