/** The iCalendar (RFC 5545) feed of a book: planned meetings as events, open tasks as to-dos. */
package dev.kith.io.calendar;
