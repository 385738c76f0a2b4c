package dev.kith.io;

/** The formats {@code kith import} reads. */
public enum ImportFormat {
    LINKEDIN, VCARD, GOOGLE, OUTLOOK, JSON
}
