package dev.kith.io.imports;

import dev.kith.io.ImportException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LinkedIn's {@code Connections.csv}: an optional {@code Notes:} preamble, a blank line, then the
 * header {@code First Name,Last Name,URL,Email Address,Company,Position,Connected On} (without {@code
 * URL} in exports before 2020). "Connected On" ({@code 24 Nov 2026}) becomes the first-met date. Names lose
 * emoji and credentials ({@link PersonNames}).
 */
final class LinkedInReader {
    static final List<String> HEADER = List.of("First Name", "Last Name", "URL", "Email Address", "Company",
            "Position", "Connected On");
    /** The columns a file must have: exports before 2020 have no {@code URL}. */
    static final List<String> REQUIRED = List.of("First Name", "Last Name", "Email Address", "Company", "Position",
            "Connected On");
    private static final Pattern HEADER_LINE = Pattern.compile("(?m)^\\uFEFF?\"?First Name\"?,");
    private static final DateTimeFormatter CONNECTED_ON = new java.time.format.DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("d MMM uuuu").toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    private LinkedInReader() {
    }

    static List<Row> read(String file, String text, Warnings warnings) {
        int start = 0;
        if (text.stripLeading().startsWith("Notes:")) {
            Matcher m = HEADER_LINE.matcher(text);
            if (!m.find()) {
                throw new ImportException(file, 1, "wrong header: after the Notes: preamble expected a line "
                        + String.join(",", HEADER));
            }
            start = m.start();
        }
        long firstLine = TextInput.lineOf(text, start);
        List<Row> rows = new ArrayList<>();
        Map<String, LocalDate> dates = new HashMap<>();
        CsvTable.read(file, text.substring(start), firstLine, REQUIRED, r -> {
            RowBuilder b = new RowBuilder(file, r.line(), warnings);
            Row row = b
                    .given(PersonNames.clean(r.get("First Name")))
                    .family(PersonNames.clean(r.get("Last Name")))
                    .url(r.get("URL"))
                    .email(r.get("Email Address"))
                    .organization(r.get("Company"))
                    .title(r.get("Position"))
                    .firstMet(date(b, r.get("Connected On"), dates))
                    .build();
            if (row != null) {
                rows.add(row);
            }
        });
        return rows;
    }

    /**
     * The date {@code text} gives, or null with a warning on {@code row} when it is no date; {@code seen}
     * remembers the dates parsed so far (a file repeats them).
     */
    private static LocalDate date(RowBuilder row, String text, Map<String, LocalDate> seen) {
        if (text.isBlank()) {
            return null;
        }
        LocalDate known = seen.get(text);
        if (known != null) {
            return known;
        }
        try {
            LocalDate date = LocalDate.parse(text, CONNECTED_ON);
            seen.put(text, date);
            return date;
        } catch (DateTimeParseException e) {
            row.warn("Connected On: '" + text + "' is not a valid date (expected like 24 Nov 2026; field dropped)");
            return null;
        }
    }
}
