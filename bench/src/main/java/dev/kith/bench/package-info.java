/** Benchmarks of Kith's speed targets, each measured against a baseline in the same run. */
package dev.kith.bench;
