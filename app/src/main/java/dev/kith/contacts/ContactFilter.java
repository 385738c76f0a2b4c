package dev.kith.contacts;

/** Which contacts a list shows: by tag and circle (nulls: any), and whether archived ones are included. */
public record ContactFilter(String tag, Circle circle, boolean includeArchived) {
    public static final ContactFilter ALL_ACTIVE = new ContactFilter(null, null, false);
}
