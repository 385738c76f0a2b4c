package dev.kith.access;

import java.time.Instant;

/**
 * An account of the team server: its sign-in name, address, whether it administers the server or is
 * disabled, and its private book.
 */
public record User(long id, String name, String email, boolean admin, boolean disabled, long book, Instant created) {
}
