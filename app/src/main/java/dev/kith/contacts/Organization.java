package dev.kith.contacts;

/** An organization people work for; {@code industry} is null when unknown. */
public record Organization(long id, String name, String industry) {
}
