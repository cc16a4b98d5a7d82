package org.sendsearch.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * The lists that close a 2023 report: "Areas for priority action" and "Areas for improvement", each
 * either as Ofsted's two-column table ("Responsible body | Areas for improvement"), or as a plain
 * list whose items start "Leaders across the partnership should..." or name the partner ("NHS X
 * Integrated Care Board should ...").
 */
final class ActionLists {
    /** What partners are asked to do; {@code %s} is the area. EHC plans first: they are the most common. */
    private static final List<String> ACTIONS = List.of(
            "improve the timeliness and quality of education, health and care (EHC) plans, so that plans accurately "
                    + "reflect children and young people's needs and the provision that will meet them",
            "reduce the time children and young people wait for neurodevelopmental assessment in %s, and make sure "
                    + "families are supported while they wait",
            "strengthen their joint commissioning arrangements, so that services are planned on an accurate picture of "
                    + "need across %s",
            "improve the way they communicate with families, so that parents and carers know what support is "
                    + "available and how to get it",
            "make sure that the local offer is up to date and easy to use",
            "improve the quality and timeliness of annual reviews of EHC plans",
            "work together to improve the preparation for adulthood of young people with SEND, including their "
                    + "access to employment, training and independent living",
            "reduce the high rates of suspension and exclusion of children and young people with SEND",
            "improve access to speech and language therapy, so that children do not wait too long for assessment "
                    + "and support",
            "strengthen the oversight of children and young people with SEND who attend alternative provision",
            "make sure that the views of children and young people with SEND shape the services that they receive",
            "improve the use of data and quality assurance to understand the impact of the partnership's work in %s");

    private static final List<String> URGENT = List.of("urgently ", "", "swiftly ");

    private ActionLists() {}

    /**
     * The heading and the {@code count} items of one list; {@code table} picks the two-column table
     * layout, otherwise a plain list of paragraphs or bullets.
     */
    static List<Part> write(Drafting d, String heading, int count, boolean priority, boolean table) {
        Variation v = d.variation;
        List<String> actions = pickActions(d, count);
        List<Part> parts = new ArrayList<>();
        parts.add(Part.heading(heading));
        boolean bullets = !table && v.chance(40);
        if (table) {
            parts.add(Part.row("Responsible body", heading));
        }
        for (String action : actions) {
            String urgently = priority ? v.pick(URGENT) : "";
            String body;
            String subject;
            switch (v.random().nextInt(4)) {
                case 0 -> {
                    body = d.council();
                    subject = v.chance(50) ? body : "Leaders in the local authority";
                }
                case 1 -> {
                    body = d.healthBody(2023);
                    subject = body;
                }
                default -> {
                    body = d.council() + " and " + d.healthBody(2023);
                    subject = "Leaders across the partnership";
                }
            }
            String item = subject + " should " + urgently + action + ".";
            if (table) {
                parts.add(Part.row(body, item));
            } else {
                parts.add(bullets ? Part.bullet(item) : Part.paragraph(item));
            }
        }
        return parts;
    }

    private static List<String> pickActions(Drafting d, int count) {
        Variation v = d.variation;
        List<String> pool = new ArrayList<>(ACTIONS);
        List<String> out = new ArrayList<>();
        if (v.chance(69)) {
            out.add(pool.remove(0));
        } else {
            pool.remove(0);
        }
        while (out.size() < count && !pool.isEmpty()) {
            out.add(pool.remove(v.random().nextInt(pool.size())));
        }
        return out.stream().map(a -> a.replace("%s", d.area)).toList();
    }
}
