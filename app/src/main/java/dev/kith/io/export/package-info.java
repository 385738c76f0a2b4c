/** Exports of a book's contacts for other programs: vCard 4.0 for address books and CSV for spreadsheets. */
package dev.kith.io.export;
