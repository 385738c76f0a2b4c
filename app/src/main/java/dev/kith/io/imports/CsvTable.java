package dev.kith.io.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.kith.io.ImportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A strict CSV file with a header line: every record has as many fields as the header (or more that are
 * all empty: trailing commas of a spreadsheet), quotes are closed, and the header holds the columns the
 * format needs. Any deviation is an {@link ImportException} with the line.
 */
final class CsvTable {
    /** The longest header line {@link #headerColumns} reads. */
    static final int HEADER_CHARS = 64 * 1024;
    private final String file;
    private final Map<String, Integer> columns;
    /** Column indexes by the names callers ask for, as given (-1: no such column): one lookup per name. */
    private final Map<String, Integer> asked = new HashMap<>();
    private final int width;

    private CsvTable(String file, Map<String, Integer> columns, int width) {
        this.file = file;
        this.columns = columns;
        this.width = width;
    }

    /** One record: its line and its fields by column name. */
    final class Record {
        private final CsvRecord record;
        private final long line;

        private Record(CsvRecord record, long line) {
            this.record = record;
            this.line = line;
        }

        long line() {
            return line;
        }

        /**
         * The trimmed value of {@code column}, or "" when the file has no such column; {@code "Name#2"} is
         * the second column called {@code Name} (French Outlook has two {@code Titre}).
         */
        String get(String column) {
            int index = asked.computeIfAbsent(column, c -> columns.getOrDefault(c.toLowerCase(Locale.ROOT), -1));
            return index < 0 ? "" : record.getField(index).strip();
        }

        /**
         * The trimmed value {@code offset} columns after {@code column} (Outlook writes each email's type and display
         * name right after its address), or "" when there is no such column.
         */
        String after(String column, int offset) {
            int index = asked.computeIfAbsent(column, c -> columns.getOrDefault(c.toLowerCase(Locale.ROOT), -1));
            return index < 0 || index + offset >= record.getFieldCount() ? "" : record.getField(index + offset).strip();
        }

        boolean blank() {
            return record.getFields().stream().allMatch(String::isBlank);
        }
    }

    /**
     * Reads {@code text} (whose first line is line {@code firstLine} of the file), checks that the
     * header has every column in {@code required}, and passes each record to {@code each}.
     */
    static void read(String file, String text, long firstLine, List<String> required, Consumer<CsvTable.Record> each) {
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(separator(text))
                .allowUnclosedQuote(false)
                .extraFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
                .skipEmptyLines(true)
                .detectBomHeader(false)
                .ofCsvRecord(text);
        long lastLine = firstLine;
        try (reader) {
            CsvTable table = null;
            for (CsvRecord record : reader) {
                lastLine = record.getStartingLineNumber() + firstLine - 1;
                if (table == null) {
                    table = header(file, lastLine, record, required);
                    continue;
                }
                if (record.getFieldCount() != table.width && !emptyBeyond(record, table.width)) {
                    throw new ImportException(file, lastLine, "wrong number of fields: " + record.getFieldCount()
                            + " where the header has " + table.width);
                }
                each.accept(table.new Record(record, lastLine));
            }
            if (table == null) {
                throw new ImportException(file, firstLine, "the file is empty: expected a header line with "
                        + String.join(", ", required));
            }
        } catch (CsvParseException e) {
            throw new ImportException(file, errorLine(e, firstLine, lastLine), reason(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code record} has more fields than the header's {@code width} and all of those are empty: the
     * trailing commas a spreadsheet adds when it saves a CSV again, which lose nothing.
     */
    private static boolean emptyBeyond(CsvRecord record, int width) {
        if (record.getFieldCount() < width) {
            return false;
        }
        for (int i = width; i < record.getFieldCount(); i++) {
            if (!record.getField(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The field separator of {@code text}: a tab when its header line (outside quotes) has more tabs than commas
     * and semicolons (Thunderbird's "tab separated" address book export), a semicolon when it has more semicolons
     * than commas (what a spreadsheet set to a European locale writes when it saves an export again), else a
     * comma. Reads at most the first {@value #HEADER_CHARS} characters.
     */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        int limit = Math.min(text.length(), HEADER_CHARS);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    /**
     * The column names of {@code text}'s header line (its first line, ended by LF, CR LF or a lone CR), stripped;
     * empty when it has none. Reads at most the first {@value #HEADER_CHARS} characters.
     */
    static List<String> headerColumns(String text) {
        int end = 0;
        int limit = Math.min(text.length(), HEADER_CHARS);
        while (end < limit && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator(text))
                .allowUnclosedQuote(true).skipEmptyLines(true).ofCsvRecord(text.substring(0, end))) {
            for (CsvRecord record : reader) {
                return record.getFields().stream().map(String::strip).toList();
            }
            return List.of();
        } catch (CsvParseException | IOException e) {
            return List.of();
        }
    }

    private static CsvTable header(String file, long line, CsvRecord record, List<String> required) {
        Map<String, Integer> columns = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < record.getFieldCount(); i++) {
            String name = record.getField(i).strip().toLowerCase(Locale.ROOT);
            int n = seen.merge(name, 1, Integer::sum);
            columns.putIfAbsent(n == 1 ? name : name + "#" + n, i);
        }
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!columns.containsKey(column.toLowerCase(Locale.ROOT))) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportException(file, line, "wrong header: missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (expected " + String.join(",", required) + ")");
        }
        return new CsvTable(file, columns, record.getFieldCount());
    }

    private static long errorLine(CsvParseException e, long firstLine, long lastLine) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            var m = java.util.regex.Pattern.compile("(?i)line (\\d+)").matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Long.parseLong(m.group(1)) + firstLine - 1;
            }
        }
        return lastLine;
    }

    private static String reason(CsvParseException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String m = String.valueOf(root.getMessage());
        // the parser counts lines from the header and says so ("record starting at line 2"): the error's own
        // line is the file's, so that count is left out rather than contradict it
        String own = m.replaceAll("(?i)\\s*\\(?\\b(?:record )?starting (?:at )?line \\d+\\)?", "").strip();
        if (m.toLowerCase(Locale.ROOT).contains("quote")) {
            return "unterminated or misplaced quote in the record that starts on this line";
        }
        if (m.toLowerCase(Locale.ROOT).contains("field")) {
            return "wrong number of fields (" + own + ")";
        }
        return own;
    }
}
