package org.sendsearch.insights;

/**
 * One theme's strengths and weaknesses (significant weaknesses included) in one area, each count
 * linked to the search listing those findings (null link when the count is zero).
 */
public record ThemeBalance(
        String theme, String label, long strengths, long weaknesses, String strengthsUrl, String weaknessesUrl) {}
