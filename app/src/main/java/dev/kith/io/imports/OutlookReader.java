package dev.kith.io.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Outlook's CSV export: {@code First Name}, {@code Last Name}, {@code E-mail Address}, {@code
 * Company}, {@code Job Title}, {@code Categories} (separated by ";", they become tags), ... Outlook's
 * {@code Title} column is an honorific (Mr., Dr.) and is ignored. Outlook names the columns in its
 * display language: a German ({@code Vorname}, {@code Nachname}, {@code E-Mail-Adresse}, ...) or French
 * ({@code Prénom}, {@code Nom}, {@code Adresse de messagerie}, ...) export is read the same way.
 */
final class OutlookReader {
    static final List<String> REQUIRED = Columns.ENGLISH.required();

    private OutlookReader() {
    }

    /**
     * The columns Kith reads, by their names in one language; where there are several names, the first
     * the file has a value in is used.
     */
    private record Columns(String first, String middle, String last, List<String> company, List<String> jobTitle,
            List<String> businessCity, List<String> homeCity, List<String> notes, List<List<String>> emails,
            List<List<String>> phones, List<String> web, List<String> categories) {
        static final Columns ENGLISH = new Columns("First Name", "Middle Name", "Last Name", List.of("Company"),
                List.of("Job Title"), List.of("Business City"), List.of("Home City"), List.of("Notes"),
                List.of(List.of("E-mail Address"), List.of("E-mail 2 Address"), List.of("E-mail 3 Address")),
                List.of(List.of("Mobile Phone"), List.of("Business Phone"), List.of("Home Phone"), List.of("Primary Phone"),
                        List.of("Business Phone 2"), List.of("Home Phone 2"), List.of("Company Main Phone"),
                        List.of("Other Phone"), List.of("Car Phone")),
                List.of("Web Page"), List.of("Categories"));
        static final Columns GERMAN = new Columns("Vorname", "Weitere Vornamen", "Nachname", List.of("Firma"),
                List.of("Position"), List.of("Ort geschäftlich"), List.of("Ort privat"), List.of("Notizen"),
                List.of(List.of("E-Mail-Adresse"), List.of("E-Mail 2: Adresse"), List.of("E-Mail 3: Adresse")),
                List.of(List.of("Mobiltelefon"), List.of("Telefon geschäftlich"), List.of("Telefon privat"),
                        List.of("Haupttelefon"), List.of("Telefon geschäftlich 2"), List.of("Telefon privat 2"),
                        List.of("Telefon Firma"), List.of("Weiteres Telefon"), List.of("Autotelefon")),
                List.of("Webseite"), List.of("Kategorien"));
        /** French Outlook calls the honorific and the job title both {@code Titre}; some versions say {@code Fonction}. */
        static final Columns FRENCH = new Columns("Prénom", "Deuxième prénom", "Nom", List.of("Société"),
                List.of("Titre#2", "Fonction"), List.of("Ville (bureau)"), List.of("Ville (domicile)"), List.of("Notes"),
                List.of(List.of("Adresse de messagerie"), List.of("Adresse de messagerie 2"),
                        List.of("Adresse de messagerie 3")),
                List.of(List.of("Tél. mobile", "Téléphone mobile"), List.of("Téléphone (bureau)", "Téléphone bureau"),
                        List.of("Téléphone (domicile)", "Téléphone domicile"), List.of("Téléphone principal"),
                        List.of("Téléphone 2 (bureau)"), List.of("Téléphone 2 (domicile)"), List.of("Téléphone société"),
                        List.of("Téléphone (autre)"), List.of("Téléphone (voiture)")),
                List.of("Page Web"), List.of("Catégories"));

        List<String> required() {
            return List.of(first, last, emails.getFirst().getFirst());
        }

        /** The columns of the export whose header line is {@code header}: English unless it names German or French ones. */
        static Columns of(String header) {
            String h = header.toLowerCase(Locale.ROOT);
            if (h.contains("first name") || h.contains("e-mail address")) {
                return ENGLISH;
            }
            if (h.contains("vorname") || h.contains("e-mail-adresse")) {
                return GERMAN;
            }
            if (h.contains("prénom") || h.contains("adresse de messagerie")) {
                return FRENCH;
            }
            return ENGLISH;
        }
    }

    /** Whether {@code text}'s header line names Outlook's first email column, in English, German or French. */
    static boolean isOutlook(String text) {
        String h = GoogleReader.header(text).toLowerCase(Locale.ROOT);
        return h.contains("e-mail address") || h.contains("e-mail-adresse") || h.contains("adresse de messagerie");
    }

    static List<Row> read(String file, String text, Warnings warnings) {
        List<Row> rows = new ArrayList<>();
        Columns c = Columns.of(GoogleReader.header(text));
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
            c.emails().forEach(names -> b.email(any(r, names)));
            c.phones().forEach(names -> b.phone(any(r, names)));
            for (String category : any(r, c.categories()).split(";")) {
                b.tag(category);
            }
            Row row = b.build();
            if (row != null) {
                rows.add(row);
            }
        });
        return rows;
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
