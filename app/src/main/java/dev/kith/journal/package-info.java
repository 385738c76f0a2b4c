/**
 * The journal of changes behind {@code kith undo} and the web's Undo: each change a person makes is
 * recorded, in its own transaction, as the rows it changed (before and after), and undoing it puts
 * those rows back. See docs/decisions.md ("Undo: a journal of row images").
 */
package dev.kith.journal;
