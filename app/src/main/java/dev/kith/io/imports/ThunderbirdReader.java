package dev.kith.io.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Thunderbird's address book CSV export, read by the {@code outlook} format (it is Outlook-like, and
 * users know it as such): {@code First Name}, {@code Last Name}, {@code Display Name}, {@code Primary
 * Email}, {@code Secondary Email}, {@code Work Phone}, {@code Home Phone}, {@code Mobile Number}, {@code
 * Work City}, {@code Home City}, {@code Job Title}, {@code Organization}, {@code Web Page 1}, {@code Web
 * Page 2}, {@code Notes}, or the same columns in German, French or Spanish (see {@link ThunderbirdColumns}).
 * Recognised by its primary email column. Kith keeps no birthday: {@code Birth Year}, {@code Birth Month} and
 * {@code Birth Day} that name no real day are a warning.
 */
final class ThunderbirdReader {
    static final List<String> REQUIRED = ThunderbirdColumns.ENGLISH.required();

    private ThunderbirdReader() {
    }

    /** Whether {@code text}'s header line is Thunderbird's (it names a primary email column in a language Kith knows). */
    static boolean isThunderbird(String text) {
        return ThunderbirdColumns.of(CsvTable.headerColumns(text)) != null;
    }

    static List<Row> read(String file, String text, Warnings warnings) {
        List<Row> rows = new ArrayList<>();
        ThunderbirdColumns found = ThunderbirdColumns.of(CsvTable.headerColumns(text));
        ThunderbirdColumns c = found == null ? ThunderbirdColumns.ENGLISH : found;
        CsvTable.read(file, text, 1, c.required(), r -> {
            RowBuilder b = new RowBuilder(file, r.line(), warnings)
                    .name(r.get(c.display()))
                    .given(r.get(c.first()))
                    .family(r.get(c.last()))
                    .organization(r.get(c.organization()))
                    .title(r.get(c.jobTitle()))
                    .location(r.get(c.workCity()).isBlank() ? r.get(c.homeCity()) : r.get(c.workCity()))
                    .notes(r.get(c.notes()))
                    .nickname(r.get(c.nickname()))
                    .email(r.get(c.primaryEmail()))
                    .email(r.get(c.secondaryEmail()))
                    .phone(r.get(c.mobile()))
                    .phone(r.get(c.workPhone()))
                    .phone(r.get(c.homePhone()))
                    .url(r.get(c.web1()))
                    .url(r.get(c.web2()));
            Birthdays.check(b, "Birthday", r.get(c.birthYear()), r.get(c.birthMonth()), r.get(c.birthDay()));
            Row row = b.build();
            if (row != null) {
                rows.add(row);
            }
        });
        return rows;
    }
}
