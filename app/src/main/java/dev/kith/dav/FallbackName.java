package dev.kith.dav;

import java.util.List;
import java.util.Locale;

/**
 * A name for a card that has none: a phone keeps a contact of just an email address or a phone number, written
 * with an empty {@code FN} and {@code N:;;;;}, and a contact in Kith needs a name. Such a card gets an {@code FN}
 * of its first email address, else its first phone number, as an address book would show it; a card with a name,
 * or with neither, is left as it is. Linear in the card. Thread-safe.
 */
final class FallbackName {
    private FallbackName() {
    }

    /** {@code text} with an FN when it names nobody but has an email or a phone; else {@code text} itself. */
    static String of(String text) {
        List<CardProperties.Property> props = CardProperties.of(text);
        boolean named = props.stream().anyMatch(p -> switch (p.name()) {
            case "FN", "ORG" -> !p.value().replace(";", "").isBlank();
            case "N" -> !p.value().replace(";", "").replace(",", "").isBlank();
            default -> false;
        });
        if (named) {
            return text;
        }
        String fallback = first(props, "EMAIL");
        if (fallback == null) {
            fallback = first(props, "TEL");
        }
        if (fallback == null) {
            return text;
        }
        String fn = "FN:" + fallback.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;");
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder out = new StringBuilder(text.length() + fn.length() + 2);
        boolean placed = false;
        for (String line : text.split("\r?\n", -1)) {
            String upper = line.toUpperCase(Locale.ROOT);
            int dot = upper.indexOf('.');
            int colon = upper.indexOf(':');
            String head = colon < 0 ? upper : upper.substring(dot >= 0 && dot < colon ? dot + 1 : 0, colon);
            if (!placed && colon >= 0 && (head.equals("FN") || head.startsWith("FN;")) && line.substring(colon + 1).isBlank()) {
                line = fn; // the empty FN a phone wrote
                placed = true;
            } else if (!placed && upper.strip().equals("END:VCARD")) {
                out.append(fn).append(newline);
                placed = true;
            }
            out.append(line).append(newline);
        }
        out.setLength(out.length() - newline.length()); // split kept the text's last line ending as an empty last part
        return out.toString();
    }

    private static String first(List<CardProperties.Property> props, String name) {
        for (CardProperties.Property p : props) {
            if (p.name().equals(name) && !p.value().isBlank()) {
                String v = p.value().strip();
                return v.regionMatches(true, 0, "tel:", 0, 4) ? v.substring(4) : v.regionMatches(true, 0, "mailto:", 0, 7)
                        ? v.substring(7) : v;
            }
        }
        return null;
    }
}
