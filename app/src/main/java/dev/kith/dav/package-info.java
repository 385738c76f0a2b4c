/**
 * Kith as a CardDAV server (RFC 4918, 6352, 6578, 6764): each user's book as one address book
 * collection under {@code /dav/}, found from the server's address through {@code /.well-known/carddav}
 * and {@code current-user-principal}, read with PROPFIND and REPORT (addressbook-multiget, addressbook-query,
 * sync-collection) and written with PUT and DELETE, behind HTTP Basic with the same tokens as the API.
 */
package dev.kith.dav;
