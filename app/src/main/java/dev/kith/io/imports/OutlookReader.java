package dev.kith.io.imports;

import dev.kith.io.ImportException;
import java.util.ArrayList;
import java.util.List;

/**
 * Outlook's CSV export: {@code First Name}, {@code Last Name}, {@code E-mail Address}, {@code
 * Company}, {@code Job Title}, {@code Categories} (separated by ";", they become tags), ... Outlook's
 * {@code Title} column is an honorific (Mr., Dr.) and is ignored. Outlook names the columns in its
 * display language: a German, French, Spanish, Italian, Dutch or Brazilian Portuguese export is read the
 * same way (see {@link OutlookColumns}); one in another language is refused with the columns it could not map.
 */
final class OutlookReader {
    static final List<String> REQUIRED = OutlookColumns.ENGLISH.required();
    /** How many of the columns it could not map an error about an export in an unknown language names. */
    private static final int NAMED = 12;

    private OutlookReader() {
    }

    /** Whether {@code text}'s header line is an Outlook export's: it names the first email column, or is Outlook-shaped. */
    static boolean isOutlook(String text) {
        List<String> header = CsvTable.headerColumns(text);
        return OutlookColumns.namesAnEmailColumn(header) || OutlookColumns.outlookShaped(header);
    }

    static List<Row> read(String file, String text, Warnings warnings) {
        List<Row> rows = new ArrayList<>();
        ExchangeAddresses exchange = new ExchangeAddresses();
        OutlookColumns c = columns(file, CsvTable.headerColumns(text));
        CsvTable.read(file, text, 1, c.required(), r -> {
            String middle = r.get(c.middle());
            RowBuilder b = new RowBuilder(file, r.line(), warnings)
                    .given(middle.isBlank() ? r.get(c.first()) : r.get(c.first()) + " " + middle)
                    .family(r.get(c.last()))
                    .organization(any(r, c.company()))
                    .title(any(r, c.jobTitle()))
                    .location(any(r, c.businessCity()).isBlank() ? any(r, c.homeCity()) : any(r, c.businessCity()))
                    .notes(any(r, c.notes()))
                    .url(any(r, c.web()));
            c.emails().forEach(names -> b.email(exchange.email(r, first(r, names))));
            c.phones().forEach(names -> b.phone(any(r, names)));
            for (String category : any(r, c.categories()).split(";")) {
                b.tag(category);
            }
            Row row = b.build();
            if (row != null) {
                rows.add(row);
            }
        });
        exchange.warn(file, warnings);
        return rows;
    }

    /**
     * The columns of the export whose header is {@code header}, in the language that names them; an {@link
     * ImportException} naming the columns it could not map when the export is Outlook's in a language Kith does
     * not know. A header that is no Outlook export's is read as English, and the columns it lacks are named.
     */
    private static OutlookColumns columns(String file, List<String> header) {
        OutlookColumns c = OutlookColumns.of(header);
        if (c != null) {
            return c;
        }
        if (!OutlookColumns.outlookShaped(header)) {
            return OutlookColumns.ENGLISH;
        }
        List<String> unknown = OutlookColumns.unknown(header);
        String named = String.join(", ", unknown.stream().limit(NAMED).map(n -> "\"" + n + "\"").toList())
                + (unknown.size() > NAMED ? " and " + (unknown.size() - NAMED) + " more" : "");
        throw new ImportException(file, 1, "an Outlook contacts export in a language Kith cannot read: it reads the"
                + " columns of Outlook in " + OutlookColumns.languages() + ", and finds no first name, last name and"
                + " email columns here. Columns it could not map: " + named + ". Export again with Outlook in one of"
                + " those languages, or rename the columns to Outlook's English ones (First Name, Last Name, E-mail"
                + " Address, ...)");
    }

    /** The first of {@code columns} that has a value in {@code r}, else the first of them. */
    private static String first(CsvTable.Record r, List<String> columns) {
        for (String column : columns) {
            if (!r.get(column).isBlank()) {
                return column;
            }
        }
        return columns.getFirst();
    }

    /** The value of the first of {@code columns} that has one in {@code r}, else "". */
    private static String any(CsvTable.Record r, List<String> columns) {
        for (String column : columns) {
            String v = r.get(column);
            if (!v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
