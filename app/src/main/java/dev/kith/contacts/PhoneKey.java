package dev.kith.contacts;

/**
 * The form in which two phone numbers are compared: its digits only, and of a long number only the
 * last nine, so that "+44 20 7946 0958" and "020 7946 0958" compare equal while the country prefix
 * is ignored. Null for a number with fewer than six digits (an extension or junk, too short to say
 * two people share it). Linear in the length of the text.
 */
public final class PhoneKey {
    static final int MIN_DIGITS = 6;
    static final int COMPARED = 9;

    private PhoneKey() {
    }

    /** The key of {@code phone}; null when it is null or has too few digits. */
    public static String of(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        if (digits.length() < MIN_DIGITS) {
            return null;
        }
        return digits.length() > COMPARED ? digits.substring(digits.length() - COMPARED) : digits.toString();
    }
}
