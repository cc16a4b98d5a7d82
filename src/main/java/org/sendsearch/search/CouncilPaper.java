package org.sendsearch.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.sendsearch.model.IsoDate;

/**
 * What a council report states about where it goes, as its {@link DocumentSource} holds it; null
 * for the other documents.
 *
 * @param committee   the committee or board the report goes to
 * @param meetingDate the date of that meeting
 * @param author      the report's author
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouncilPaper(String committee, @IsoDate.Json LocalDate meetingDate, String author) {}
