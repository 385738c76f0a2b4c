package dev.kith.io.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Outlook's CSV export: {@code First Name}, {@code Last Name}, {@code E-mail Address}, {@code
 * Company}, {@code Job Title}, {@code Categories} (separated by ";", they become tags), ... Outlook's
 * {@code Title} column is an honorific (Mr., Dr.) and is ignored.
 */
final class OutlookReader {
    static final List<String> REQUIRED = List.of("First Name", "Last Name", "E-mail Address");

    private OutlookReader() {
    }

    static List<Row> read(String file, String text, Warnings warnings) {
        List<Row> rows = new ArrayList<>();
        CsvTable.read(file, text, 1, REQUIRED, r -> {
            String middle = r.get("Middle Name");
            RowBuilder b = new RowBuilder(file, r.line(), warnings)
                    .given(middle.isBlank() ? r.get("First Name") : r.get("First Name") + " " + middle)
                    .family(r.get("Last Name"))
                    .organization(r.get("Company"))
                    .title(r.get("Job Title"))
                    .location(r.get("Business City").isBlank() ? r.get("Home City") : r.get("Business City"))
                    .notes(r.get("Notes"))
                    .email(r.get("E-mail Address"))
                    .email(r.get("E-mail 2 Address"))
                    .email(r.get("E-mail 3 Address"))
                    .phone(r.get("Mobile Phone"))
                    .phone(r.get("Business Phone"))
                    .phone(r.get("Home Phone"))
                    .url(r.get("Web Page"));
            for (String category : r.get("Categories").split(";")) {
                b.tag(category);
            }
            Row row = b.build();
            if (row != null) {
                rows.add(row);
            }
        });
        return rows;
    }
}
