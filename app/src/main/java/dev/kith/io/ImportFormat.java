package dev.kith.io;

import dev.kith.core.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats {@code kith import} reads. */
public enum ImportFormat {
    LINKEDIN, VCARD, GOOGLE, OUTLOOK, JSON;

    /** How much of a file's start {@link #detect} reads. */
    static final int HEAD_BYTES = 4096;

    /**
     * The format of a file, from its name (may be null) and its first {@value #HEAD_BYTES} bytes: a
     * {@code .vcf} or {@code .vcard} name or a {@code BEGIN:VCARD} start is a vCard, a {@code .json}
     * name or an opening brace a Kith backup, a "Notes:" preamble or LinkedIn's header a LinkedIn
     * export, and Google's and Outlook's column names their CSV exports (Thunderbird's CSV reads as
     * Outlook's). None fitting is a {@link ValidationException} of the field {@code file} that lists
     * what Kith can import.
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
        if (head.startsWith("Notes:") || head.startsWith("First Name,Last Name,URL")
                || head.startsWith("First Name,Last Name,Email Address,Company,Position,Connected On")) {
            return LINKEDIN;
        }
        if (head.contains("E-mail 1 - Value") || head.contains("Organization Name")) {
            return GOOGLE;
        }
        if (head.contains("E-mail Address") || head.contains("Business Phone") || head.contains("Primary Email")) {
            return OUTLOOK;
        }
        throw new ValidationException("file", "'" + fileName + "' is not a file Kith can import: use a LinkedIn"
                + " Connections.csv, a vCard (.vcf), a Google or Outlook contacts CSV, or a Kith backup (.json)");
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
