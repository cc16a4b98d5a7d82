package org.sendsearch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.sendsearch.insights.AreaComparison;
import org.sendsearch.insights.AreaProfile;
import org.sendsearch.insights.AreaService;
import org.sendsearch.insights.AreaSummary;
import org.sendsearch.search.InvalidSearchException;
import org.sendsearch.search.SearchUnavailableException;
import org.sendsearch.search.Vocabulary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local areas: {@code GET /api/areas} and {@code /areas} (every area with counts),
 * {@code GET /api/areas/{area}} and {@code /areas/{area}} (timeline, significant weaknesses,
 * themes, warnings), {@code GET /api/areas/compare?a=&b=} and {@code /areas/compare} (two areas
 * by theme). An unknown area is a 404 saying so.
 */
final class AreaController {
    private final AreaService service;
    private final AreaPage page;

    AreaController(AreaService service, Vocabulary vocabulary) {
        this.service = service;
        this.page = new AreaPage(vocabulary);
    }

    void listApi(Context ctx) {
        ResearchRoutes.json(ctx, () -> Map.of("areas", service.areas()));
    }

    void api(Context ctx) {
        String area = ctx.pathParam("area");
        ResearchRoutes.json(ctx, () -> {
            Optional<AreaProfile> profile = service.profile(area);
            if (profile.isEmpty()) {
                ctx.status(HttpStatus.NOT_FOUND);
                return Map.of("status", 404, "message", notFound(area));
            }
            return profile.get();
        });
    }

    void compareApi(Context ctx) {
        ResearchRoutes.json(ctx, () -> {
            String a = required(ctx, "a");
            String b = required(ctx, "b");
            Optional<AreaComparison> comparison = service.compare(a, b);
            if (comparison.isEmpty()) {
                ctx.status(HttpStatus.NOT_FOUND);
                return Map.of("status", 404, "message", "No documents are about '" + shorten(a) + "' or about '"
                        + shorten(b) + "'. GET /api/areas lists the areas.");
            }
            return comparison.get();
        });
    }

    void listPage(Context ctx) {
        ResearchRoutes.html(ctx, () -> page.list(service.areas()));
    }

    void page(Context ctx) {
        String area = ctx.pathParam("area");
        Optional<AreaProfile> profile;
        try {
            profile = service.profile(area);
        } catch (SearchUnavailableException e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).html(Page.message("Search is unavailable", e.getMessage()));
            return;
        }
        if (profile.isEmpty()) {
            ResearchRoutes.notFoundPage(ctx, "Area not found", notFound(area));
            return;
        }
        ctx.html(page.profile(profile.get(), service.areas()));
    }

    void comparePage(Context ctx) {
        String a = ctx.queryParam("a");
        String b = ctx.queryParam("b");
        List<AreaSummary> areas;
        Optional<AreaComparison> comparison;
        try {
            areas = service.areas();
            comparison = a == null || b == null || a.isBlank() || b.isBlank() ? Optional.empty() : service.compare(a, b);
        } catch (SearchUnavailableException e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).html(Page.message("Search is unavailable", e.getMessage()));
            return;
        }
        boolean asked = a != null && b != null && !a.isBlank() && !b.isBlank();
        if (asked && comparison.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
        }
        ctx.html(page.compare(areas, a, b, comparison.orElse(null), asked));
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new InvalidSearchException("Give two areas to compare: ?a=Knowsley&b=Liverpool (missing '" + name + "').");
        }
        return value.strip();
    }

    private static String shorten(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }

    private static String notFound(String area) {
        return "No documents are about an area called '" + shorten(area) + "'. The list of areas shows every area indexed.";
    }
}
