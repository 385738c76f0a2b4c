/**
 * {@code kith bench} and its subcommands: the bench jar's command line ({@link dev.kith.bench.cli.BenchMain}),
 * which the {@code kith} launcher runs with the product jar on its class path.
 */
package dev.kith.bench.cli;
