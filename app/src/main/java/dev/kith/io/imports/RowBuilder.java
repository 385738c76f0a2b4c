package dev.kith.io.imports;

import dev.kith.contacts.ContactDraft;
import dev.kith.core.ValidationException;
import dev.kith.io.ImportException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Collects what a file says about one person and builds a validated {@link Row}; a value Kith
 * refuses (an address that is not an email, a name with control characters) becomes an
 * {@link ImportException} naming the file and line.
 */
final class RowBuilder {
    private final String file;
    private final long line;
    private String name;
    private String given;
    private String family;
    private final List<String> emails = new ArrayList<>();
    private final List<String> phones = new ArrayList<>();
    private String organization;
    private String title;
    private String location;
    private String linkedin;
    private String website;
    private final LinkedHashSet<String> tags = new LinkedHashSet<>();
    private LocalDate firstMet;
    private String notes;

    RowBuilder(String file, long line) {
        this.file = file;
        this.line = line;
    }

    RowBuilder name(String v) { name = v; return this; }
    RowBuilder given(String v) { given = v; return this; }
    RowBuilder family(String v) { family = v; return this; }
    RowBuilder organization(String v) { organization = v; return this; }
    RowBuilder title(String v) { title = v; return this; }
    RowBuilder location(String v) { location = v; return this; }
    RowBuilder firstMet(LocalDate v) { firstMet = v; return this; }
    RowBuilder notes(String v) { notes = v; return this; }

    RowBuilder email(String v) {
        if (v != null && !v.isBlank()) {
            emails.add(v.strip());
        }
        return this;
    }

    RowBuilder phone(String v) {
        if (v != null && !v.isBlank()) {
            phones.add(v.strip());
        }
        return this;
    }

    RowBuilder tag(String v) {
        if (v != null && !v.isBlank()) {
            tags.add(v.strip());
        }
        return this;
    }

    /** A web address: LinkedIn profiles go to the LinkedIn field, the first other one to the website. */
    RowBuilder url(String v) {
        if (v == null || v.isBlank()) {
            return this;
        }
        if (v.toLowerCase(java.util.Locale.ROOT).contains("linkedin.com/")) {
            linkedin = linkedin == null ? v.strip() : linkedin;
        } else if (website == null) {
            website = v.strip();
        }
        return this;
    }

    /** The row, or null when the record names nobody (no name, organization or email at all); a company-only record is named after the company. */
    Row build() {
        String display = blank(name) ? String.join(" ", nonBlank(given, family)) : name;
        if (blank(display)) {
            display = !blank(organization) ? organization : emails.isEmpty() ? null : emails.getFirst();
        }
        if (blank(display)) {
            return null;
        }
        try {
            return new Row(line, ContactDraft.builder(display).givenName(given).familyName(family).emails(emails)
                    .phones(phones).organization(organization).title(title).location(location).linkedinUrl(linkedin)
                    .website(website).tags(List.copyOf(tags)).firstMet(firstMet).notes(notes).build());
        } catch (ValidationException e) {
            throw new ImportException(file, line, e.getMessage());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> nonBlank(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (!blank(v)) {
                out.add(v.strip());
            }
        }
        return out;
    }
}
