/**
 * The database: opening SQLite or PostgreSQL, Flyway migrations (one folder per dialect under
 * {@code db/migration}), and the transaction discipline every feature store follows.
 */
package dev.kith.store;
