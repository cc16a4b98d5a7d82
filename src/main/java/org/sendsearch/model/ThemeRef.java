package org.sendsearch.model;

import java.util.Objects;

/**
 * A reference to a theme of {@code index-config/themes.json}: its id (what passages store in
 * {@code themes}) and its label. Themes are data, not an enum, because users edit the taxonomy;
 * a reference is made from the loaded vocabulary, with the id as its label when the taxonomy does
 * not know the id.
 *
 * @param id    the theme id ("autism-assessment")
 * @param label the human name ("Autism assessment")
 */
public record ThemeRef(String id, String label) {
    public ThemeRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
