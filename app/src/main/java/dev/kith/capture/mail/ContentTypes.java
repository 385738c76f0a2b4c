package dev.kith.capture.mail;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a Content-Type field the way capture needs it, leniently: a broken field is read by hand. */
final class ContentTypes {
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");

    private ContentTypes() {
    }

    /** What a Content-Type says; a missing one is text/plain. */
    record Parsed(String base, String boundary, String charset) {
        boolean multipart() {
            return base.startsWith("multipart/");
        }

        boolean textPlain() {
            return base.equals("text/plain") || base.equals("text");
        }
    }

    static Parsed parse(String field) {
        if (field == null || field.isBlank()) {
            return new Parsed("text/plain", null, null);
        }
        try {
            ContentType type = new ContentType(field);
            String base = type.getBaseType().toLowerCase(Locale.ROOT);
            return new Parsed(base, blankToNull(type.getParameter("boundary")), type.getParameter("charset"));
        } catch (ParseException | RuntimeException e) {
            int semicolon = field.indexOf(';');
            String base = (semicolon < 0 ? field : field.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
            return new Parsed(base, group(BOUNDARY.matcher(field)), group(CHARSET.matcher(field)));
        }
    }

    private static String group(Matcher m) {
        if (!m.find()) {
            return null;
        }
        return blankToNull(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
