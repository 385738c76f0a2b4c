package dev.kith.phonebook;

import dev.kith.contacts.Circle;
import dev.kith.contacts.Contact;
import dev.kith.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which Kith contacts go to the address book: all ({@link #ALL}), or the union of circles and tags
 * written {@code circle:close,tag:ala}. Immutable.
 */
public record PushScope(List<Circle> circles, List<String> tags, boolean all) {
    public static final PushScope ALL = new PushScope(List.of(), List.of(), true);

    public PushScope {
        circles = List.copyOf(circles);
        tags = List.copyOf(tags);
    }

    /** The scope {@code text} names ({@code all}, or {@code circle:NAME} and {@code tag:NAME}, comma-separated); null or blank: all. */
    public static PushScope parse(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("all")) {
            return ALL;
        }
        List<Circle> circles = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            int colon = p.indexOf(':');
            String kind = colon < 0 ? "" : p.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String name = colon < 0 ? "" : p.substring(colon + 1).strip();
            if (name.isEmpty() || !(kind.equals("circle") || kind.equals("tag"))) {
                throw new ValidationException("push", "expected circle:NAME or tag:NAME, not '" + p + "'");
            }
            if (kind.equals("circle")) {
                circles.add(Circle.parse("push", name));
            } else {
                tags.add(name);
            }
        }
        return new PushScope(circles, tags, false);
    }

    /** Whether {@code c} goes to the address book. */
    public boolean includes(Contact c) {
        return all || circles.contains(c.circle()) || c.tags().stream().anyMatch(t -> tags.stream().anyMatch(t::equalsIgnoreCase));
    }

    /** The scope as {@link #parse} reads it. */
    @Override
    public String toString() {
        if (all) {
            return "all";
        }
        List<String> parts = new ArrayList<>();
        circles.forEach(c -> parts.add("circle:" + c.code()));
        tags.forEach(t -> parts.add("tag:" + t));
        return String.join(",", parts);
    }
}
