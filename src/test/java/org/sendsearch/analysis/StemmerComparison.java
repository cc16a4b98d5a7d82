package org.sendsearch.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Measures candidate English stemmers against our corpus and against word families that SEND
 * searches depend on. Not a test: run it by hand and read the figures, e.g.
 * <pre>
 * mvn -q test-compile
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.sendsearch.analysis.StemmerComparison
 * </pre>
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}). The figures that
 * decided the choice are recorded in {@link StemFilterFactory}'s Javadoc.
 */
public final class StemmerComparison {

    /** Each group must end up as one stem: a search for any member should find the others. */
    static final List<List<String>> MUST_CONFLATE = List.of(
            List.of("wait", "waits", "waiting", "waited"),
            List.of("assess", "assessment", "assessments", "assessed", "assessing"),
            List.of("assessment", "assessments"),
            List.of("plan", "plans", "planning", "planned"),
            List.of("commission", "commissioning", "commissioned", "commissioners"),
            List.of("commissioner", "commissioners"),
            List.of("improve", "improves", "improved", "improving", "improvement", "improvements"),
            List.of("improvement", "improvements"),
            List.of("need", "needs", "needed"),
            List.of("identify", "identified", "identifies", "identification"),
            List.of("identified", "identifies", "identifying"),
            List.of("exclude", "excluded", "exclusion", "exclusions"),
            List.of("exclusion", "exclusions"),
            List.of("attend", "attends", "attendance", "attending"),
            List.of("school", "schools", "schooling"),
            List.of("provide", "provided", "provision", "provisions"),
            List.of("provision", "provisions"),
            List.of("disability", "disabilities"),
            List.of("disabled", "disability", "disabilities"),
            List.of("family", "families"),
            List.of("parent", "parents", "parental"),
            List.of("inspect", "inspected", "inspection", "inspections", "inspector", "inspectors"),
            List.of("inspection", "inspections"),
            List.of("inspector", "inspectors"),
            List.of("transition", "transitions", "transitioning"),
            List.of("therapy", "therapies", "therapist", "therapists"),
            List.of("therapy", "therapies"),
            List.of("diagnose", "diagnosed", "diagnosis", "diagnoses"),
            List.of("review", "reviews", "reviewed", "reviewing"),
            List.of("strategy", "strategies", "strategic"),
            List.of("strategy", "strategies"),
            List.of("co-produce", "co-produced", "co-production"),
            List.of("carer", "carers"),
            List.of("child", "children"));

    /** Each pair must stay apart: conflating them would return the wrong documents. */
    static final List<List<String>> MUST_SEPARATE = List.of(
            List.of("universe", "university"),
            List.of("organ", "organisation"),
            List.of("general", "generous"),
            List.of("new", "news"),
            List.of("care", "careful"),
            List.of("care", "carer"),
            List.of("carer", "career"),
            List.of("polite", "policy"),
            List.of("communication", "community"),
            List.of("condition", "conditional"),
            List.of("part", "party"),
            List.of("experiment", "experience"),
            List.of("author", "authority"),
            List.of("author", "authorities"),
            List.of("execute", "executive"),
            List.of("office", "officer"),
            List.of("medic", "medical"),
            List.of("nation", "national"),
            List.of("educate", "educational"),
            List.of("special", "specialist"),
            List.of("person", "personal"));

    private StemmerComparison() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Paths.get(args.length > 0 ? args[0] : "corpus");
        List<String> words = corpusWords(corpus);
        Map<String, Function<TokenStream, TokenStream>> stemmers = new LinkedHashMap<>();
        stemmers.put("porter", PorterStemFilter::new);
        stemmers.put("kstem", KStemFilter::new);
        stemmers.put("minimal", EnglishMinimalStemFilter::new);
        stemmers.put("send_stem", SendStemming::stem);

        System.out.printf("corpus: %d distinct lower-cased words from %s%n%n", words.size(), corpus);
        System.out.printf(
                "%-10s %8s %8s %8s %10s %10s%n", "stemmer", "stems", "merged", "groups", "conflate", "separate");
        Map<String, Map<String, Set<String>>> groupsByStemmer = new LinkedHashMap<>();
        for (var entry : stemmers.entrySet()) {
            Function<TokenStream, TokenStream> stemmer = entry.getValue();
            Map<String, Set<String>> groups = new TreeMap<>();
            for (String word : words) {
                groups.computeIfAbsent(stem(stemmer, word), s -> new TreeSet<>())
                        .add(word);
            }
            groupsByStemmer.put(entry.getKey(), groups);
            long mergedGroups =
                    groups.values().stream().filter(g -> g.size() > 1).count();
            long mergedWords = groups.values().stream()
                    .filter(g -> g.size() > 1)
                    .mapToInt(Set::size)
                    .sum();
            System.out.printf(
                    "%-10s %8d %8d %8d %7d/%-2d %7d/%-2d%n",
                    entry.getKey(),
                    groups.size(),
                    mergedWords,
                    mergedGroups,
                    passing(stemmer, MUST_CONFLATE, true),
                    MUST_CONFLATE.size(),
                    passing(stemmer, MUST_SEPARATE, false),
                    MUST_SEPARATE.size());
        }
        System.out.println("\nstems: distinct stems; merged: corpus words sharing a stem with another word;"
                + " groups: stems shared by 2+ words;\nconflate/separate: families passing out of those listed.\n");

