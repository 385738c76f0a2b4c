package dev.kith.capture.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The header fields of one message that capture reads: addresses, date, identity, threading, subject
 * and the fields that mark bulk, list and automatic mail. Any other field given to {@link #add} is
 * dropped, so a source may pass every field it has (an IMAP source passes the server's). Values are
 * unfolded text, not yet decoded (RFC 2047 words stay encoded). Not thread-safe.
 */
public final class Headers {
    /** The fields kept, lower case. */
    static final Set<String> WANTED = Set.of("from", "sender", "to", "cc", "bcc", "date", "message-id",
            "in-reply-to", "references", "subject", "list-id", "list-unsubscribe", "list-post", "mailing-list",
            "x-mailing-list", "precedence", "auto-submitted", "x-autoreply", "x-autorespond", "x-auto-reply",
            "x-gmail-labels", "x-spam-flag", "return-path", "content-type", "content-transfer-encoding",
            "content-class", "x-mozilla-draft-info", "x-uniform-type-identifier", "x-mozilla-status");
    /** Characters kept of one field; the rest of a longer one (a References of thousands of ids) is dropped. */
    static final int MAX_VALUE = 16 * 1024;
    private static final Set<String> ADDRESS_LISTS = Set.of("to", "cc", "bcc");

    private final Map<String, String> values = new HashMap<>();

    /** Whether capture keeps the field called {@code name} (any case). */
    public static boolean wanted(String name) {
        return WANTED.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Adds a field. A repeated To, Cc or Bcc is joined to the first with a comma; any other repeated
     * field keeps its first value. Returns this.
     */
    public Headers add(String name, String value) {
        String key = name.toLowerCase(Locale.ROOT).trim();
        if (!WANTED.contains(key) || value == null) {
            return this;
        }
        String v = unfold(value);
        if (v.length() > MAX_VALUE) {
            v = v.substring(0, MAX_VALUE);
        }
        String before = values.get(key);
        if (before == null) {
            values.put(key, v);
        } else if (ADDRESS_LISTS.contains(key) && before.length() + v.length() < MAX_VALUE) {
            values.put(key, before + ", " + v);
        }
        return this;
    }

    /** The value of the field called {@code name} (lower case), trimmed; null when absent. */
    public String get(String name) {
        String v = values.get(name);
        return v == null ? null : v.trim();
    }

    /** Whether the field is present, even empty. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** Whether no field was kept at all. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    private static String unfold(String value) {
        if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\r' && c != '\n') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
