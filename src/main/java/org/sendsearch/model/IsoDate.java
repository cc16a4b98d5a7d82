package org.sendsearch.model;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A {@link LocalDate} as JSON: the string {@code YYYY-MM-DD}, as the index stores dates. Read
 * records mark their date fields {@link Json @IsoDate.Json} because the Elasticsearch client reads
 * {@code _source} with its own Jackson 2 {@code ObjectMapper}, which has no java.time module: the
 * annotation makes every mapper read and write the same form.
 */
public final class IsoDate {
    private IsoDate() {}

    /** Reads and writes the field with {@link Reader} and {@link Writer}. */
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonSerialize(using = Writer.class)
    @JsonDeserialize(using = Reader.class)
    public @interface Json {}

    /**
     * The date of {@code YYYY-MM-DD}, or of the first ten characters of a longer date-time
     * ({@code 2019-02-26T00:00:00Z}); null for null or blank.
     *
     * @throws DateTimeParseException when the text is not such a date
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    /** Writes {@code YYYY-MM-DD}. */
    public static final class Writer extends StdSerializer<LocalDate> {
        public Writer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(value.toString());
        }
    }

    /** Reads {@link #parse(String)}; a value that is no date fails naming it. */
    public static final class Reader extends StdDeserializer<LocalDate> {
        public Reader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser json, DeserializationContext context) throws IOException {
            String text = json.getValueAsString();
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a YYYY-MM-DD date");
            }
        }
    }
}
