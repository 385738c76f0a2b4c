/**
 * Contacts as vCards with a stable identity, for Kith's CardDAV server: each contact's resource name,
 * UID and ETag, the properties a client sent that Kith does not model (kept and given back), and a
 * per-book change journal whose revision is the collection's sync token.
 */
package dev.kith.cards;
