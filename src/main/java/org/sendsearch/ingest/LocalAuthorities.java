package org.sendsearch.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table of English local authorities with SEND duties and their regions, read from
 * {@code index-config/local-authorities.tsv}: columns name, region, aliases ('|'-separated),
 * status (current or historic) and qualified (spellings that are also ordinary words or other
 * places, such as "Reading" or "Bury", and so only count beside "Council", "local area" and the like).
 * Loading checks the table and fails with the file, line and what is wrong.
 */
public final class LocalAuthorities {

    /** The English regions; a row naming anything else is a typing error. */
    static final Set<String> REGIONS = Set.of(
            "North East",
            "North West",
            "Yorkshire and the Humber",
            "East Midlands",
            "West Midlands",
            "East of England",
            "London",
            "South East",
            "South West");

    /**
     * One authority.
     *
     * @param name      its short name, the value of {@code area}
     * @param region    its region of England
     * @param spellings the name and its aliases
     * @param historic  true for an authority since abolished (Cumbria, Northamptonshire)
     * @param qualified the spellings that need a qualifier to count
     */
    public record Authority(
            String name, String region, List<String> spellings, boolean historic, Set<String> qualified) {}

    private final List<Authority> authorities;
    private final Map<String, Authority> bySpelling;

    private LocalAuthorities(List<Authority> authorities) {
        this.authorities = List.copyOf(authorities);
        Map<String, Authority> map = new HashMap<>();
        for (Authority authority : authorities) {
            for (String spelling : authority.spellings()) {
                map.put(spelling, authority);
            }
        }
        this.bySpelling = Map.copyOf(map);
    }

    /** Reads and checks the table. */
    public static LocalAuthorities load(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Authority> authorities = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String where = file + " line " + (i + 1) + ": ";
            if (header) {
                header = false;
                if (!cells[0].equals("name")) {
                    throw new IllegalArgumentException(
                            where + "expected the header row 'name, region, aliases, status, qualified'");
                }
                continue;
            }
            if (cells.length != 5) {
                throw new IllegalArgumentException(where + "expected 5 tab-separated columns, found " + cells.length);
            }
            String name = cells[0].strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException(where + "empty authority name");
            }
            if (!REGIONS.contains(cells[1])) {
                throw new IllegalArgumentException(
                        where + "unknown region '" + cells[1] + "' (expected one of " + REGIONS + ")");
            }
            if (!cells[3].equals("current") && !cells[3].equals("historic")) {
                throw new IllegalArgumentException(
                        where + "status must be 'current' or 'historic', not '" + cells[3] + "'");
            }
            List<String> spellings = new ArrayList<>();
            spellings.add(name);
            for (String alias : cells[2].split("\\|")) {
                if (!alias.isBlank()) {
                    spellings.add(alias.strip());
                }
            }
            for (String spelling : spellings) {
                String previous = seen.putIfAbsent(spelling, name);
                if (previous != null) {
                    throw new IllegalArgumentException(
                            where + "'" + spelling + "' is already a spelling of " + previous);
                }
            }
            Set<String> qualified =
                    cells[4].isBlank() ? Set.of() : Set.of(cells[4].strip().split("\\|"));
            if (!spellings.containsAll(qualified)) {
                throw new IllegalArgumentException(
                        where + "qualified spellings " + qualified + " are not among " + spellings);
            }
            authorities.add(
                    new Authority(name, cells[1], List.copyOf(spellings), cells[3].equals("historic"), qualified));
        }
        if (authorities.isEmpty()) {
            throw new IllegalArgumentException(file + ": no authorities");
        }
        return new LocalAuthorities(authorities);
    }

    public List<Authority> all() {
        return authorities;
    }

    /** The authority a spelling (name or alias, exactly as in the table) belongs to. */
    public Optional<Authority> bySpelling(String spelling) {
        return Optional.ofNullable(bySpelling.get(spelling));
    }

    /** Every spelling, longest first, so a regular expression alternation prefers "North Somerset" to "Somerset". */
    List<String> spellingsLongestFirst() {
        List<String> spellings = new ArrayList<>(bySpelling.keySet());
        spellings.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return spellings;
    }
}
