package dev.kith.web;

import dev.kith.contacts.Circle;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import dev.kith.contacts.Employment;
import dev.kith.core.Dates;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The add/edit contact form as typed: every value as text (lists one per line or comma-separated)
 * and, after {@link #validate}, one message per field at fault. Field names are the ones the domain
 * reports ({@code email}, {@code linkedin}, {@code cadence}...), so messages land next to their input.
 */
record ContactForm(Map<String, String> values, Map<String, String> errors) {
    static final List<String> FIELDS = List.of("name", "email", "phone", "organization", "title", "location",
            "linkedin", "website", "tag", "interest", "how-met", "first-met", "circle", "cadence", "do-not-contact",
            "notes");

    ContactForm {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    static ContactForm empty() {
        return new ContactForm(Map.of("circle", Circle.NETWORK.code()), Map.of());
    }

    static ContactForm from(Function<String, String> param) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String v = param.apply(f);
            if (v != null) {
                values.put(f, v);
            }
        }
        return new ContactForm(values, Map.of());
    }

    static ContactForm of(Contact c) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", c.name());
        v.put("email", String.join("\n", c.emails()));
        v.put("phone", String.join("\n", c.phones()));
        c.currentJob().map(Employment::organization).ifPresent(o -> v.put("organization", o));
        c.currentJob().map(Employment::title).ifPresent(t -> v.put("title", t));
        putIf(v, "location", c.location());
        putIf(v, "linkedin", c.linkedinUrl());
        putIf(v, "website", c.website());
        v.put("tag", String.join(", ", c.tags()));
        v.put("interest", String.join(", ", c.interests()));
        putIf(v, "how-met", c.howMet().text());
        if (c.howMet().firstMet() != null) {
            v.put("first-met", c.howMet().firstMet().toString());
        }
        v.put("circle", c.circle().code());
        if (c.cadenceDays() != null) {
            v.put("cadence", String.valueOf(c.cadenceDays()));
        }
        if (c.doNotContact()) {
            v.put("do-not-contact", "on");
        }
        putIf(v, "notes", c.notes());
        return new ContactForm(v, Map.of());
    }

    String value(String field) {
        return values.getOrDefault(field, "");
    }

    String error(String field) {
        return errors.get(field);
    }

    boolean checked(String field) {
        return values.containsKey(field) && !values.get(field).isBlank();
    }

    ContactForm withError(String field, String message) {
        Map<String, String> e = new LinkedHashMap<>(errors);
        e.putIfAbsent(FIELDS.contains(field) ? field : "name", message);
        return new ContactForm(values, e);
    }

    /** This form with a message for every field at fault, each checked on its own. */
    ContactForm validate() {
        Map<String, String> found = new LinkedHashMap<>();
        check(found, "name", b -> { }, value("name"));
        check(found, "email", b -> b.emails(list(value("email"))), "x");
        check(found, "phone", b -> b.phones(list(value("phone"))), "x");
        check(found, "tag", b -> b.tags(list(value("tag"))), "x");
        check(found, "interest", b -> b.interests(list(value("interest"))), "x");
        check(found, "linkedin", b -> b.linkedinUrl(value("linkedin")), "x");
        check(found, "website", b -> b.website(value("website")), "x");
        check(found, "first-met", b -> b.firstMet(firstMet()), "x");
        check(found, "circle", b -> b.circle(circle()), "x");
        check(found, "cadence", b -> b.cadenceDays(cadence()), "x");
        return new ContactForm(values, found);
    }

    ContactDraft toDraft() {
        return ContactDraft.builder(value("name")).emails(list(value("email"))).phones(list(value("phone")))
                .organization(value("organization")).title(value("title")).location(value("location"))
                .linkedinUrl(value("linkedin")).website(value("website")).tags(list(value("tag")))
                .interests(list(value("interest"))).howMet(value("how-met")).firstMet(firstMet()).circle(circle())
                .cadenceDays(cadence()).doNotContact(checked("do-not-contact")).notes(value("notes")).build();
    }

    /** The changes from {@code before} to this form, as a patch. */
    ContactPatch toPatch(Contact before) {
        Integer cadence = cadence();
        return ContactPatch.builder().name(value("name")).organization(value("organization")).title(value("title"))
                .location(value("location")).linkedinUrl(value("linkedin")).website(value("website"))
                .howMet(value("how-met")).firstMet(firstMet()).circle(circle()).cadenceDays(cadence)
                .clearCadence(cadence == null && before.cadenceDays() != null)
                .doNotContact(checked("do-not-contact")).notes(value("notes"))
                .addEmails(added(before.emails(), list(value("email"))))
                .removeEmails(added(list(value("email")), before.emails()))
                .addPhones(added(before.phones(), list(value("phone"))))
                .removePhones(added(list(value("phone")), before.phones()))
                .addTags(added(before.tags(), lower(list(value("tag")))))
                .removeTags(added(lower(list(value("tag"))), before.tags()))
                .addInterests(added(before.interests(), lower(list(value("interest")))))
                .removeInterests(added(lower(list(value("interest"))), before.interests()))
                .build();
    }

    private void check(Map<String, String> found, String field, Consumer<ContactDraft.Builder> fill, String name) {
        try {
            ContactDraft.Builder b = ContactDraft.builder(name);
            fill.accept(b);
            b.build();
        } catch (ValidationException e) {
            found.putIfAbsent(field, e.reason());
        }
    }

    private LocalDate firstMet() {
        return Text.blankToNull(value("first-met")) == null ? null : Dates.parse("first-met", value("first-met"));
    }

    private Circle circle() {
        return Text.blankToNull(value("circle")) == null ? null : Circle.parse("circle", value("circle"));
    }

    private Integer cadence() {
        return Params.optionalInteger("cadence", value("cadence"));
    }

    static List<String> list(String text) {
        return Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")).toList();
    }

    /** Values of {@code after} not in {@code before}, ignoring case. */
    private static List<String> added(List<String> before, List<String> after) {
        List<String> keys = before.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList();
        List<String> result = new ArrayList<>();
        for (String v : after) {
            if (!keys.contains(v.toLowerCase(java.util.Locale.ROOT))) {
                result.add(v);
            }
        }
        return result;
    }

    private static void putIf(Map<String, String> v, String key, String value) {
        if (value != null) {
            v.put(key, value);
        }
    }
}
