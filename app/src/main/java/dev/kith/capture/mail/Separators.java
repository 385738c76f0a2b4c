package dev.kith.capture.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code From } line that starts each message of an mbox ("From sender Thu Jan  1 12:00:00 2026",
 * Gmail's "From 1234@xxx Tue Nov 17 19:42:45 +0000 2020", Thunderbird's "From - Sat Jan 03 ...", readpst's
 * {@code From "Bea Ortiz" Mon Nov 16 09:00:00 2026} from an Outlook PST, its sender quoted and maybe with spaces) and
 * the date it carries, which stands in for a missing Date field.
 */
final class Separators {
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private static final Pattern STRICT = Pattern.compile("^From (?:\"[^\"]{0,200}\"|\\S*)\\s+"
            + "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\\s+"
            + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
            + "\\s+(?:([+-]\\d{4})|[A-Z]{1,5}\\s+)?\\s*(\\d{4})");
    /** A separator of another date shape: its sender an address, {@code -} or MAILER-DAEMON, and a time after it. */
    private static final Pattern LOOSE = Pattern.compile("^From (?:[^\\s@]*@\\S+|-|MAILER-DAEMON)\\s+\\S[^\\n]*?\\d{1,2}:\\d{2}");
    private static final int LOOKED_AT = 300;
    /** The date readpst writes in the separator of an Outlook item that has none (read as UTC, as every zoneless one). */
    private static final Instant READPST_PLACEHOLDER = Instant.parse("2001-12-28T12:06:21Z");

    private Separators() {
    }

    /**
     * Whether the reader's line starts a new message: a {@code From } line in the separator's shape,
     * or, right after an empty line, a {@code From } line naming an address (or {@code -}) and then a
     * time. A body line starting with {@code From } that a writer forgot to quote ("From here on, at
     * 10:30 ...") rarely has either.
     */
    static boolean starts(LineReader r, boolean afterBlank) {
        if (!r.startsWith("From ")) {
            return false;
        }
        String text = prefix(r);
        return STRICT.matcher(text).find() || afterBlank && LOOSE.matcher(text).find();
    }

    /** The date of a separator line, read as UTC unless it names an offset; null when it has none. */
    static Instant date(LineReader r) {
        Matcher m = STRICT.matcher(prefix(r));
        if (!m.find()) {
            return null;
        }
        try {
            int month = MONTHS.indexOf(m.group(1)) / 3 + 1;
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(7)), month, Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
            ZoneOffset offset = m.group(6) == null ? ZoneOffset.UTC : ZoneOffset.of(m.group(6));
            return local.toInstant(offset);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The separator's date when it can be when the message arrived, or later: Gmail writes the time Gmail took the
     * message in, Thunderbird and mail servers the time they stored it, converters the time they ran. Null when it
     * has none, or when it is midnight to the second, which converters write as a placeholder ("Mon Jan  1
     * 00:00:00 2001") far more often than mail arrives then, or readpst's placeholder for an Outlook item with no
     * date, "Fri Dec 28 12:06:21 2001".
     */
    static Instant arrival(LineReader r) {
        Matcher m = STRICT.matcher(prefix(r));
        if (!m.find() || m.group(3).matches("0?0") && m.group(4).equals("00")
                && (m.group(5) == null || m.group(5).equals("00"))) {
            return null;
        }
        Instant date = date(r);
        return READPST_PLACEHOLDER.equals(date) ? null : date;
    }

    private static String prefix(LineReader r) {
        return new String(r.bytes(), 0, Math.min(r.length(), LOOKED_AT), StandardCharsets.ISO_8859_1);
    }
}
