/**
 * A book: one person's address book (its id, name, database, clock and "me"), the scope of every
 * feature; the features of a book are wired in {@code dev.kith.app}.
 */
package dev.kith.book;
