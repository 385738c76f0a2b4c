package dev.kith.capture.mail;

import java.util.Locale;
import java.util.regex.Pattern;

/** Subjects for threading: the reply and forward prefixes of many mail programs and languages removed. */
public final class Subjects {
    private static final Pattern PREFIX = Pattern.compile("(?iu)^\\s*(?:\\[[^\\]]{0,40}]\\s*)?"
            + "(?:re|aw|sv|vs|antw|ant|odp|rif|r|réf|ref|vá|fwd?|wg|tr|vb|rv|enc|doorst|fs|vl)"
            + "\\s*(?:(?:\\[\\d+]|\\(\\d+\\))\\s*)?[:：]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Subjects() {
    }

    /**
     * The subject without any leading Re:, Fwd:, AW:, SV:, WG:, TR: and the like (repeated, any case),
     * lower case and single-spaced: "RE: Fwd: Lunch  Friday" and "lunch friday" are the same thread.
     */
    public static String normalize(String subject) {
        if (subject == null) {
            return "";
        }
        String s = subject;
        for (int i = 0; i < 20; i++) {
            var m = PREFIX.matcher(s);
            if (!m.find()) {
                break;
            }
            s = s.substring(m.end());
        }
        return SPACES.matcher(s.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }
}
