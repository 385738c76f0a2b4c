/**
 * Phone contacts: two-way sync of a book with the user's CardDAV address book (RFC 6352), the one the
 * phone carries through iCloud, Google, Fastmail or Nextcloud. New and changed cards come in through the
 * vCard import's merge rules; people added or edited in Kith go out as vCards that keep every property
 * Kith does not model; a field changed on both sides keeps the newer value and records the other.
 */
package dev.kith.phonebook;
