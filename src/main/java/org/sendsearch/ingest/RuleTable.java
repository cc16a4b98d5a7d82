package org.sendsearch.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.config.ConfigException;

/**
 * A tab-separated table of extraction rules in {@code index-config/}: one rule a line, a fixed
 * number of columns, {@code #} comments and blank lines skipped, read as UTF-8. Every problem is a
 * {@link ConfigException} naming the file and the line, so that a mistyped rule stops the start-up
 * instead of silently changing what is indexed.
 *
 * @param file the table's path, for messages
 * @param rows the rules, in file order
 */
record RuleTable(Path file, List<Row> rows) {

    /**
     * One rule.
     *
     * @param line  its line number in the file, from 1
     * @param cells its cells, as written (not trimmed: a pattern may end in a space)
     */
    record Row(int line, List<String> cells) {
        String cell(int index) {
            return cells.get(index);
        }
    }

    RuleTable {
        rows = List.copyOf(rows);
    }

    /** Reads {@code fileName} from the folder; each rule must have exactly {@code columns} cells, none empty. */
    static RuleTable read(ConfigDirectory directory, String fileName, int columns) {
        Path file = directory.resolve(fileName);
        String[] lines = directory.read(fileName).split("\r?\n", -1);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            Row row = new Row(i + 1, cells);
            if (cells.size() != columns) {
                throw error(file, row, "expected " + columns + " tab-separated columns, found " + cells.size());
            }
            for (int c = 0; c < columns; c++) {
                if (cells.get(c).isBlank()) {
                    throw error(file, row, "column " + (c + 1) + " is empty");
                }
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new ConfigException(file, "holds no rules");
        }
        return new RuleTable(file, rows);
    }

    /** A problem with one rule, naming the file and line. */
    static ConfigException error(Path file, Row row, String problem) {
        return new ConfigException(file, "line " + row.line() + ": " + problem);
    }

    ConfigException error(Row row, String problem) {
        return error(file, row, problem);
    }

    /** The rule's cell compiled as a regular expression with {@code flags}; a bad one names the line. */
    Pattern compile(Row row, String regex, int flags) {
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw error(row, "bad regular expression '" + regex + "': " + e.getDescription());
        }
    }
}
