/** The capture benchmark: a generated mailbox and the time and heap Kith takes to capture it. */
package dev.kith.bench.capture;
