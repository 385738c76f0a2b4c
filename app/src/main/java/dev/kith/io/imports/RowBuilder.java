package dev.kith.io.imports;

import dev.kith.contacts.ContactDraft;
import dev.kith.core.Limits;
import dev.kith.core.ValidationException;
import dev.kith.io.ImportException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Collects what a file says about one person and builds a validated {@link Row}. A value Kith refuses
 * (an address that is not an email, a note over 64 KB, a web address that is not one) is dropped with
 * a warning naming the file, line, field and reason, and the person is kept; only a person left with
 * no usable name at all is skipped (also with a warning). Clean records take one validation; only a
 * refused one is checked field by field.
 */
final class RowBuilder {
    private final String file;
    private final long line;
    private final Warnings warnings;
    private String name;
    private String given;
    private String family;
    private String nickname;
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
    private boolean organizationCard;
    /** The line the values given next come from, when it is not the record's (a vCard property's own); 0: the record's. */
    private long at;
    /** The lines of the single values that came from another line than the record's, by field. */
    private final java.util.Map<String, Long> lines = new java.util.HashMap<>();
    private final List<Long> emailLines = new ArrayList<>();
    private final List<Long> phoneLines = new ArrayList<>();

    RowBuilder(String file, long line, Warnings warnings) {
        this.file = file;
        this.line = line;
        this.warnings = warnings;
    }

    /** Adds a warning about this record, e.g. a date that cannot be read. */
    void warn(String message) {
        warnings.add(file, line, message);
    }

    /**
     * The values given next come from line {@code source} of the file (a vCard property's own line), and a warning
     * about one of them names that line; 0 goes back to the record's line.
     */
    RowBuilder at(long source) {
        at = source;
        return this;
    }

    RowBuilder name(String v) { name = v; return from("name"); }
    RowBuilder given(String v) { given = v; return from("given"); }
    RowBuilder family(String v) { family = v; return from("family"); }
    /** A nickname: the record's name only when it gives no other (a phone's "Mom"). */
    RowBuilder nickname(String v) { nickname = v; return from("nickname"); }
    RowBuilder organization(String v) { organization = v; return from("organization"); }
    RowBuilder title(String v) { title = v; return from("title"); }
    RowBuilder location(String v) { location = v; return from("location"); }

    /** Notes that {@code field} was last given from the current line. */
    private RowBuilder from(String field) {
        if (at > 0) {
            lines.put(field, at);
        } else {
            lines.remove(field);
        }
        return this;
    }

    /** The line {@code field}'s value came from. */
    private long lineOf(String field) {
        return lines.getOrDefault(field, line);
    }
    RowBuilder firstMet(LocalDate v) { firstMet = v; return this; }

    /** The record says it is an organization's (vCard 4.0 {@code KIND:org}, Apple's {@code X-ABShowAs:COMPANY}). */
    RowBuilder organizationCard(boolean v) { organizationCard = v; return this; }

    /** The notes, their line breaks made plain: Windows exporters end lines with CR LF (or a lone CR). */
    RowBuilder notes(String v) {
        notes = v == null || v.indexOf('\r') < 0 ? v : v.replace("\r\n", "\n").replace('\r', '\n');
        return from("notes");
    }

    RowBuilder email(String v) {
        if (v != null && !v.isBlank()) {
            emails.add(v.strip());
            emailLines.add(at > 0 ? at : line);
        }
        return this;
    }

    RowBuilder phone(String v) {
        if (v != null && !v.isBlank()) {
            phones.add(v.strip());
            phoneLines.add(at > 0 ? at : line);
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
            if (linkedin == null) {
                linkedin = v.strip();
                from("linkedin");
            }
        } else if (website == null) {
            website = v.strip();
            from("website");
        }
        return this;
    }

    /**
     * The row, or null when the record names nobody (no name, nickname, organization, email or phone number at
     * all); a company-only record is named after the company, and a record with nothing else to call it by after
     * its first email address or phone number, as a phone lists a number saved without a name.
     */
    Row build() {
        String display = display();
        if (blank(display)) {
            if (!blank(linkedin) || !blank(website) || !blank(title) || !blank(location)) {
                warn("skipped: no name, organization, email or phone");
            }
            warnings.skip(line, "no name, organization, email or phone");
            return null;
        }
        try {
            return new Row(line, draft(display));
        } catch (ValidationException e) {
            return tolerant();
        }
    }

