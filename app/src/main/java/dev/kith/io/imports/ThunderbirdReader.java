package dev.kith.io.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Thunderbird's address book CSV export, read by the {@code outlook} format (it is Outlook-like, and
 * users know it as such): {@code First Name}, {@code Last Name}, {@code Display Name}, {@code Primary
 * Email}, {@code Secondary Email}, {@code Work Phone}, {@code Home Phone}, {@code Mobile Number}, {@code
 * Work City}, {@code Home City}, {@code Job Title}, {@code Organization}, {@code Web Page 1}, {@code Web
 * Page 2}, {@code Notes}. Recognised by its {@code Primary Email} column. Kith keeps no birthday: {@code Birth
 * Year}, {@code Birth Month} and {@code Birth Day} that name no real day are a warning.
 */
final class ThunderbirdReader {
    static final List<String> REQUIRED = List.of("First Name", "Last Name", "Display Name", "Primary Email");

    private ThunderbirdReader() {
    }

    /** Whether {@code text}'s header line is Thunderbird's (it names a {@code Primary Email} column). */
    static boolean isThunderbird(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).contains("Primary Email");
    }

    static List<Row> read(String file, String text, Warnings warnings) {
        List<Row> rows = new ArrayList<>();
        CsvTable.read(file, text, 1, REQUIRED, r -> {
            RowBuilder b = new RowBuilder(file, r.line(), warnings)
                    .name(r.get("Display Name"))
                    .given(r.get("First Name"))
                    .family(r.get("Last Name"))
                    .organization(r.get("Organization"))
                    .title(r.get("Job Title"))
                    .location(r.get("Work City").isBlank() ? r.get("Home City") : r.get("Work City"))
                    .notes(r.get("Notes"))
                    .email(r.get("Primary Email"))
                    .email(r.get("Secondary Email"))
                    .phone(r.get("Mobile Number"))
                    .phone(r.get("Work Phone"))
                    .phone(r.get("Home Phone"))
                    .url(r.get("Web Page 1"))
                    .url(r.get("Web Page 2"));
            Birthdays.check(b, "Birthday", r.get("Birth Year"), r.get("Birth Month"), r.get("Birth Day"));
            Row row = b.build();
            if (row != null) {
                rows.add(row);
            }
        });
        return rows;
    }
}
