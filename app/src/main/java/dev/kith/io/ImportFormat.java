package dev.kith.io;

import dev.kith.core.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats {@code kith import} reads. */
public enum ImportFormat {
    LINKEDIN, VCARD, GOOGLE, OUTLOOK, LDIF, JSON;

    /** How much of a file's start {@link #detect} reads. */
    static final int HEAD_BYTES = 4096;

    /**
     * The format of a file, from its name (may be null) and its first {@value #HEAD_BYTES} bytes: a
     * {@code .vcf} or {@code .vcard} name or a {@code BEGIN:VCARD} start is a vCard, a {@code .json}
     * name or an opening brace a Kith backup, a "Notes:" preamble or LinkedIn's header a LinkedIn
     * export, an {@code .ldif} or {@code .ldi} name or a first line (past comments) of {@code dn:} or
     * {@code version: 1} an LDIF address book (Thunderbird's, LDAP tools'), and Google's and Outlook's
     * column names their CSV exports (Google's by any of its numbered columns, such as {@code Phone 1 - Value} in an
     * address book without emails; Outlook's in the languages its reader knows; Thunderbird's CSV, in English, German,
     * French or Spanish, reads as Outlook's). None fitting is a
     * {@link ValidationException} of the field {@code file} that lists what Kith can import.
     */
    public static ImportFormat detect(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String head = head(content).replace("\uFEFF", "").stripLeading();
        if (name.endsWith(".vcf") || name.endsWith(".vcard") || head.regionMatches(true, 0, "BEGIN:VCARD", 0, 11)) {
            return VCARD;
        }
        if (name.endsWith(".json") || head.startsWith("{")) {
            return JSON;
        }
        if (name.endsWith(".ldif") || name.endsWith(".ldi") || ldif(head)) {
            return LDIF;
        }
        // a CSV saved again by a spreadsheet in a European locale, or Thunderbird's tab-separated export
        String commas = head.replace(';', ',').replace('\t', ',');
        if (head.startsWith("Notes:") || commas.startsWith("First Name,Last Name,URL")
                || commas.startsWith("First Name,Last Name,Email Address,Company,Position,Connected On")) {
            return LINKEDIN;
        }
        if (google(head)) {
            return GOOGLE;
        }
        if (head.contains("E-mail Address") || head.contains("Business Phone") || head.contains("Primary Email")
                || outlook(commas)) {
            return OUTLOOK;
        }
        throw new ValidationException("file", "'" + fileName + "' is not a file Kith can import: use LinkedIn's"
                + " data export (.zip) or its Connections.csv, a vCard (.vcf), a Google or Outlook contacts CSV, a Thunderbird or LDAP address book"
                + " (.ldif), or a Kith backup (.json)");
    }

    /**
     * Whether {@code head} is a Google Contacts CSV: its first numbered column of emails, phones, addresses or web
     * sites (Google writes them only as far as the contacts need, so a phone-only address book has no email column),
     * its {@code Organization Name}, or the export before 2023's {@code Given Name} with {@code Group Membership}.
     */
    private static boolean google(String head) {
        return GOOGLE_NUMBERED.matcher(head).find() || head.contains("Organization Name")
                || head.contains("Given Name") && head.contains("Group Membership");
    }

    /** A numbered column only Google's export has: {@code Phone 1 - Value}, {@code E-mail 1 - Label}, ... */
    private static final java.util.regex.Pattern GOOGLE_NUMBERED = java.util.regex.Pattern.compile(
            "\\b(?:E-mail|Phone|Address|Website|Relation|Event|IM|Custom Field) 1 - (?:Value|Label|Type|Formatted)\\b");

    /**
     * Whether the first line of {@code head} is the header of an Outlook CSV export in another language than
     * English: it names Outlook's first email column in German, French, Italian or Dutch (Spanish and Brazilian
     * Portuguese Outlook keep {@code E-mail Address}), or Outlook's {@code ISDN} column, named so in most languages;
     * or of a Thunderbird CSV export in German, French or Spanish (its primary email column). Letters past ASCII
     * match any character: an old Thunderbird on Windows writes its header in the Windows code page, not UTF-8.
     */
    private static boolean outlook(String head) {
        int end = 0;
        while (end < head.length() && head.charAt(end) != '\n' && head.charAt(end) != '\r') {
            end++;
        }
        String header = ascii(head.substring(0, end).toLowerCase(Locale.ROOT));
        for (String column : OUTLOOK_COLUMNS.stream().map(ImportFormat::ascii).toList()) {
            if (header.contains("\"" + column + "\"") || header.startsWith(column + ",") || header.contains("," + column + ",")
                    || header.endsWith("," + column)) {
                return true;
            }
        }
        return false;
    }

    /** Columns only Outlook's export has, lower case: the first email column of several languages, and ISDN. */
    private static final java.util.List<String> OUTLOOK_COLUMNS = java.util.List.of("e-mail-adresse",
            "adresse de messagerie", "indirizzo posta elettronica", "e-mailadres", "isdn",
            "primäre e-mail-adresse", "adresse e-mail principale", "dirección de correo electrónico principal");

    /** {@code s} with every character past ASCII (and U+FFFD, what a byte not UTF-8 reads as) made '?'. */
    private static String ascii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c < 0x80 ? c : '?');
        }
        return out.toString();
    }

    /** Whether the first line of {@code head} that is no comment opens an LDIF file: {@code dn:} or {@code version: 1}. */
    private static boolean ldif(String head) {
        int start = 0;
        while (start < head.length()) {
            int end = head.indexOf('\n', start);
            String line = (end < 0 ? head.substring(start) : head.substring(start, end)).strip();
            if (!line.isEmpty() && line.charAt(0) != '#') {
                return line.regionMatches(true, 0, "dn:", 0, 3)
                        || line.toLowerCase(Locale.ROOT).replace(" ", "").equals("version:1");
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return false;
    }

    /** The start of {@code content} as text: UTF-16 when a byte-order mark says so (Outlook's "Unicode" CSV), else UTF-8. */
    private static String head(byte[] content) {
        int length = Math.min(content.length, HEAD_BYTES);
        if (length >= 2 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xFE) {
            return new String(content, 2, length - 2, StandardCharsets.UTF_16LE);
        }
        if (length >= 2 && (content[0] & 0xff) == 0xFE && (content[1] & 0xff) == 0xFF) {
            return new String(content, 2, length - 2, StandardCharsets.UTF_16BE);
        }
        return new String(content, 0, length, StandardCharsets.UTF_8);
    }
}
