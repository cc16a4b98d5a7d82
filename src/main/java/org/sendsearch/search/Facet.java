package org.sendsearch.search;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.sendsearch.model.IndexField;

/**
 * The facets people filter by. Each is a URL parameter (repeatable: several values of one facet
 * are OR'ed) over one keyword field of the index; facets of different kinds are AND'ed. Section,
 * polarity and the lead inspector are properties of findings, so they exist only for passages;
 * everything else is copied onto both indices. The source (the folder or file a document was
 * indexed from) is offered only when there are at least two to choose between.
 */
public enum Facet {
    AREA("area", IndexField.AREA, "Area", Set.of(Scope.PASSAGES, Scope.DOCUMENTS)),
    REGION("region", IndexField.REGION, "Region", Set.of(Scope.PASSAGES, Scope.DOCUMENTS)),
    TYPE("type", IndexField.TYPE, "Document type", Set.of(Scope.PASSAGES, Scope.DOCUMENTS)),
    YEAR("year", IndexField.YEAR, "Year", Set.of(Scope.PASSAGES, Scope.DOCUMENTS)),
    FRAMEWORK("framework", IndexField.FRAMEWORK, "Inspection framework", Set.of(Scope.PASSAGES, Scope.DOCUMENTS)),
    OUTCOME("outcome", IndexField.OUTCOME_VALUE, "Inspection outcome", Set.of(Scope.PASSAGES, Scope.DOCUMENTS)),
    SECTION("section", IndexField.SECTION, "Section", Set.of(Scope.PASSAGES)),
    POLARITY("polarity", IndexField.POLARITY, "Finding type", Set.of(Scope.PASSAGES)),
    THEME("theme", IndexField.THEMES, "Theme", Set.of(Scope.PASSAGES, Scope.DOCUMENTS)),
    WSOA("wsoa", IndexField.WSOA_REQUIRED, "Written statement of action", Set.of(Scope.PASSAGES, Scope.DOCUMENTS)),
    INSPECTOR("inspector", IndexField.LEAD_INSPECTOR, "Lead inspector", Set.of(Scope.PASSAGES, Scope.DOCUMENTS)),
    SOURCE("source", IndexField.SOURCE, "Source folder", Set.of(Scope.PASSAGES, Scope.DOCUMENTS), 2);

    private final String param;
    private final String field;
    private final String label;
    private final Set<Scope> scopes;
    private final int shownFrom;

    Facet(String param, String field, String label, Set<Scope> scopes) {
        this(param, field, label, scopes, 1);
    }

    Facet(String param, String field, String label, Set<Scope> scopes, int shownFrom) {
        this.param = param;
        this.field = field;
        this.label = label;
        this.scopes = scopes;
        this.shownFrom = shownFrom;
    }

    /** Whether the facet is worth showing with this many values, none of them chosen. */
    public boolean worthShowing(int values) {
        return values >= shownFrom;
    }

    /** The URL parameter, also the key of the facet in the API's {@code facets} object. */
    public String param() {
        return param;
    }

    /** The keyword field of the index. */
    public String field() {
        return field;
    }

    /** The facet's human name. */
    public String label() {
        return label;
    }

    public boolean appliesTo(Scope scope) {
        return scopes.contains(scope);
    }

    public static Optional<Facet> byParam(String param) {
        return Arrays.stream(values())
                .filter(facet -> facet.param.equals(param))
                .findFirst();
    }
}
