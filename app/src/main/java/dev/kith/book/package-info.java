/** A book: one person's address book, the scope of every other feature. */
package dev.kith.book;
