package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the inspection team from an inspectorate letter's sign-off: the signature ("Yours
 * sincerely / Adam Sproston Her Majesty's Inspector", "A. N. Example / His Majesty's Inspector") and the two-column team table that follows
 * (a row of names, then a row of their roles: "Adam Sproston | Claire Mason" over
 * "HMI Lead Inspector | CQC Inspector").
 *
 * <p>Columns are tab-separated in text conversions but only space-separated in PDF or HTML text,
 * so a names row without tabs is split using the roles row (how many people it lists) and the
 * signatory's name (which is one of them). The regional director and deputy chief inspector who
 * head the table are not inspectors of this inspection and are left out. A 2023 report, which has
 * no sign-off, lists its team under "Inspection team" ("Leanne Thirlby HMI, Ofsted lead inspector").
 *
 * @param lead   the lead inspector, or null
 * @param others the other inspectors, in table order
 */
record InspectionTeam(String lead, List<String> others) {

    private static final String INSPECTOR_TITLE =
            "(?:Her|His) Majesty['’]s Inspector|HMI\\b|Lead Inspector|Ofsted Inspector";
    /** A name as signed: capitalised words or initials ("Adam Sproston", "A. N. Example", "A.N. Example"). */
    private static final String NAME =
            "[A-Z](?:[\\p{L}'’-]+|\\.)(?:\\s?[A-Z](?:[\\p{L}'’-]+|\\.)){0,3}\\s?[A-Z][\\p{L}'’-]+";

    private static final Pattern SIGNATURE =
            Pattern.compile("^(?:Dr |Mr |Mrs |Ms |Miss )?(" + NAME + "),?\\s+(?:" + INSPECTOR_TITLE + ")");
    /** A 2023 report's team list: "Leanne Thirlby HMI, Ofsted lead inspector", "Jo Petch, Ofsted HMI, lead inspector". */
    private static final Pattern REPORT_MEMBER = Pattern.compile("(" + NAME + ")(?:,?\\s+HMI)?,?\\s+(Ofsted|CQC)"
            + "(?:,?\\s+HMI)?,?\\s+(?:(?i:(lead)\\s+)?(?i:inspector)\\b|HMI\\b)");

    private static final Pattern ROLE = Pattern.compile(
            "(?:HMI )?Lead Inspector|Ofsted Inspector|CQC Inspector|Children['’]s Services Inspector|Her Majesty['’]s Inspector"
                    + "|His Majesty['’]s Inspector|Senior HMI|HMI|Regional Director|Deputy Chief Inspector(?:,[^\\t\\n]*)?"
                    + "|Chief Inspector(?:,[^\\t\\n]*)?|Inspection Manager|Inspector");
    private static final Pattern ROLE_ROW = Pattern.compile("^(?:\\s*(?:" + ROLE.pattern() + ")\\s*)+$");
    private static final Pattern ORGANISATIONS_ROW = Pattern.compile("^(?:Ofsted|Care Quality Commission|CQC|\\s)+$");
    private static final Pattern NAME_WORD = Pattern.compile("[A-Z][\\p{L}'’-]+");

