package dev.kith.io.imports;

import dev.kith.core.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google Contacts CSV: the current export ({@code First Name}, {@code Last Name}, {@code
 * Organization Name}, {@code Organization Title}, {@code E-mail 1 - Value}, {@code Labels}, {@code
 * Notes}, ...) and the one before it, still found in old Takeout archives ({@code Name}, {@code Given
 * Name}, {@code Additional Name}, {@code Family Name}, {@code Organization 1 - Name}, {@code
 * Organization 1 - Title}, {@code Group Membership}). Several values in one cell are separated by
 * {@code " ::: "}. Labels become tags, except Google's own ({@code * myContacts}, {@code * starred}). Kith keeps
 * no birthday: a {@code Birthday} ({@code 1985-04-15}, or {@code --04-15} without the year) that names no real day
 * is a warning.
 */
final class GoogleReader {
    /**
     * The columns every export has: Google writes the numbered ones ({@code E-mail 1 - Value}, {@code Phone 1 -
     * Value}) only as far as the contacts need them, so an address book without emails has no email column.
     */
    static final List<String> REQUIRED = List.of("First Name", "Last Name");
    /** The columns of the export before 2023, recognised by its {@code Given Name} column. */
    static final List<String> REQUIRED_BEFORE_2023 = List.of("Given Name", "Family Name");

    private static final Pattern NUMBERED = Pattern.compile("(?:E-mail|Phone|Website) (\\d{1,9}) - ",
            Pattern.CASE_INSENSITIVE);

    private GoogleReader() {
    }

    static List<Row> read(String file, String text, Warnings warnings) {
        List<Row> rows = new ArrayList<>();
        String header = header(text);
        boolean old = !header.contains("First Name") && header.contains("Given Name");
        int numbered = numbered(header);
        CsvTable.read(file, text, 1, old ? REQUIRED_BEFORE_2023 : REQUIRED, r -> {
            RowBuilder b = new RowBuilder(file, r.line(), warnings)
                    .given(join(r.get(old ? "Given Name" : "First Name"), r.get(old ? "Additional Name" : "Middle Name")))
                    .family(r.get(old ? "Family Name" : "Last Name"))
                    .organization(r.get(old ? "Organization 1 - Name" : "Organization Name"))
                    .title(r.get(old ? "Organization 1 - Title" : "Organization Title"))
                    .location(r.get("Address 1 - City"))
                    .notes(r.get("Notes"))
                    .nickname(r.get("Nickname"));
            if (old) {
                b.name(r.get("Name"));
            }
            Birthdays.check(b, "Birthday", r.get("Birthday"));
            for (int i = 1; i <= numbered; i++) {
                split(r.get("E-mail " + i + " - Value")).forEach(b::email);
                split(r.get("Phone " + i + " - Value")).forEach(b::phone);
                split(r.get("Website " + i + " - Value")).forEach(b::url);
            }
            for (String label : split(r.get(old ? "Group Membership" : "Labels"))) {
                if (!label.startsWith("*")) {
                    b.tag(label);
                }
            }
            Row row = b.build();
            if (row != null) {
                rows.add(row);
            }
        });
        return rows;
    }

    /**
     * Whether {@code text}'s header line is a Google CSV's: it has an {@code E-mail 1 - Value} or {@code Phone 1 -
     * Value} column (an address book of phone numbers only has no email column), or Google's {@code Organization
     * Name} and {@code Labels} (or, before 2023, {@code Group Membership}).
     */
    static boolean isGoogle(String text) {
        String header = header(text).toLowerCase(Locale.ROOT);
        return header.contains("e-mail 1 - value") || header.contains("phone 1 - value")
                || header.contains("organization name") && header.contains("labels")
                || header.contains("given name") && header.contains("group membership");
    }

    /** The first line of {@code text}, ended by LF, CR LF or a lone CR (old Mac exports). */
    static String header(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    /**
     * The highest N of the header's {@code E-mail N - }, {@code Phone N - } and {@code Website N - } columns
     * (Google adds as many as the contact with most of them needs), at most {@link Limits#LIST}.
     */
    private static int numbered(String header) {
        Matcher m = NUMBERED.matcher(header);
        int max = 1;
        while (m.find()) {
            max = Math.max(max, m.group(1).length() > 3 ? Limits.LIST : Integer.parseInt(m.group(1)));
        }
        return Math.min(max, Limits.LIST);
    }

    /**
     * The values of {@code cell}, split on {@code :::} and stripped, in one pass (a regex such as
     * {@code \\s*:::\\s*} rescans a run of spaces from each of its positions: quadratic on hostile cells).
     */
    static List<String> split(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        int start = 0;
        while (true) {
            int at = cell.indexOf(":::", start);
            if (at < 0) {
                values.add(cell.substring(start).strip());
                return values;
            }
            values.add(cell.substring(start, at).strip());
            start = at + 3;
        }
    }

    private static String join(String given, String middle) {
        return middle.isBlank() ? given : (given + " " + middle).strip();
    }
}
