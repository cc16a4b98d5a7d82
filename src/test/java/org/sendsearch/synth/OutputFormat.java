package org.sendsearch.synth;

import java.io.IOException;
import java.util.Locale;

/** The file formats the generator writes, each with its renderer. */
public enum OutputFormat {
    TXT("txt") {
        @Override
        public byte[] render(SyntheticDocument document) {
            return TextRenderer.render(document);
        }
    },
    HTML("html") {
        @Override
        public byte[] render(SyntheticDocument document) {
            return HtmlRenderer.render(document);
        }
    },
    PDF("pdf") {
        @Override
        public byte[] render(SyntheticDocument document) throws IOException {
            return PdfRenderer.render(document);
        }
    };

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The document as the bytes of a file of this format; the same document always gives the same bytes. */
    public abstract byte[] render(SyntheticDocument document) throws IOException;

    /** "txt", "html" or "pdf", in any case. */
    public static OutputFormat parse(String name) {
        for (OutputFormat format : values()) {
            if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected txt, html or pdf)");
    }
}
