package org.sendsearch.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Cuts a text to what the model reads: at most {@link #MAX_TOKENS} word pieces, ending at the end
 * of a whole word. The model sees 512 tokens, two of them its markers; langchain4j would embed a
 * longer text as the average of 510-token chunks, which makes a 3-million-character report cost
 * thousands of inferences and blurs its start into its end. A passage is found by what it opens
 * with, so only the start is kept, and the caller is told.
 *
 * <p>Characters beyond {@link #MAX_CHARS} are dropped before tokenizing, so the cost of a huge text
 * is bounded too: a word piece covers at least one character, and 510 of them never need more.
 * Thread-safe: the tokenizer is immutable once built.
 */
final class ModelWindow {
    /** Word pieces the model reads, besides its two marker tokens. */
    static final int MAX_TOKENS = 510;
    /** Characters tokenized at most: 16 a word piece, beyond any English text's longest words and spaces. */
    static final int MAX_CHARS = MAX_TOKENS * 16;

    private final HuggingFaceTokenizer tokenizer;

    /** Reads the tokenizer from {@code json}, the model's own tokenizer.json. */
    ModelWindow(InputStream json) throws IOException {
        this.tokenizer = HuggingFaceTokenizer.newInstance(
                json, Map.of("truncation", "true", "maxLength", Integer.toString(MAX_TOKENS + 2), "padding", "false"));
    }

    /** What of {@code text} the model reads: the text itself when it fits, else its start. */
    Window fit(String text) {
        String bounded = text.length() <= MAX_CHARS ? text : cut(text, MAX_CHARS);
        Encoding encoding = tokenizer.encode(bounded);
        long[] special = encoding.getSpecialTokenMask();
        String[] tokens = encoding.getTokens();
        CharSpan[] spans = encoding.getCharTokenSpans();
        int words = 0;
        for (long flag : special) {
            words += flag == 0 ? 1 : 0;
        }
        if (words == 0) {
            return new Window("", 0, false);
        }
        if (!encoding.exceedMaxLength() && bounded.length() == text.length()) {
            return new Window(text, words, false);
        }
        // Keep whole words: end at the last token not followed by a continuation piece ("##...").
        int end = -1;
        for (int i = 0; i < tokens.length; i++) {
            boolean nextContinues = i + 1 < tokens.length && tokens[i + 1].startsWith("##") && special[i + 1] == 0;
            if (special[i] == 0 && spans[i] != null && !nextContinues) {
                end = Math.max(end, spans[i].getEnd());
            }
        }
        String kept = end > 0 ? cut(bounded, end) : bounded;
        return new Window(kept, words, true);
    }

    /** The first {@code length} characters, one fewer when that would split a surrogate pair. */
    private static String cut(String text, int length) {
        int end = Math.min(length, text.length());
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * @param text      what to embed
     * @param tokens    word pieces in it (at most {@link #MAX_TOKENS}; 0 when nothing is left to read)
     * @param truncated whether the text was cut
     */
    record Window(String text, int tokens, boolean truncated) {}
}