    static InspectionTeam read(List<Block> blocks) {
        int signOff = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).text().matches("(?i)^yours (?:sincerely|faithfully)\\b.*")) {
                signOff = i;
                break;
            }
        }
        if (signOff < 0) {
            return reportTeam(blocks);
        }
        String lead = null;
        List<String> rows = new ArrayList<>();
        for (int i = signOff + 1; i < blocks.size() && i <= signOff + 4; i++) {
            String text = blocks.get(i).text();
            if (text.startsWith("Cc") || text.startsWith("cc:")) {
                break;
            }
            if (lead == null) {
                Matcher signature = SIGNATURE.matcher(text.replace('\n', ' '));
                if (signature.lookingAt() && !text.contains("\t")) {
                    lead = signature.group(1);
                    continue;
                }
            }
            rows.addAll(List.of(text.split("\n")));
        }
        List<Person> people = table(rows, lead);
        String tableLead = null;
        Set<String> others = new LinkedHashSet<>();
        for (Person person : people) {
            if (person.role.contains("Lead Inspector")) {
                tableLead = person.name;
            }
        }
        if (lead == null) {
            lead = tableLead;
        }
        for (Person person : people) {
            boolean inspector = person.role.matches(".*\\bInspector\\b.*") && !person.role.contains("Chief Inspector");
            if (inspector && !person.name.equals(lead)) {
                others.add(person.name);
            }
        }
        return new InspectionTeam(lead, List.copyOf(others));
    }

    /**
     * A 2023 report's team, from the blocks after its "Inspection team" heading: Ofsted's lead
     * inspector leads (CQC's lead is among the others); none when there is no such heading.
     */
    private static InspectionTeam reportTeam(List<Block> blocks) {
        String lead = null;
        Set<String> others = new LinkedHashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).text().strip().equalsIgnoreCase("inspection team")) {
                continue;
            }
            for (int j = i + 1; j < blocks.size() && j <= i + 4; j++) {
                // The organisations' row heads the columns: it names nobody.
                String members = blocks.get(j)
                        .text()
                        .lines()
                        .filter(line -> !ORGANISATIONS_ROW.matcher(line.strip()).matches())
                        .collect(Collectors.joining(" "));
                Matcher member = REPORT_MEMBER.matcher(members);
                while (member.find()) {
                    String name = member.group(1)
                            .replaceFirst("^(?:(?:Ofsted|CQC|HMI),?\\s+)+", "")
                            .replaceFirst("\\s+HMI$", "")
                            .strip();
                    if (lead == null && member.group(2).equals("Ofsted") && member.group(3) != null) {
                        lead = name;
                    } else {
                        others.add(name);
                    }
                }
            }
            break;
        }
        others.remove(lead);
        return new InspectionTeam(lead, List.copyOf(others));
    }

    private record Person(String name, String role) {}

    /** Pairs each names row with the roles row under it. */
    private static List<Person> table(List<String> rows, String lead) {
        List<Person> people = new ArrayList<>();
        String names = null;
        for (String row : rows) {
            String line = row.strip();
            if (line.isEmpty() || ORGANISATIONS_ROW.matcher(line).matches()) {
                names = null;
                continue;
            }
            if (ROLE_ROW.matcher(line).matches() && names != null) {
                List<String> roles = cells(line, ROLE);
                List<String> nameCells = splitNames(names, roles.size(), lead);
                for (int i = 0; i < Math.min(roles.size(), nameCells.size()); i++) {
                    String name = nameCells.get(i).replaceAll("\\s+HMI$", "").strip();
                    if (!name.isEmpty()) {
                        people.add(new Person(name, roles.get(i).strip()));
                    }
                }
                names = null;
            } else if (!ROLE_ROW.matcher(line).matches()) {
                names = line;
            }
        }
        return people;
    }

    private static List<String> cells(String line, Pattern role) {
        List<String> cells = new ArrayList<>();
        if (line.contains("\t")) {
            for (String cell : line.split("\t")) {
                if (!cell.isBlank()) {
                    cells.add(cell.strip());
                }
            }
            return cells;
        }
        Matcher m = role.matcher(line);
        while (m.find()) {
            cells.add(m.group());
        }
        return cells;
    }

    /** Splits a names row into {@code count} names: by tabs, else around the signatory's name, else evenly by words. */
    private static List<String> splitNames(String row, int count, String lead) {
        if (row.contains("\t")) {
            List<String> names = new ArrayList<>();
            for (String cell : row.split("\t")) {
                if (!cell.isBlank()) {
                    names.add(cell.strip());
                }
            }
            return names;
        }
        if (count <= 1) {
            return List.of(row);
        }
        if (lead != null && row.startsWith(lead + " ")) {
            return List.of(lead, row.substring(lead.length() + 1));
        }
        if (lead != null && row.endsWith(" " + lead)) {
            return List.of(row.substring(0, row.length() - lead.length() - 1), lead);
        }
        List<String> words = new ArrayList<>();
        Matcher m = NAME_WORD.matcher(row);
        while (m.find()) {
            words.add(m.group());
        }
        if (words.size() % count != 0) {
            return List.of(row);
        }
        List<String> names = new ArrayList<>();
        int per = words.size() / count;
        for (int i = 0; i < count; i++) {
            names.add(String.join(" ", words.subList(i * per, (i + 1) * per)));
        }
        return names;
    }
}
