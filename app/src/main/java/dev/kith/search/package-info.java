/** Full-text search over a book's contacts, on SQLite FTS5 and PostgreSQL tsvector behind one interface. */
package dev.kith.search;
