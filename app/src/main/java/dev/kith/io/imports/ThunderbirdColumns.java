package dev.kith.io.imports;

import java.util.List;
import java.util.Locale;

/**
 * The columns Kith reads from a Thunderbird address book CSV export, by their names in one display language.
 * Thunderbird names the columns from its address book field names ({@code importMsgs.properties}, strings 2100 to
 * 2136) in the language of its user interface; only the languages whose names are known exactly are here. Where a
 * language gives two columns one name (French names both cities {@code Ville}), the second is {@code "Ville#2"}.
 */
record ThunderbirdColumns(String language, String first, String last, String display, String primaryEmail,
        String secondaryEmail, String workPhone, String homePhone, String mobile, String homeCity, String workCity,
        String jobTitle, String organization, String web1, String web2, String birthYear, String birthMonth,
        String birthDay, String notes, String nickname) {

    static final ThunderbirdColumns ENGLISH = new ThunderbirdColumns("English", "First Name", "Last Name",
            "Display Name", "Primary Email", "Secondary Email", "Work Phone", "Home Phone", "Mobile Number",
            "Home City", "Work City", "Job Title", "Organization", "Web Page 1", "Web Page 2", "Birth Year",
            "Birth Month", "Birth Day", "Notes", "Nickname");
    static final ThunderbirdColumns GERMAN = new ThunderbirdColumns("German", "Vorname", "Nachname", "Anzeigename",
            "Primäre E-Mail-Adresse", "Sekundäre E-Mail-Adresse", "Tel. dienstlich", "Tel. privat", "Mobil-Tel.-Nr.",
            "Privat: Ort", "Dienstlich: Ort", "Arbeitstitel", "Organisation", "Webseite 1", "Webseite 2", "Geburtsjahr",
            "Geburtsmonat", "Geburtstag", "Notizen", "Spitzname");
    /** French names the home and the work city both {@code Ville}, in that order. */
    static final ThunderbirdColumns FRENCH = new ThunderbirdColumns("French", "Prénom", "Nom de famille",
            "Nom à afficher", "Adresse e-mail principale", "Adresse e-mail secondaire", "Tél. professionnel",
            "Tél. personnel", "Portable", "Ville", "Ville#2", "Profession", "Société", "Site web 1", "Site web 2",
            "Année de naissance", "Mois", "Jour", "Notes", "Surnom");
    static final ThunderbirdColumns SPANISH = new ThunderbirdColumns("Spanish", "Nombre", "Apellidos",
            "Nombre mostrado", "Dirección de correo electrónico principal",
            "Dirección de correo electrónico secundaria", "Teléfono (Trabajo)", "Teléfono particular", "Teléfono móvil",
            "Ciudad donde vive", "Ciudad (Trabajo)", "Puesto", "Organización", "Página web 1", "Página web 2",
            "Año de nacimiento", "Mes de nacimiento", "Día de nacimiento", "Notas", "Apodo");

    static final List<ThunderbirdColumns> LANGUAGES = List.of(ENGLISH, GERMAN, FRENCH, SPANISH);

    /** The columns without which a record cannot be read. */
    List<String> required() {
        return List.of(first, last, display, primaryEmail);
    }

    /**
     * The language of the Thunderbird export whose header names {@code columns}: the one whose primary email column
     * is there (no other exporter writes these names); null when none is.
     */
    static ThunderbirdColumns of(List<String> columns) {
        List<String> header = columns.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        for (ThunderbirdColumns language : LANGUAGES) {
            if (header.contains(language.primaryEmail.toLowerCase(Locale.ROOT))) {
                return language;
            }
        }
        return null;
    }
}
