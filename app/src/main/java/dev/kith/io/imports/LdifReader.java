package dev.kith.io.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * LDIF address books, as Thunderbird's "Export" writes them and as Evolution, macOS and OpenLDAP tools
 * write people ({@link LdifScanner} reads the structure). Thunderbird's attributes, and the other names
 * its attribute map accepts for them: {@code cn} (the name; {@code displayName} when there is none),
 * {@code givenName}, {@code sn}, {@code mail} and {@code mozillaSecondEmail} (emails), {@code mobile},
 * {@code telephoneNumber} and {@code homePhone} (phones; fax and pager numbers are left out), {@code o}
 * (organization), {@code title}, {@code l} (the work city, else {@code mozillaHomeLocalityName}: the
 * location), {@code mozillaWorkUrl}, {@code mozillaHomeUrl} and {@code labeledURI} (web addresses),
 * {@code description} (notes). Kith keeps no birthday: {@code birthyear}, {@code birthmonth} and
 * {@code birthday} are only checked, and an impossible one is a warning, as for a vCard's BDAY. Any
 * other attribute is ignored. A value given with options ({@code cn;lang-de}) counts only when the
 * attribute has no plain one. A mailing list ({@code objectclass: groupOfNames}) is skipped with a
 * warning; so is a value Kith would read that is a link ({@code attr:< URL}: never fetched) or binary.
 */
final class LdifReader {
    private static final Set<String> LISTS = Set.of("groupofnames", "groupofuniquenames");
    private static final Set<String> READ = Set.of("cn", "commonname", "displayname", "givenname", "sn", "surname",
            "mail", "mozillasecondemail", "xmozillasecondemail", "mobile", "cellphone", "carphone", "telephonenumber",
            "homephone", "o", "company", "title", "l", "locality", "mozillahomelocalityname", "mozillaworkurl",
            "workurl", "labeleduri", "mozillahomeurl", "homeurl", "description", "notes", "birthyear", "birthmonth",
            "birthday");

    private LdifReader() {
    }

    static List<Row> read(String file, String text, Warnings warnings) {
        List<Row> rows = new ArrayList<>();
        LdifScanner.scan(file, text, entry -> {
            Row row = row(file, entry, warnings);
            if (row != null) {
                rows.add(row);
            }
        });
        return rows;
    }

    private static Row row(String file, LdifScanner.Entry entry, Warnings warnings) {
        Values v = new Values(entry);
        if (v.all("objectclass").stream().anyMatch(c -> LISTS.contains(c.strip().toLowerCase(Locale.ROOT)))) {
            warnings.add(file, entry.line(), "skipped: a mailing list, not a person (lists are not imported)");
            warnings.skip(entry.line(), "a mailing list, not a person");
            return null;
        }
        for (LdifScanner.Attribute a : entry.attributes()) {
            if (a.problem() != null && READ.contains(a.name())) {
                warnings.add(file, a.line(), a.name() + ": " + a.problem() + " (field dropped)");
            }
        }
        RowBuilder b = new RowBuilder(file, entry.line(), warnings)
                .name(v.first("cn", "commonname", "displayname"))
                .given(v.first("givenname"))
                .family(v.first("sn", "surname"))
                .organization(v.first("o", "company"))
                .title(v.first("title"))
                .location(v.first("l", "locality", "mozillahomelocalityname"));
        for (String name : List.of("mail", "mozillasecondemail", "xmozillasecondemail")) {
            v.all(name).forEach(b::email);
        }
        for (String name : List.of("mobile", "cellphone", "carphone", "telephonenumber", "homephone")) {
            v.all(name).forEach(b::phone);
        }
        for (String name : List.of("mozillaworkurl", "workurl", "labeleduri", "mozillahomeurl", "homeurl")) {
            // labeledURI is "URL label": the address is its first word
            v.all(name).forEach(u -> b.url(u.strip().split("\\s+", 2)[0]));
        }
        List<String> notes = new ArrayList<>(v.all("description"));
        notes.addAll(v.all("notes"));
        notes.removeIf(String::isBlank);
        b.notes(notes.isEmpty() ? null : String.join("\n", notes));
        checkBirthday(v, b);
        return b.build();
    }

    /** Warns when Thunderbird's birthday parts name no real day (Kith does not keep birthdays). */
    private static void checkBirthday(Values v, RowBuilder b) {
        Birthdays.check(b, "birthday", v.first("birthyear"), v.first("birthmonth"), v.first("birthday"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A record's usable values by attribute name: those without options first, then those with. */
    private static final class Values {
        private final Map<String, List<String>> plain = new HashMap<>();
        private final Map<String, List<String>> tagged = new HashMap<>();

        Values(LdifScanner.Entry entry) {
            for (LdifScanner.Attribute a : entry.attributes()) {
                if (a.value() != null) {
                    (a.options() ? tagged : plain).computeIfAbsent(a.name(), k -> new ArrayList<>()).add(a.value());
                }
            }
        }

        /** Every value of {@code name}: the plain ones, or when there are none those with options. */
        List<String> all(String name) {
            List<String> values = plain.get(name);
            return values != null ? values : tagged.getOrDefault(name, List.of());
        }

        /** The first non-blank value of the first of {@code names} that has one; null when none has. */
        String first(String... names) {
            for (String name : names) {
                for (String value : all(name)) {
                    if (!value.isBlank()) {
                        return value;
                    }
                }
            }
            return null;
        }
    }
}
