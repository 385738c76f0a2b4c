package dev.kith.phonebook;

import dev.kith.phonebook.Fields.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A vCard's text as the server holds it, edited line by line: {@link #withFields} replaces only the
 * properties of the fields that changed and copies every other line (PHOTO, X- properties, groups,
 * BDAY, the UID) byte for byte, folding included. Linear in the length of the card. Immutable.
 */
final class CardText {
    private static final DateTimeFormatter REV = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Set<String> MANAGED = Set.of("FN", "N", "EMAIL", "TEL", "ORG", "TITLE", "ADR", "NOTE", "REV");

    /** One property: its physical lines as they were (folding kept), its name without group, and its unfolded text. */
    record Property(String raw, String name, String unfolded) {
        /** The value after the first colon outside quotes. */
        String value() {
            boolean quoted = false;
            for (int i = 0; i < unfolded.length(); i++) {
                char c = unfolded.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ':' && !quoted) {
                    return unfolded.substring(i + 1);
                }
            }
            return "";
        }
    }

    private final List<Property> properties;

    private CardText(List<Property> properties) {
        this.properties = List.copyOf(properties);
    }

    /** The properties of {@code text}, a single vCard (its structure already checked). */
    static CardText parse(String text) {
        List<Property> props = new ArrayList<>();
        StringBuilder raw = null;
        StringBuilder unfolded = null;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
                end++;
            }
            int next = end < text.length() && text.startsWith("\r\n", end) ? end + 2 : Math.min(text.length(), end + 1);
            String line = text.substring(start, end);
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && raw != null) {
                raw.append(text, start, next);
                unfolded.append(line, 1, line.length());
            } else if (!line.isBlank()) {
                if (raw != null) {
                    props.add(property(raw.toString(), unfolded.toString()));
                }
                raw = new StringBuilder(text.substring(start, next));
                unfolded = new StringBuilder(line);
            }
            start = next;
        }
        if (raw != null) {
            props.add(property(raw.toString(), unfolded.toString()));
        }
        return new CardText(props);
    }

    private static Property property(String raw, String unfolded) {
        String r = raw.endsWith("\n") ? raw : raw + "\r\n";
        int end = 0;
        while (end < unfolded.length() && unfolded.charAt(end) != ';' && unfolded.charAt(end) != ':') {
            end++;
        }
        String name = unfolded.substring(0, end).toUpperCase(Locale.ROOT);
        return new Property(r, name.substring(name.indexOf('.') + 1), unfolded);
    }

    /** The vCard version, 3.0 when the card does not say. */
    String version() {
        return first("VERSION").map(p -> p.value().strip()).orElse("3.0");
    }

    /**
     * Whether the card is a contact group, not a person: {@code KIND:group} (vCard 4.0) or Apple's
     * {@code X-ADDRESSBOOKSERVER-KIND:group} (vCard 3.0, as iCloud, macOS, iOS and DAVx5 write groups).
     */
    boolean isGroup() {
        return properties.stream().anyMatch(p -> (p.name().equals("KIND") || p.name().equals("X-ADDRESSBOOKSERVER-KIND"))
                && p.value().strip().equalsIgnoreCase("group"));
    }

    /** A contact group's name: its FN, else its N, unescaped and stripped; null when it has none. */
    String groupName() {
        String name = first("FN").map(p -> unescape(p.value()).strip()).filter(v -> !v.isEmpty())
                .orElseGet(() -> first("N").map(p -> unescape(p.value().replace(";", " ")).strip()).orElse(""));
        return name.isEmpty() ? null : name.replaceAll("\\s+", " ");
    }

    /**
     * A contact group's members as the UIDs of their cards: the values of {@code X-ADDRESSBOOKSERVER-MEMBER}
     * (iCloud, macOS, iOS, DAVx5) and {@code MEMBER} (vCard 4.0), a {@code urn:uuid:} prefix taken off.
     */
    List<String> members() {
        return properties.stream().filter(p -> p.name().equals("MEMBER") || p.name().equals("X-ADDRESSBOOKSERVER-MEMBER"))
                .map(p -> uidKey(p.value())).filter(v -> !v.isEmpty()).toList();
    }

    /** {@code uid} as groups name their members: stripped, without a {@code urn:uuid:} prefix (any case). */
    static String uidKey(String uid) {
        String v = uid == null ? "" : uid.strip();
        return v.regionMatches(true, 0, "urn:uuid:", 0, 9) ? v.substring(9).strip() : v;
    }

    /** The UID, or null. */
    String uid() {
        return first("UID").map(p -> p.value().strip()).orElse(null);
    }

    /** When the card was last changed (REV), or null when it does not say or cannot be read. */
    Instant revision() {
        String v = first("REV").map(p -> p.value().strip()).orElse(null);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            if (v.matches("\\d{8}T\\d{6}Z")) {
                return REV.parse(v, Instant::from);
            }
            if (v.matches("\\d{8}T\\d{6}")) {
                return LocalDateTime.parse(v, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")).toInstant(ZoneOffset.UTC);
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private java.util.Optional<Property> first(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The card with {@code merged} in place of {@code server} (what the card says now): properties of
     * unchanged fields and every property Kith does not model stay as they were; REV becomes {@code now}.
     */
    String withFields(Fields server, Fields merged, Instant now) {
        Lines out = new Lines(version());
        List<String> emails = new ArrayList<>(merged.emails());
        List<String> phones = new ArrayList<>(merged.phones());
        boolean nameChanged = !Fields.same(Field.NAME, server.name(), merged.name());
        boolean locationChanged = !Fields.same(Field.LOCATION, server.location(), merged.location());
        boolean adrDone = false;
        boolean hadRev = false;
        for (Property p : properties) {
            if (p.name().equals("END")) {
                continue;
            }
            if (!MANAGED.contains(p.name())) {
                out.raw(p.raw());
                continue;
            }
            switch (p.name()) {
                case "FN" -> out.keepOr(p, !nameChanged, () -> out.text("FN", merged.name()));
                case "N" -> out.keepOr(p, !nameChanged, () -> out.structured("N", names(merged.name())));
                case "EMAIL" -> keepListed(out, p, Field.EMAILS, emails);
                case "TEL" -> keepListed(out, p, Field.PHONES, phones);
                case "ORG" -> out.keepOr(p, Fields.same(Field.ORGANIZATION, server.organization(), merged.organization()),
                        () -> out.structured("ORG", merged.organization() == null ? null : List.of(merged.organization())));
                case "TITLE" -> out.keepOr(p, Fields.same(Field.TITLE, server.title(), merged.title()),
                        () -> out.text("TITLE", merged.title()));
                case "NOTE" -> out.keepOr(p, Fields.same(Field.NOTES, server.notes(), merged.notes()),
                        () -> out.text("NOTE", merged.notes()));
                case "ADR" -> {
                    if (!locationChanged || adrDone) {
                        out.raw(p.raw());
                    } else {
                        adrDone = true;
                        out.adr(p, merged.location());
                    }
                }
                case "REV" -> {
                    hadRev = true;
                    out.line("REV:" + REV.format(now));
                }
                default -> out.raw(p.raw());
            }
        }
        boolean had = properties.stream().anyMatch(p -> p.name().equals("FN"));
        if (!had && merged.name() != null) {
            out.text("FN", merged.name());
        }
        addMissing(out, "ORG", server.organization(), merged.organization(), v -> out.structured("ORG", List.of(v)));
        addMissing(out, "TITLE", server.title(), merged.title(), v -> out.text("TITLE", v));
        addMissing(out, "NOTE", server.notes(), merged.notes(), v -> out.text("NOTE", v));
        if (locationChanged && !adrDone && merged.location() != null) {
            out.structured("ADR", java.util.Arrays.asList("", "", "", merged.location(), "", "", ""));
        }
        emails.forEach(e -> out.line("EMAIL" + (out.v4 ? "" : ";TYPE=INTERNET") + ":" + e));
        phones.forEach(t -> out.line("TEL:" + t));
        if (!hadRev) {
            out.line("REV:" + REV.format(now));
        }
        out.line("END:VCARD");
        return out.toString();
    }

    private void addMissing(Lines out, String name, String server, String merged, java.util.function.Consumer<String> add) {
        boolean present = properties.stream().anyMatch(p -> p.name().equals(name));
        if (!present && merged != null && !Fields.same(Field.NOTES, server, merged)) {
            add.accept(merged);
        }
    }

    /** Keeps a list property whose value is still wanted (and strikes it from {@code wanted}), drops the others. */
    private static void keepListed(Lines out, Property p, Field field, List<String> wanted) {
        String key = Fields.key(field, unescape(p.value()));
        for (int i = 0; i < wanted.size(); i++) {
            if (Fields.key(field, wanted.get(i)).equals(key)) {
                wanted.remove(i);
                out.raw(p.raw());
                return;
            }
        }
    }

    /** A new vCard of {@code version} (3.0 or 4.0) for a person Kith adds to the address book. */
    static String create(String uid, String version, Fields f, Instant now) {
        Lines out = new Lines(version);
        out.line("BEGIN:VCARD");
        out.line("VERSION:" + (out.v4 ? "4.0" : "3.0"));
        out.line("PRODID:-//Kith//Phone contacts//EN");
        out.text("UID", uid);
        out.structured("N", names(f.name()));
        Fields none = new Fields(null, List.of(), List.of(), null, null, null, null);
        return out + new CardText(List.of()).withFields(none, f, now);
    }

    /** Family and given name from a display name: the last word is the family name. */
    static List<String> names(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        return space < 0 ? List.of(n, "", "", "", "") : List.of(n.substring(space + 1), n.substring(0, space), "", "", "");
    }

    static String unescape(String v) {
        if (v.indexOf('\\') < 0) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                b.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The lines of a card being written, folded at 75 octets, CRLF-terminated. */
    private static final class Lines {
        private final StringBuilder b = new StringBuilder();
        final boolean v4;

        Lines(String version) {
            this.v4 = version.startsWith("4");
        }

        void raw(String raw) {
            b.append(raw);
        }

        void keepOr(Property p, boolean keep, Runnable replace) {
            if (keep) {
                raw(p.raw());
            } else {
                replace.run();
            }
        }

        void text(String name, String value) {
            if (value != null) {
                line(name + ":" + escape(value, false));
            }
        }

        void structured(String name, List<String> parts) {
            if (parts != null) {
                line(name + ":" + String.join(";", parts.stream().map(s -> escape(s, true)).toList()));
            }
        }

        void adr(Property p, String locality) {
            String head = p.unfolded().substring(0, p.unfolded().length() - p.value().length());
            List<String> parts = new ArrayList<>(splitUnescaped(p.value()));
            while (parts.size() < 7) {
                parts.add("");
            }
            parts.set(3, locality == null ? "" : escape(locality, true));
            line(head + String.join(";", parts));
        }

        /** Appends {@code line} folded: at most 75 octets a line, never inside a character. */
        void line(String line) {
            int bytes = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + n > limit) {
                    b.append("\r\n ");
                    bytes = 1;
                    limit = 75;
                }
                b.appendCodePoint(cp);
                bytes += n;
                i += Character.charCount(cp);
            }
            b.append("\r\n");
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }

    private static List<String> splitUnescaped(String v) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                cur.append(c).append(v.charAt(++i));
            } else if (c == ';') {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }

    static String escape(String v, boolean component) {
        StringBuilder b = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                case ',' -> b.append("\\,");
                case ';' -> b.append("\\;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
