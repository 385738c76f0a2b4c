/** Benchmark of two-way CardDAV sync against a real Radicale server. */
package dev.kith.bench.phonebook;