    private String display() {
        String display = blank(name) ? String.join(" ", nonBlank(given, family)) : name;
        if (blank(display)) {
            display = !blank(nickname) ? nickname.strip() : !blank(organization) ? organization
                    : !emails.isEmpty() ? emails.getFirst() : phones.isEmpty() ? null : phones.getFirst();
        }
        return display;
    }

    /** Whether the record is named by its nickname: it gives no name, given name or family name. */
    private boolean namedByNickname() {
        return blank(name) && blank(given) && blank(family) && !blank(nickname);
    }

    private ContactDraft draft(String display) {
        boolean company = organizationOnly(display);
        String org = company && blank(organization) ? display : organization;
        return ContactDraft.builder(display).givenName(given).familyName(family).emails(emails)
                .phones(phones).organization(org).organizationOnly(company).title(title).location(location).linkedinUrl(linkedin)
                .website(website).tags(List.copyOf(tags)).firstMet(firstMet).notes(notes).build();
    }

    /**
     * Whether the record is an organization's rather than a person's: it names no person (no given or family
     * name) and is named by its organization (a company-only entry of an address book or a CSV with only the
     * Company column filled), or says it is one. Its name is then not split into invented first and last names.
     */
    private boolean organizationOnly(String display) {
        if (!blank(given) || !blank(family)) {
            return false;
        }
        if (organizationCard) {
            return true;
        }
        if (namedByNickname()) {
            return false;
        }
        return !blank(organization) && (blank(name)
                || ContactDraft.namedByOrganization(display, given, family, organization));
    }

    /** The row after dropping, with a warning each, the fields Kith refuses; null when no usable name is left. */
    private Row tolerant() {
        given = checked(given, lineOf("given"), v -> ContactDraft.builder("x").givenName(v).build());
        family = checked(family, lineOf("family"), v -> ContactDraft.builder("x").familyName(v).build());
        organization = checked(organization, lineOf("organization"), v -> ContactDraft.builder("x").organization(v).build());
        title = checked(title, lineOf("title"), v -> ContactDraft.builder("x").title(v).build());
        location = checked(location, lineOf("location"), v -> ContactDraft.builder("x").location(v).build());
        linkedin = checked(linkedin, lineOf("linkedin"), v -> ContactDraft.builder("x").linkedinUrl(v).build());
        website = checked(website, lineOf("website"), v -> ContactDraft.builder("x").website(v).build());
        notes = checked(notes, lineOf("notes"), v -> ContactDraft.builder("x").notes(v).build());
        checkedAll(emails, emailLines, v -> ContactDraft.builder("x").email(v).build());
        checkedAll(phones, phoneLines, v -> ContactDraft.builder("x").phone(v).build());
        List<String> labels = new ArrayList<>(tags);
        checkedAll(labels, null, v -> ContactDraft.builder("x").tag(v).build());
        tags.retainAll(labels);
        if (!blank(name) && checked(name, lineOf("name"), v -> ContactDraft.builder(v).build()) == null) {
            name = null;
        }
        if (!blank(nickname) && checked(nickname, lineOf("nickname"), v -> ContactDraft.builder(v).build()) == null) {
            nickname = null;
        }
        String display = display();
        if (blank(display) || checked(display, line, v -> ContactDraft.builder(v).build()) == null) {
            warn("skipped: no usable name, organization, email or phone");
            warnings.skip(line, "no usable name, organization, email or phone");
            return null;
        }
        try {
            return new Row(line, draft(display));
        } catch (ValidationException e) {
            throw new ImportException(file, line, e.getMessage());
        }
    }

    /** {@code value}, or null with a warning on {@code at} (the line it came from) when {@code check} refuses it. */
    private String checked(String value, long at, java.util.function.Consumer<String> check) {
        if (blank(value)) {
            return value;
        }
        try {
            check.accept(value);
            return value;
        } catch (ValidationException e) {
            warnings.add(file, at, e.getMessage() + " (field dropped)");
            return null;
        }
    }

    /**
     * Removes from {@code values}, with a warning each on its line in {@code from} (the record's when null), those
     * {@code check} refuses, and any past {@link Limits#LIST}.
     */
    private void checkedAll(List<String> values, List<Long> from, java.util.function.Consumer<String> check) {
        List<String> kept = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            long at = from == null || i >= from.size() ? line : from.get(i);
            if (checked(values.get(i), at, check) != null) {
                kept.add(values.get(i));
            }
        }
        values.clear();
        values.addAll(kept);
        if (values.size() > Limits.LIST) {
            warn(values.size() + " values in one field; the first " + Limits.LIST + " are kept");
            values.subList(Limits.LIST, values.size()).clear();
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
