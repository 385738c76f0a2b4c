package dev.kith.core;

/**
 * A feature whose rows refer to contacts, which it moves from one contact to another when two
 * contacts are merged (see {@code kith contacts merge}); the composition root calls every feature
 * that implements it, in one transaction.
 */
public interface ContactReferences {
    /**
     * In the caller's transaction, makes every row of this feature that refers to contact {@code gone}
     * refer to {@code kept} instead, dropping those that would then repeat a row of {@code kept} (or
     * join {@code kept} to itself).
     */
    void mergeContact(long kept, long gone);
}
