package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A scan finds what a {@code find} loop finds, where the pattern can only start at the given characters. */
class PatternScanTest {

    private static final String ALPHABET = "0123456789/.- CIGroupClinicalCCGICBwWsoa’é\n\r\u2028\u0085";

    @Test
    void findsWhatFindFinds() {
        List<PatternScan> scans = List.of(
                new PatternScan(
                        Pattern.compile(
                                "(?=\\d)(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/.-]|\\.\\d)"),
                        "0123456789"),
                new PatternScan(Pattern.compile("(?=[CI])(Clinical|CCG|ICB)\\b"), "CI"),
                new PatternScan(Pattern.compile("(?i)\\bwsoa\\b"), "wW"),
                new PatternScan(Pattern.compile("’[a-z]|é"), "’é"),
                new PatternScan(Pattern.compile("(?m)^(?:CCG |Clinical)"), "C"),
                new PatternScan(Pattern.compile("(?<=\\d)/|\\b0"), "/0"));
        List<Pattern> patterns = List.of(
                Pattern.compile("(?=\\d)(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/.-]|\\.\\d)"),
                Pattern.compile("(?=[CI])(Clinical|CCG|ICB)\\b"),
                Pattern.compile("(?i)\\bwsoa\\b"),
                Pattern.compile("’[a-z]|é"),
                Pattern.compile("(?m)^(?:CCG |Clinical)"),
                Pattern.compile("(?<=\\d)/|\\b0"));
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (round % 3 == 0) {
                text.insert(random.nextInt(text.length() + 1), " 12/03/2024 WSOA ICB Clinical ’s ");
            }
            for (int p = 0; p < scans.size(); p++) {
                assertEquals(
                        found(patterns.get(p), text.toString()),
                        spans(scans.get(p).matches(text.toString())),
                        patterns.get(p) + " in " + text);
                assertEquals(
                        patterns.get(p).matcher(text).find(),
                        scans.get(p).foundIn(text.toString()),
                        patterns.get(p) + " in " + text);
            }
        }
    }

    private static List<String> found(Pattern pattern, String text) {
        List<MatchResult> results = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            results.add(m.toMatchResult());
        }
        return spans(results);
    }

    private static List<String> spans(List<MatchResult> results) {
        List<String> spans = new ArrayList<>();
        for (MatchResult r : results) {
            StringBuilder groups = new StringBuilder();
            for (int g = 0; g <= r.groupCount(); g++) {
                groups.append('|').append(r.group(g));
            }
            spans.add(r.start() + "-" + r.end() + groups);
        }
        return spans;
    }
}
