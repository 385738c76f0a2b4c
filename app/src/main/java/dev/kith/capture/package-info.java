/**
 * Capture: the user's own mail becomes the book's memory without typing. Mail files (mbox, Maildir;
 * later IMAP) are read as streams, all or nothing per run, each message once; only header fields, the
 * subject and a short snippet are kept. Mail with contacts is logged as email interactions, mail I
 * owe an answer feeds the "I owe a reply" queue (and Today's reply actions, through interactions
 * awaiting my reply), and people written with both ways who are not contacts wait in an inbox to be
 * added or ignored. Wired by {@link dev.kith.capture.Capture}.
 */
package dev.kith.capture;
