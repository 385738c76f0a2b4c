package dev.kith.io.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns Kith reads from an Outlook CSV export, by their names in one display language; where there are
 * several names, the first the file has a value in is used. Outlook names the columns in its display language,
 * and leaves some of them in English in some languages (Spanish and Brazilian Portuguese keep {@code E-mail
 * Address}; Spanish, Italian and Brazilian Portuguese keep {@code Notes} or {@code Business City}): the names
 * here are those of Microsoft's own table of Outlook's CSV columns per language (Exchange's contact import).
 */
record OutlookColumns(String language, String first, String middle, String last, List<String> company,
        List<String> jobTitle, List<String> businessCity, List<String> homeCity, List<String> notes,
        List<List<String>> emails, List<List<String>> phones, List<String> web, List<String> categories) {

    static final OutlookColumns ENGLISH = new OutlookColumns("English", "First Name", "Middle Name", "Last Name",
            List.of("Company"), List.of("Job Title"), List.of("Business City"), List.of("Home City"), List.of("Notes"),
            List.of(List.of("E-mail Address"), List.of("E-mail 2 Address"), List.of("E-mail 3 Address")),
            List.of(List.of("Mobile Phone"), List.of("Business Phone"), List.of("Home Phone"), List.of("Primary Phone"),
                    List.of("Business Phone 2"), List.of("Home Phone 2"), List.of("Company Main Phone"),
                    List.of("Other Phone"), List.of("Car Phone")),
            List.of("Web Page"), List.of("Categories"));
    static final OutlookColumns GERMAN = new OutlookColumns("German", "Vorname", "Weitere Vornamen", "Nachname",
            List.of("Firma"), List.of("Position"), List.of("Ort geschäftlich"), List.of("Ort privat"), List.of("Notizen"),
            List.of(List.of("E-Mail-Adresse"), List.of("E-Mail 2: Adresse"), List.of("E-Mail 3: Adresse")),
            List.of(List.of("Mobiltelefon"), List.of("Telefon geschäftlich"), List.of("Telefon privat"),
                    List.of("Haupttelefon"), List.of("Telefon geschäftlich 2"), List.of("Telefon privat 2"),
                    List.of("Telefon Firma"), List.of("Weiteres Telefon"), List.of("Autotelefon")),
            List.of("Webseite"), List.of("Kategorien"));
    /** French Outlook calls the honorific and the job title both {@code Titre}; some versions say {@code Fonction}. */
    static final OutlookColumns FRENCH = new OutlookColumns("French", "Prénom", "Deuxième prénom", "Nom",
            List.of("Société"), List.of("Titre#2", "Fonction"), List.of("Ville (bureau)"), List.of("Ville (domicile)"),
            List.of("Notes"),
            List.of(List.of("Adresse de messagerie"), List.of("Adresse de messagerie 2"), List.of("Adresse de messagerie 3")),
            List.of(List.of("Tél. mobile", "Téléphone mobile"), List.of("Téléphone (bureau)", "Téléphone bureau"),
                    List.of("Téléphone (domicile)", "Téléphone domicile"), List.of("Téléphone principal"),
                    List.of("Téléphone 2 (bureau)"), List.of("Téléphone 2 (domicile)"), List.of("Téléphone société"),
                    List.of("Téléphone (autre)"), List.of("Téléphone (voiture)")),
            List.of("Page Web"), List.of("Catégories"));
    /** Spanish Outlook keeps many English names, among them the first email's and the mobile phone's. */
    static final OutlookColumns SPANISH = new OutlookColumns("Spanish", "Nombre", "Segundo nombre", "Apellidos",
            List.of("Organización"), List.of("Puesto"), List.of("Ciudad de trabajo"), List.of("Home City"),
            List.of("Notes"),
            List.of(List.of("E-mail Address"), List.of("Dirección de correo electrónico 2"),
                    List.of("Dirección del correo electrónico 3")),
            List.of(List.of("Mobile Phone"), List.of("Teléfono del trabajo"), List.of("Particular"),
                    List.of("Teléfono principal"), List.of("Business Phone 2"), List.of("Home Phone 2"),
                    List.of("Número de centralita de la organización"), List.of("Otro teléfono"), List.of("Car Phone")),
            List.of("Página web"), List.of("Categorías"));
    static final OutlookColumns ITALIAN = new OutlookColumns("Italian", "Nome", "Secondo nome", "Cognome",
            List.of("Società"), List.of("Posizione"), List.of("Città (uff.)"), List.of("Città (ab.)"), List.of("Notes"),
            List.of(List.of("Indirizzo posta elettronica"), List.of("Indirizzo posta elettronica 2"),
                    List.of("Indirizzo posta elettronica 3")),
            List.of(List.of("Cellulare"), List.of("Ufficio"), List.of("Abitazione"), List.of("Telefono principale"),
                    List.of("Ufficio 2"), List.of("Abitazione 2"), List.of("Telefono principale società"),
                    List.of("Altro telefono"), List.of("Telefono auto")),
            List.of("Pagina Web"), List.of("Categorie"));
    static final OutlookColumns DUTCH = new OutlookColumns("Dutch", "Voornaam", "Middelste naam", "Achternaam",
            List.of("Bedrijf"), List.of("Functie"), List.of("Werkadres, plaats"), List.of("Huisadres, plaats"),
            List.of("Notities"),
            List.of(List.of("E-mailadres"), List.of("E-mailadres 2"), List.of("E-mailadres 3")),
            List.of(List.of("Mobiele telefoon"), List.of("Telefoon op werk"), List.of("Telefoon thuis"),
                    List.of("Hoofdtelefoon"), List.of("Telefoon op werk 2"), List.of("Telefoon thuis 2"),
                    List.of("Hoofdtelefoon bedrijf"), List.of("Andere telefoon"), List.of("Autotelefoon")),
            List.of("Webpagina"), List.of("Categorieën"));
    /** Brazilian Portuguese Outlook keeps the first email's and the business city's English names. */
    static final OutlookColumns PORTUGUESE_BRAZIL = new OutlookColumns("Portuguese (Brazil)", "Primeiro nome",
            "Segundo nome", "Sobrenome", List.of("Empresa"), List.of("Cargo"), List.of("Business City"),
            List.of("Cidade do endereço residencial"), List.of("Anotações"),
            List.of(List.of("E-mail Address"), List.of("Endereço de email 2"), List.of("Endereço de email 3")),
            List.of(List.of("Telefone celular"), List.of("Telefone comercial"), List.of("Telefone residencial"),
                    List.of("Telefone principal"), List.of("Telefone comercial 2"), List.of("Telefone residencial 2"),
                    List.of("Telefone principal da empresa"), List.of("Outro telefone"), List.of("Telefone do carro")),
            List.of("Página da Web"), List.of("Categorias"));

    static final List<OutlookColumns> LANGUAGES = List.of(ENGLISH, GERMAN, FRENCH, SPANISH, ITALIAN, DUTCH,
            PORTUGUESE_BRAZIL);

    /** Every column of Outlook's English export, Kith's or not, lower case: not unknown in any export. */
    private static final Set<String> ENGLISH_EXPORT = Set.of("title", "first name", "middle name", "last name",
            "suffix", "company", "department", "job title", "business street", "business street 2", "business street 3",
            "business city", "business state", "business postal code", "business country/region", "home street",
            "home street 2", "home street 3", "home city", "home state", "home postal code", "home country/region",
            "other street", "other street 2", "other street 3", "other city", "other state", "other postal code",
            "other country/region", "assistant's phone", "business fax", "business phone", "business phone 2",
            "callback", "car phone", "company main phone", "home fax", "home phone", "home phone 2", "isdn",
            "mobile phone", "other fax", "other phone", "pager", "primary phone", "radio phone", "tty/tdd phone",
            "telex", "account", "anniversary", "assistant's name", "billing information", "birthday",
            "business address po box", "categories", "children", "directory server", "e-mail address", "e-mail type",
            "e-mail display name", "e-mail 2 address", "e-mail 2 type", "e-mail 2 display name", "e-mail 3 address",
            "e-mail 3 type", "e-mail 3 display name", "gender", "government id number", "hobby", "home address po box",
            "initials", "internet free busy", "keywords", "language", "location", "manager's name", "mileage", "notes",
            "office location", "organizational id number", "other address po box", "priority", "private", "profession",
            "referred by", "sensitivity", "spouse", "user 1", "user 2", "user 3", "user 4", "web page");
    /** Columns every Outlook export has, whatever its language: Outlook keeps this one's name in nearly all. */
    private static final Set<String> LANGUAGE_NEUTRAL = Set.of("isdn", "rnis", "rdis");
    /** Fewer columns than Outlook ever writes (it writes about 90). */
    private static final int OUTLOOK_WIDTH = 40;

    /** The columns without which a record cannot be read: first and last name and the first email. */
    List<String> required() {
        return List.of(first, last, emails.getFirst().getFirst());
    }

    /** Every column name of this language, lower case ("Titre#2" as "titre"). */
    private Set<String> names() {
        Set<String> all = new LinkedHashSet<>();
        List<String> one = new ArrayList<>(List.of(first, middle, last));
        one.addAll(company);
        one.addAll(jobTitle);
        one.addAll(businessCity);
        one.addAll(homeCity);
        one.addAll(notes);
        emails.forEach(one::addAll);
        phones.forEach(one::addAll);
        one.addAll(web);
        one.addAll(categories);
        for (String n : one) {
            int hash = n.indexOf('#');
            all.add((hash < 0 ? n : n.substring(0, hash)).toLowerCase(Locale.ROOT));
        }
        return all;
    }

    /**
     * The language of the export whose header names {@code columns}: of those whose required columns are all there,
     * the one that names most of them (Spanish Outlook shares {@code E-mail Address} with English); null when none.
     */
    static OutlookColumns of(List<String> columns) {
        Set<String> header = lower(columns);
        OutlookColumns best = null;
        long bestScore = -1;
        for (OutlookColumns language : LANGUAGES) {
            if (!language.required().stream().allMatch(c -> header.contains(c.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            long score = language.names().stream().filter(header::contains).count();
            if (score > bestScore) {
                best = language;
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether a header of {@code columns} names the first email column of an Outlook export in a known language. */
    static boolean namesAnEmailColumn(List<String> columns) {
        Set<String> header = lower(columns);
        return LANGUAGES.stream().anyMatch(l -> header.contains(l.emails.getFirst().getFirst().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a header of {@code columns} is an Outlook export's in any language: about 90 columns, among them
     * {@code ISDN}, which Outlook names so in nearly every language.
     */
    static boolean outlookShaped(List<String> columns) {
        return columns.size() >= OUTLOOK_WIDTH && lower(columns).stream().anyMatch(LANGUAGE_NEUTRAL::contains);
    }

    /**
     * The columns of {@code columns} that no language Kith knows names, in the file's order (those Outlook leaves
     * in English, such as {@code Directory Server}, are not among them).
     */
    static List<String> unknown(List<String> columns) {
        Set<String> known = new java.util.HashSet<>(ENGLISH_EXPORT);
        LANGUAGES.forEach(l -> known.addAll(l.names()));
        return columns.stream().filter(c -> !c.isBlank() && !known.contains(c.strip().toLowerCase(Locale.ROOT))).toList();
    }

    /** "English, German, ... and Portuguese (Brazil)": the languages Kith reads. */
    static String languages() {
        List<String> names = LANGUAGES.stream().map(OutlookColumns::language).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static Set<String> lower(List<String> columns) {
        Set<String> out = new java.util.HashSet<>();
        columns.forEach(c -> out.add(c.strip().toLowerCase(Locale.ROOT)));
        return out;
    }
}
