package org.sendsearch.model;

/**
 * A 2016-framework revisit letter's verdict on one significant weakness of the initial inspection.
 *
 * @param weakness   the weakness as the letter recalls it, or the heading it stands under
 * @param sufficient whether the verdict is sufficient progress
 * @param sentence   the verdict as written, the evidence
 */
public record RevisitProgress(String weakness, boolean sufficient, String sentence) {}
