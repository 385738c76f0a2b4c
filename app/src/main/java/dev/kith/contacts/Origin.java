package dev.kith.contacts;

/**
 * Where a contact came from, when not added in Kith: what the plan may say of someone it has no history
 * with. Someone brought in from an address book or LinkedIn was known before the import; someone typed in
 * by hand today may not have been. Internal: never shown as such. A contact added in Kith (by hand, from
 * mail, a calendar or a business card) has none.
 */
public enum Origin {
    /** An address book's import (a vCard file, a Google, Outlook or Thunderbird CSV) or a phone-book sync. */
    ADDRESS_BOOK("address-book"),
    /** LinkedIn's export of connections. */
    LINKEDIN("linkedin");

    private final String code;

    Origin(String code) {
        this.code = code;
    }

    /** The stored form (the {@code contacts.origin} column). */
    String code() {
        return code;
    }

    /** The origin stored as {@code code}; null for null or a code this version does not know. */
    static Origin stored(String code) {
        for (Origin o : values()) {
            if (o.code.equals(code)) {
                return o;
            }
        }
        return null;
    }
}
