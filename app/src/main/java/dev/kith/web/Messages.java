package dev.kith.web;

import dev.kith.core.AmbiguousNameException;
import dev.kith.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Error messages in plain words for pages: a sentence naming the field, never a code or an exception's prefix. */
final class Messages {
    private static final Pattern CANDIDATE = Pattern.compile("^(.*) \\(#(\\d{1,18})(?:, (.*))?\\)$");

    /** Fields that hold a date, so that "'2026-02-30' is not a valid date" reads "The due date '2026-02-30' …". */
    private static final java.util.Set<String> DATES = java.util.Set.of("due", "start", "end", "until", "since", "on");

    private Messages() {
    }

    /** One of several people a name matched: their id, name and what tells them apart (organization, archived). */
    record Candidate(long id, String name, String detail) {
    }

    /** The sentence for a failed field: "The name must not be blank", "The date 'x' is not a date". */
    static String field(ValidationException e) {
        return sentence(e.field(), e.reason());
    }

    /** {@code reason} about {@code field} as a sentence. */
    static String sentence(String field, String reason) {
        if (reason == null || reason.isBlank()) {
            return "Something in the form is not right.";
        }
        String r = reason.strip();
        if (field != null && !field.isBlank() && r.startsWith("'")) {
            String name = words(field);
            return "The " + name + (name.endsWith("date") || !DATES.contains(field) ? " " : " date ") + r + end(r);
        }
        if (field != null && !field.isBlank() && (r.startsWith("must") || r.startsWith("is ") || r.startsWith("cannot")
                || r.startsWith("should") || r.startsWith("needs"))) {
            String name = words(field);
            return "The " + name + (name.endsWith("date") || !DATES.contains(field) ? " " : " date ") + r + end(r);
        }
        return Character.toUpperCase(r.charAt(0)) + r.substring(1) + end(r);
    }

    private static String end(String r) {
        return r.endsWith(".") || r.endsWith("?") || r.endsWith("!") ? "" : ".";
    }

    /** A field name in words: "first-met" → "first met". */
    static String words(String field) {
        return field.replace('-', ' ').replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The people an ambiguous name matched (its candidates read "Name (#id, …)"), each with what tells
     * them apart: organization and title, else an email, and whether archived.
     */
    static List<Candidate> candidates(dev.kith.app.Kith book, AmbiguousNameException e) {
        List<Candidate> out = new ArrayList<>();
        for (String c : e.candidates()) {
            Matcher m = CANDIDATE.matcher(c);
            if (m.matches()) {
                long id = Long.parseLong(m.group(2));
                out.add(book.contacts().find(id).map(Messages::candidate)
                        .orElse(new Candidate(id, m.group(1), m.group(3))));
            }
        }
        return out;
    }

    /** A person as one choice among several of the same name. */
    static Candidate candidate(dev.kith.contacts.Contact c) {
        List<String> parts = new ArrayList<>();
        c.currentJob().ifPresent(j -> {
            String job = j.title() == null ? j.organization() : j.organization() == null ? j.title()
                    : j.title() + " at " + j.organization();
            if (job != null) {
                parts.add(job);
            }
        });
        if (parts.isEmpty() && !c.emails().isEmpty()) {
            parts.add(c.emails().getFirst());
        }
        if (c.archived()) {
            parts.add("archived");
        }
        return new Candidate(c.id(), c.name(), parts.isEmpty() ? null : String.join(", ", parts));
    }
}
