/**
 * The demo book: a deterministic, realistic two-year networking history for a library systems lead,
 * generated from a seed and the book's "today" so that every feature has something to show.
 */
package dev.kith.demo;
