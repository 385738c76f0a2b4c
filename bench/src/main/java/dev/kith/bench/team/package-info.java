/**
 * {@code kith bench team}: a generated team server (many users, each with a large book, all sharing their
 * graph) and the latency of warm-path queries through colleagues on it.
 */
package dev.kith.bench.team;
