package dev.kith.cards;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A client's card with Kith's changes spliced in line by line: every line of a property Kith does not model
 * (BDAY, ANNIVERSARY, REV, PHOTO, X- properties, ...) and every line of a modelled one whose value still holds is
 * kept as the client wrote it, folding and line ends included; only the modelled properties that changed are
 * written anew. Linear in the length of the card (plus one small parse per modelled line). Thread-safe.
 */
final class CardLines {
    /** The properties Kith puts its fields into (see {@link CardText}); every other line is the client's. */
    private static final Set<String> MODELLED = Set.of("FN", "N", "EMAIL", "TEL", "ORG", "TITLE", "ADR", "NOTE", "UID");

    /** One logical line: as written (folding and line end kept), its name without group, upper case, and unfolded. */
    record Line(String raw, String name, String unfolded) {
    }

    private CardLines() {
    }

    /**
     * {@code sent}, the client's card, with the modelled properties of {@code merged} (the same card after Kith's
     * fields were put in, as written by ez-vcard in {@code version}): a modelled line of {@code sent} whose property
     * {@code merged} still holds is kept as sent, one it no longer holds is dropped, and a new one is written after
     * the last of its kind (or before END when the card had none).
     */
    static String splice(String sent, String merged, VCardVersion version) {
        List<Line> lines = split(sent);
        String end = lines.isEmpty() || lines.getFirst().raw().endsWith("\r\n") ? "\r\n" : "\n";
        Map<String, List<Line>> fresh = new LinkedHashMap<>();
        for (Line l : split(merged)) {
            if (MODELLED.contains(l.name())) {
                fresh.computeIfAbsent(l.name(), k -> new ArrayList<>()).add(l);
            }
        }
        Map<String, Integer> last = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            last.put(lines.get(i).name(), i);
        }
        StringBuilder out = new StringBuilder(sent.length() + 256);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (MODELLED.contains(l.name())) {
                List<Line> wanted = fresh.getOrDefault(l.name(), new ArrayList<>());
                Line held = held(l, wanted, version);
                if (held != null) {
                    wanted.remove(held);
                    out.append(l.raw());
                }
                if (last.get(l.name()) == i) {
                    wanted.forEach(w -> out.append(withEnd(w.raw(), end)));
                    wanted.clear();
                }
            } else if (l.name().equals("END")) {
                fresh.values().forEach(ws -> ws.forEach(w -> out.append(withEnd(w.raw(), end))));
                fresh.clear();
                out.append(l.raw());
            } else {
                out.append(l.raw());
            }
        }
        return out.toString();
    }

    /** The line of {@code wanted} that says what {@code l} says (as ez-vcard would write {@code l}), or null. */
    private static Line held(Line l, List<Line> wanted, VCardVersion version) {
        if (wanted.isEmpty()) {
            return null;
        }
        for (Line w : wanted) {
            if (w.unfolded().equals(l.unfolded())) {
                return w;
            }
        }
        String written = rewritten(l, version);
        for (Line w : wanted) {
            if (w.unfolded().equals(written)) {
                return w;
            }
        }
        return null;
    }

    /** {@code l} read alone and written again by ez-vcard, unfolded; "" when it cannot be read. */
    private static String rewritten(Line l, VCardVersion version) {
        String raw = l.raw().endsWith("\n") ? l.raw() : l.raw() + "\r\n";
        VCard one;
        try {
            one = Ezvcard.parse("BEGIN:VCARD\r\nVERSION:" + version.getVersion() + "\r\n" + raw + "END:VCARD\r\n").first();
        } catch (RuntimeException e) {
            return "";
        }
        if (one == null) {
            return "";
        }
        return split(CardText.write(one)).stream().filter(w -> w.name().equals(l.name())).map(Line::unfolded)
                .findFirst().orElse("");
    }

    private static String withEnd(String raw, String end) {
        return end.equals("\r\n") ? raw : raw.replace("\r\n", end);
    }

    /**
     * The logical lines of {@code text}: a physical line that starts with a space or a tab continues the one
     * before (RFC 6350 section 3.2), as does the line after one of a quoted-printable value that ends with a soft
     * break ({@code =}, vCard 2.1). Blank lines are kept with the line before them.
     */
    static List<Line> split(String text) {
        List<Line> out = new ArrayList<>();
        StringBuilder raw = null;
        StringBuilder unfolded = null;
        boolean softBreak = false;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
                end++;
            }
            int next = text.startsWith("\r\n", end) ? end + 2 : Math.min(text.length(), end + 1);
            String line = text.substring(start, end);
            boolean folded = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (raw != null && (folded || softBreak || line.isBlank())) {
                raw.append(text, start, next);
                unfolded.append(folded ? line.substring(1) : line);
            } else {
                if (raw != null) {
                    out.add(line(raw.toString(), unfolded.toString()));
                }
                raw = new StringBuilder(text.substring(start, next));
                unfolded = new StringBuilder(line);
            }
            softBreak = !line.isBlank() && line.endsWith("=") && quotedPrintable(unfolded);
            start = next;
        }
        if (raw != null) {
            out.add(line(raw.toString(), unfolded.toString()));
        }
        return out;
    }

    private static boolean quotedPrintable(CharSequence unfolded) {
        String s = unfolded.toString();
        int colon = s.indexOf(':');
        return colon > 0 && s.substring(0, colon).toUpperCase(Locale.ROOT).contains("QUOTED-PRINTABLE");
    }

    private static Line line(String raw, String unfolded) {
        int end = 0;
        while (end < unfolded.length() && unfolded.charAt(end) != ';' && unfolded.charAt(end) != ':') {
            end++;
        }
        String name = unfolded.substring(0, end).strip().toUpperCase(Locale.ROOT);
        return new Line(raw, name.substring(name.indexOf('.') + 1), unfolded);
    }
}
