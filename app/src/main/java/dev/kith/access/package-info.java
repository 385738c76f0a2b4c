/**
 * Who may use a Kith server: the personal server's secret and the calendar feed's key, kept in the
 * private config folder; and for the team server, accounts (each with a private book), Argon2id
 * password hashes, hashed API tokens and sign-in sessions, throttling of failed sign-ins and the audit
 * log, kept in the database so that several server processes share them.
 */
package dev.kith.access;
