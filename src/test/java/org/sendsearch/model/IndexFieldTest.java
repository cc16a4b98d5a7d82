package org.sendsearch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The table of field names against the mappings of {@code index-config/}: the same names, both ways. */
class IndexFieldTest {
    @Test
    void everyNameInTheTableIsMappedAndEveryMappedFieldIsInTheTable() throws Exception {
        Set<String> mapped = new TreeSet<>();
        for (String index : new String[] {"documents.json", "passages.json"}) {
            JsonNode root = new ObjectMapper().readTree(Files.readString(Path.of("index-config", index)));
            fields(root.path("mappings").path("properties"), "", mapped);
        }
        Set<String> table = Arrays.stream(IndexField.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(IndexFieldTest::value)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(mapped, table);
    }

    @Test
    void aBoostIsWrittenAsTheClientTakesIt() {
        assertEquals("title^2", IndexField.boosted(IndexField.TITLE, 2));
        assertEquals("heading^0.3", IndexField.boosted(IndexField.HEADING, 0.3));
    }

    private static void fields(JsonNode properties, String prefix, Set<String> into) {
        for (Map.Entry<String, JsonNode> field : properties.properties()) {
            String name = prefix + field.getKey();
            into.add(name);
            field.getValue().path("fields").fieldNames().forEachRemaining(sub -> into.add(name + "." + sub));
            fields(field.getValue().path("properties"), name + ".", into);
        }
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
