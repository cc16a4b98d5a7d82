package org.sendsearch.synth;

import java.util.List;

/**
 * Made-up names for the people in generated documents (inspectors, directors, report authors,
 * spokespeople). Plain English first names and surnames, so extraction's name patterns see what
 * they see in real letters; none is meant to be a real person.
 */
final class People {
    private static final List<String> FIRST = List.of(
            "Alison",
            "Andrew",
            "Bernadette",
            "Catherine",
            "Claire",
            "David",
            "Deborah",
            "Edward",
            "Elaine",
            "Fiona",
            "Gareth",
            "Helen",
            "Ian",
            "Joanne",
            "Jonathan",
            "Karen",
            "Lesley",
            "Mark",
            "Matthew",
            "Nadia",
            "Nicola",
            "Patrick",
            "Rachel",
            "Robert",
            "Sarah",
            "Simon",
            "Susan",
            "Thomas",
            "Ursula",
            "Victoria",
            "William",
            "Yvonne");
    private static final List<String> LAST = List.of(
            "Ashworth",
            "Barker",
            "Bennett",
            "Carter",
            "Chadwick",
            "Dawson",
            "Ellison",
            "Fletcher",
            "Gallagher",
            "Hargreaves",
            "Hughes",
            "Jennings",
            "Kendall",
            "Lambert",
            "Marsden",
            "Newton",
            "Oakley",
            "Parkinson",
            "Quinn",
            "Rooney",
            "Sutcliffe",
            "Thornton",
            "Underwood",
            "Walsh",
            "Whitfield",
            "Yates");
    private static final List<String> TITLES = List.of("Mr", "Ms", "Mrs", "Dr");

    private final Variation variation;

    People(Variation variation) {
        this.variation = variation;
    }

    /** A first name and surname: "Claire Hargreaves". */
    String name() {
        return variation.pick(FIRST) + " " + variation.pick(LAST);
    }

    /** A courtesy title for a name: "Ms". */
    String title() {
        return variation.pick(TITLES);
    }

    /** The surname of a full name. */
    static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
