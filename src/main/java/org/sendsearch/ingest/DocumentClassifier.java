package org.sendsearch.ingest;

import java.util.regex.Pattern;

/**
 * Tells the kinds of document apart by the fixed wording each kind uses. Inspectorate documents
 * name Ofsted and the Care Quality Commission and are letters (salutation or sign-off) or carry
 * the inspection's headings; among them, the 2023 framework's reports state an outcome for the
 * "local area partnership", and revisit letters say they are about a revisit. Council reports
 * carry committee-report furniture (report title and author, recommendations, key decision);
 * press releases say so or quote a spokesperson.
 */
final class DocumentClassifier {
    private static final Pattern INSPECTORATE = Pattern.compile("Ofsted");
    private static final Pattern CQC = Pattern.compile("Care Quality Commission|\\bCQC\\b");
    private static final Pattern LETTER = Pattern.compile("(?m)^(?:Dear |Yours sincerely|Yours faithfully)");
    private static final Pattern INSPECTION_WORDING = Pattern.compile(
            "(?i)(?:joint )?(?:local )?area SEND (?:inspection|revisit)|^main findings$|inspection outcome", Pattern.MULTILINE);
    private static final Pattern FRAMEWORK_2023 = Pattern.compile(
            "(?i)local area partnership(?:'s|’s)?[^.]{0,200}(?:typically lead to|inconsistent experiences|widespread and/or systemic failings|significant concerns)");
    private static final Pattern REVISIT = Pattern.compile("(?i)\\brevisit(?:ed)?\\b");
    private static final Pattern COUNCIL = Pattern.compile(
            "(?i)report title|report of\\s*:|report author|contact officer|wards? affected|key decision|is recommended to|recommendation/?s?\\b|health and wellbeing board|cabinet member|scrutiny committee");
    private static final Pattern PRESS = Pattern.compile("(?i)press release|news release|press office|notes to editors|\\bsaid[,:]?\\s*[\"“]");

    DocumentType classify(CleanText clean) {
        String text = clean.text();
        String opening = text.substring(0, Math.min(text.length(), 3000));
        boolean inspectorate = INSPECTORATE.matcher(text).find() && CQC.matcher(text).find();
        boolean letter = LETTER.matcher(text).find();
        if (inspectorate && FRAMEWORK_2023.matcher(text).find() && !COUNCIL.matcher(opening).find()) {
            return DocumentType.INSPECTION_REPORT;
        }
        if (inspectorate && letter && INSPECTION_WORDING.matcher(text).find()) {
            return REVISIT.matcher(opening).find() ? DocumentType.REVISIT_LETTER : DocumentType.INSPECTION_LETTER;
        }
        long councilCues = COUNCIL.matcher(text).results().map(r -> r.group().toLowerCase()).distinct().count();
        if (councilCues >= 2) {
            return DocumentType.COUNCIL_REPORT;
        }
        if (PRESS.matcher(text).find()) {
            return DocumentType.PRESS_RELEASE;
        }
        return DocumentType.OTHER;
    }
}
