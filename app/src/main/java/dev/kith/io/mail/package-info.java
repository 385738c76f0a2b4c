/**
 * Sending notes by SMTP: the user's mail settings in a private file, and a sender that logs nothing
 * itself (the caller logs the interaction only after a successful send).
 */
package dev.kith.io.mail;
