/**
 * Data in and out of a book: importers (LinkedIn, vCard, Google, Outlook, Kith JSON backups),
 * exporters (vCard 4.0, CSV, JSON backup), the iCalendar feed and sending notes by SMTP.
 * Every import runs in one transaction: it applies whole or not at all.
 */
package dev.kith.io;
