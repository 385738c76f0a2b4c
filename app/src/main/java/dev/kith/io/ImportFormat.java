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
     * column names their CSV exports (Outlook's in the languages its reader knows; Thunderbird's CSV reads as
     * Outlook's). None fitting is a
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
        if (head.contains("E-mail 1 - Value") || head.contains("Organization Name")) {
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
     * Whether the first line of {@code head} is the header of an Outlook CSV export in another language than
     * English: it names Outlook's first email column in German, French, Italian or Dutch (Spanish and Brazilian
     * Portuguese Outlook keep {@code E-mail Address}), or Outlook's {@code ISDN} column, named so in most languages.
     */
    private static boolean outlook(String head) {
        int end = 0;
        while (end < head.length() && head.charAt(end) != '\n' && head.charAt(end) != '\r') {
            end++;
        }
        String header = head.substring(0, end).toLowerCase(Locale.ROOT);
        for (String column : OUTLOOK_COLUMNS) {
            if (header.contains("\"" + column + "\"") || header.startsWith(column + ",") || header.contains("," + column + ",")
                    || header.endsWith("," + column)) {
                return true;
            }
        }
        return false;
    }

    /** Columns only Outlook's export has, lower case: the first email column of several languages, and ISDN. */
    private static final java.util.List<String> OUTLOOK_COLUMNS = java.util.List.of("e-mail-adresse",
            "adresse de messagerie", "indirizzo posta elettronica", "e-mailadres", "isdn");

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
