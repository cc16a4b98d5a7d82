package org.sendsearch.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Looking a vocabulary value up by its id. An unknown id is an error that names the vocabulary,
 * the id and the ids allowed, because an id comes from stored data, a URL or a config file and the
 * person reading the message has to find which.
 */
public final class Ids {
    private Ids() {}

    /**
     * The constant of {@code type} whose {@link Identified#id()} is {@code id}.
     *
     * @throws IllegalArgumentException when no constant has that id (or {@code id} is null)
     */
    public static <E extends Enum<E> & Identified> E fromId(Class<E> type, String what, String id) {
        for (E value : type.getEnumConstants()) {
            if (value.id().equals(id)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown " + what + " '" + id + "': expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Identified::id).collect(Collectors.joining(", ")));
    }

    /** The id of a value, or null for null (for fields that may be absent). */
    public static String idOf(Identified value) {
        return value == null ? null : value.id();
    }
}
