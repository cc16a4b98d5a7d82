package org.sendsearch.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes extracted documents as one JSON array, one object per document, as they come (nothing
 * is buffered beyond the current document). Field names are the index's; dates are ISO strings
 * ("2019-02-26"); absent values are written as null so every object has every field.
 */
public final class ExtractionJson implements Closeable {

    /** The mapper used for documents: ISO dates, fields in declaration order. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    private final JsonGenerator generator;

    /** Starts the array; {@code pretty} indents it for people. The writer is not closed by {@link #close()}. */
    public ExtractionJson(Writer out, boolean pretty) throws IOException {
        ObjectMapper mapper = mapper();
        this.generator = mapper.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            generator.useDefaultPrettyPrinter();
        }
        generator.setCodec(mapper);
        generator.writeStartArray();
    }

    public void write(ExtractedDocument document) throws IOException {
        generator.writeObject(document);
    }

    /** Ends the array and flushes. */
    @Override
    public void close() throws IOException {
        generator.writeEndArray();
        generator.flush();
        generator.close();
    }
}
