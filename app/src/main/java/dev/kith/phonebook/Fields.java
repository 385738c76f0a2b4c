package dev.kith.phonebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.Employment;
import dev.kith.core.KithException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The values of one person that Kith and an address book share: name, emails, phones, organization,
 * title, location (the locality of an address) and notes. Text fields are null when unknown, lists
 * never null. Kith-only fields (how met, circle, strength, do-not-contact, tags) are not here, so they
 * never go out. Two values are {@linkplain #same the same} ignoring surrounding blanks, and for emails
 * case, and for lists order.
 */
record Fields(String name, List<String> emails, List<String> phones, String organization, String title,
              String location, String notes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    Fields {
        name = blankToNull(name);
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        organization = blankToNull(organization);
        title = blankToNull(title);
        location = blankToNull(location);
        notes = blankToNull(notes);
    }

    static Fields of(Contact c) {
        Employment job = c.currentJob().orElse(null);
        return new Fields(c.name(), c.emails(), c.phones(), job == null ? null : job.organization(),
                job == null ? null : job.title(), c.location(), c.notes());
    }

    static Fields of(ContactDraft d) {
        return new Fields(d.name(), d.emails(), d.phones(), d.organization(), d.title(), d.location(), d.notes());
    }

    /** The field names, in the order messages list them. */
    enum Field {
        NAME("name"), EMAILS("emails"), PHONES("phones"), ORGANIZATION("organization"), TITLE("title"),
        LOCATION("location"), NOTES("notes");

        final String label;

        Field(String label) {
            this.label = label;
        }

        Object get(Fields f) {
            return switch (this) {
                case NAME -> f.name;
                case EMAILS -> f.emails;
                case PHONES -> f.phones;
                case ORGANIZATION -> f.organization;
                case TITLE -> f.title;
                case LOCATION -> f.location;
                case NOTES -> f.notes;
            };
        }

        boolean isList() {
            return this == EMAILS || this == PHONES;
        }
    }

    /** {@code f} with {@code field} set to {@code value}. */
    @SuppressWarnings("unchecked")
    Fields with(Field field, Object value) {
        return switch (field) {
            case NAME -> new Fields((String) value, emails, phones, organization, title, location, notes);
            case EMAILS -> new Fields(name, (List<String>) value, phones, organization, title, location, notes);
            case PHONES -> new Fields(name, emails, (List<String>) value, organization, title, location, notes);
            case ORGANIZATION -> new Fields(name, emails, phones, (String) value, title, location, notes);
            case TITLE -> new Fields(name, emails, phones, organization, (String) value, location, notes);
            case LOCATION -> new Fields(name, emails, phones, organization, title, (String) value, notes);
            case NOTES -> new Fields(name, emails, phones, organization, title, location, (String) value);
        };
    }

    /** Whether every field of {@code this} and {@code other} is the same. */
    boolean sameAs(Fields other) {
        for (Field f : Field.values()) {
            if (!same(f, f.get(this), f.get(other))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code a} and {@code b}, values of {@code field}, are the same. */
    @SuppressWarnings("unchecked")
    static boolean same(Field field, Object a, Object b) {
        if (field.isList()) {
            return keys(field, (List<String>) a).equals(keys(field, (List<String>) b));
        }
        String x = a == null ? "" : ((String) a).strip();
        String y = b == null ? "" : ((String) b).strip();
        return x.equals(y);
    }

    /** The comparison key of one list value: an email without case, a phone without blanks and a tel: scheme. */
    static String key(Field field, String value) {
        String v = value.strip();
        if (field == Field.EMAILS) {
            return v.toLowerCase(Locale.ROOT);
        }
        if (v.regionMatches(true, 0, "tel:", 0, 4)) {
            v = v.substring(4);
        }
        return v.replace(" ", "");
    }

    static Set<String> keys(Field field, List<String> values) {
        Set<String> keys = new LinkedHashSet<>();
        for (String v : values) {
            keys.add(key(field, v));
        }
        return keys;
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new KithException("cannot write a phone contact snapshot: " + e.getMessage(), e);
        }
    }

    static Fields fromJson(String json) {
        try {
            return JSON.readValue(json, Fields.class);
        } catch (JsonProcessingException e) {
            throw new KithException("a stored phone contact snapshot is damaged: " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
