package org.sendsearch.insights;

import java.time.LocalDate;
import org.sendsearch.model.IsoDate;

/**
 * One local area in the list of areas.
 *
 * @param documents documents about it
 * @param findings  findings (passages) in them
 * @param first     date of its earliest dated document, or null
 * @param last      date of its latest dated document, or null
 * @param url       its area page
 */
public record AreaSummary(
        String area,
        String region,
        long documents,
        long findings,
        @IsoDate.Json LocalDate first,
        @IsoDate.Json LocalDate last,
        String url) {}
