package org.sendsearch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sendsearch.insights.AreaComparison;
import org.sendsearch.insights.AreaProfile;
import org.sendsearch.insights.AreaService;
import org.sendsearch.insights.AreaSummary;
import org.sendsearch.search.InvalidSearchException;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.web.page.FieldError;
import org.sendsearch.web.page.Page;

/**
 * The local areas: {@code GET /api/areas} and {@code /areas} (every area with counts),
 * {@code GET /api/areas/{area}} and {@code /areas/{area}} (timeline, significant weaknesses,
 * themes, warnings), {@code GET /api/areas/compare?a=&b=[&c=&d=]} and {@code /areas/compare} (two to four areas
 * by theme). An unknown area is a 404 saying so; errors are thrown and answered by {@link ErrorResponses}.
 */
final class AreaController {
    private final AreaService service;
    private final AreaPage page;

    AreaController(AreaService service, Vocabulary vocabulary) {
        this.service = service;
        this.page = new AreaPage(vocabulary);
    }

    void listApi(Context ctx) {
        ctx.json(Map.of("areas", service.areas()));
    }

    void api(Context ctx) {
        String area = canonical(ctx.pathParam("area"));
        ctx.json(service.profile(area).orElseThrow(() -> notFound(area)));
    }

    /**
     * The area's name as indexed for a name typed in another case or with hyphens for spaces
     * ({@code wirral}, {@code st-helens}); the name as given when no area matches.
     */
    private String canonical(String given) {
        return matching(given).map(AreaSummary::area).orElse(given);
    }

    private Optional<AreaSummary> matching(String given) {
        String key = key(given);
        return service.areas().stream()
                .filter(summary -> key(summary.area()).equals(key))
                .findFirst();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    void compareApi(Context ctx) {
        List<String> names = compared(ctx);
        if (names.size() < 2) {
            throw new InvalidSearchException("Give two to " + AreaComparison.MAX_AREAS
                    + " different areas to compare: ?a=Knowsley&b=Liverpool" + " (and c=, d=), or area= repeated.");
        }
        ctx.json(service.compare(names)
                .orElseThrow(() -> HttpProblem.notFound(
                        "Areas not found",
                        "No documents are about one of "
                                + names.stream()
                                        .map(name -> "'" + shorten(name) + "'")
                                        .toList()
                                + ". GET /api/areas lists the areas.")));
    }

    /**
     * The areas asked for, in order, each once: {@code a}, {@code b}, {@code c}, {@code d}, then
     * any {@code area}; blank choices (an optional select left empty) are skipped.
     *
     * @throws InvalidSearchException when more than {@value AreaComparison#MAX_AREAS} are asked for
     */
    private static List<String> compared(Context ctx) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (String key : List.of("a", "b", "c", "d")) {
            String value = ctx.queryParam(key);
            if (value != null && !value.isBlank()) {
                names.add(value.strip());
            }
        }
        ctx.queryParams("area").stream()
                .filter(value -> !value.isBlank())
                .map(String::strip)
                .forEach(names::add);
        if (names.size() > AreaComparison.MAX_AREAS) {
            throw new InvalidSearchException(
                    "Compare at most " + AreaComparison.MAX_AREAS + " areas at a time (" + names.size() + " given).");
        }
        return List.copyOf(names);
    }

    void listPage(Context ctx) {
        ctx.html(page.list(service.areas()));
    }

    void page(Context ctx) {
        String given = ctx.pathParam("area");
        Optional<AreaSummary> match = matching(given);
        if (match.isPresent() && !match.get().area().equals(given)) {
            // One address per area: /areas/wirral and /areas/st-helens go to the area's own page.
            ctx.redirect(match.get().url(), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        String area = given;
        AreaProfile profile = service.profile(area).orElseThrow(() -> notFound(area));
        ctx.html(page.profile(profile, service.areas()));
    }

    /**
     * {@code GET /areas/compare}: the form, and the comparison once two areas are chosen. An area
     * with no documents (404) or more than four areas (400) show the form again, with an error
     * summary naming the problem and linking to the select to change.
     */
    void comparePage(Context ctx) {
        List<AreaSummary> areas = service.areas();
        List<String> names;
        try {
            names = compared(ctx);
        } catch (InvalidSearchException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            ctx.html(page.compare(areas, List.of(), null, new FieldError(AreaPage.slotId(0), e.getMessage())));
            return;
        }
        boolean asked = names.size() >= 2;
        Optional<AreaComparison> comparison = asked ? service.compare(names) : Optional.empty();
        FieldError error = null;
        if (asked && comparison.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            ctx.attribute(Page.OWN_404, true); // this page, with its form, not the generic one
            List<String> known = areas.stream().map(AreaSummary::area).toList();
            int unknown = 0;
            while (unknown < names.size() - 1 && known.contains(names.get(unknown))) {
                unknown++;
            }
            error = new FieldError(
                    AreaPage.slotId(unknown),
                    "There is no area called '" + shorten(names.get(unknown))
                            + "' in the collection: choose the areas from the lists.");
        }
        ctx.html(page.compare(areas, names, comparison.orElse(null), error));
    }

    private static String shorten(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }

    private static HttpProblem notFound(String area) {
        return HttpProblem.notFound(
                "Area not found",
                "No documents are about an area called '" + shorten(area)
                        + "'. The list of areas shows every area indexed.");
    }
}
