package org.sendsearch.web.page;

/**
 * The sections of the site the header navigation links to, in their order there; the page being
 * shown marks its own with {@code aria-current="page"}.
 */
public enum Nav {
    SEARCH("/search", "Search"),
    INSIGHTS("/insights", "Insights"),
    AREAS("/areas", "Areas"),
    HELP("/help", "Help");

    private final String href;
    private final String label;

    Nav(String href, String label) {
        this.href = href;
        this.label = label;
    }

    public String href() {
        return href;
    }

    public String label() {
        return label;
    }
}