        for (var entry : stemmers.entrySet()) {
            System.out.println(entry.getKey() + " failures:");
            for (List<String> family : MUST_CONFLATE) {
                if (!allSame(entry.getValue(), family)) {
                    System.out.println("  apart   " + stems(entry.getValue(), family));
                }
            }
            for (List<String> family : MUST_SEPARATE) {
                if (!allDifferent(entry.getValue(), family)) {
                    System.out.println("  merged  " + stems(entry.getValue(), family));
                }
            }
        }

        System.out.println("\ncorpus words the minimal (plural) stemmer changes but kstem leaves as they are:");
        for (String word : words) {
            String minimal = stem(stemmers.get("minimal"), word);
            String kstem = stem(stemmers.get("kstem"), word);
            if (!minimal.equals(word) && kstem.equals(word)) {
                System.out.println("  " + word + " (minimal: " + minimal + ", send_stem: "
                        + stem(stemmers.get("send_stem"), word) + ")");
            }
        }

        System.out.println("\ncorpus groups porter makes that kstem does not (first 40):");
        printExtraGroups(groupsByStemmer.get("porter"), stemmers.get("kstem"), 40);
        System.out.println("\ncorpus groups kstem makes that minimal does not (first 40):");
        printExtraGroups(groupsByStemmer.get("kstem"), stemmers.get("minimal"), 40);
        System.out.println("\ncorpus groups send_stem makes that kstem does not (all):");
        printExtraGroups(groupsByStemmer.get("send_stem"), stemmers.get("kstem"), Integer.MAX_VALUE);
    }

    private static void printExtraGroups(
            Map<String, Set<String>> groups, Function<TokenStream, TokenStream> other, int limit) throws IOException {
        int shown = 0;
        for (var group : groups.entrySet()) {
            if (group.getValue().size() > 1 && !allSame(other, new ArrayList<>(group.getValue()))) {
                System.out.println("  " + group.getKey() + " <- " + group.getValue());
                if (++shown == limit) {
                    return;
                }
            }
        }
    }

    private static int passing(
            Function<TokenStream, TokenStream> stemmer, List<List<String>> families, boolean conflate)
            throws IOException {
        int passed = 0;
        for (List<String> family : families) {
            if (conflate ? allSame(stemmer, family) : allDifferent(stemmer, family)) {
                passed++;
            }
        }
        return passed;
    }

    private static boolean allSame(Function<TokenStream, TokenStream> stemmer, List<String> family) throws IOException {
        return new TreeSet<>(stems(stemmer, family).values()).size() == 1;
    }

    private static boolean allDifferent(Function<TokenStream, TokenStream> stemmer, List<String> family)
            throws IOException {
        return new TreeSet<>(stems(stemmer, family).values()).size() == family.size();
    }

    private static Map<String, String> stems(Function<TokenStream, TokenStream> stemmer, List<String> words)
            throws IOException {
        Map<String, String> stems = new LinkedHashMap<>();
        for (String word : words) {
            stems.put(word, stem(stemmer, word));
        }
        return stems;
    }

    /** Stems one whole word (kept as a single token, so "co-produce" is compared as written). */
    private static String stem(Function<TokenStream, TokenStream> stemmer, String word) throws IOException {
        KeywordTokenizer tokenizer = new KeywordTokenizer();
        tokenizer.setReader(new StringReader(word));
        try (TokenStream stream = stemmer.apply(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String stem = stream.incrementToken() ? term.toString() : "";
            stream.end();
            return stem;
        }
    }

    private static List<String> corpusWords(Path corpus) throws IOException {
        Set<String> words = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            tokenizer.setReader(new StringReader(Files.readString(file)));
            try (TokenStream stream = new LowerCaseFilter(tokenizer)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    String word = term.toString();
                    if (word.chars().allMatch(Character::isLetter)) {
                        words.add(word);
                    }
                }
                stream.end();
            }
        }
        return new ArrayList<>(words);
    }
}
