package org.sendsearch.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A word list shipped as a resource beside the class that uses it: one entry a line, {@code #}
 * comments and blank lines skipped, in file order. For vocabulary users should not edit (it is part
 * of how the product reads English, not of a collection's configuration), so a missing or empty
 * list is a build error and fails loudly.
 */
public final class WordList {
    private WordList() {}

    /** The entries of resource {@code name} in {@code owner}'s package, in order. */
    public static List<String> resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is missing from the build");
            }
            List<String> words = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            if (words.isEmpty()) {
                throw new IllegalStateException("word list " + name + " is empty");
            }
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
    }

    /** The entries as one regular-expression alternation of literal words, in order. */
    public static String alternation(Class<?> owner, String name) {
        StringBuilder out = new StringBuilder();
        for (String word : resource(owner, name)) {
            if (!out.isEmpty()) {
                out.append('|');
            }
            out.append(Pattern.quote(word));
        }
        return out.toString();
    }
}
