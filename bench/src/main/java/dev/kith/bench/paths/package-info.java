/**
 * {@code kith bench paths}: public graphs (SNAP edge lists, LDBC SNB CSVs, Graph500 Kronecker)
 * loaded into an {@link dev.kith.bench.paths.EdgeList}, and the same shortest-path queries timed on
 * Kith's engine and on the baselines in {@code dev.kith.bench.baseline} (JGraphT, Neo4j), which are
 * loaded reflectively and only when asked for, so the runtime jar does not carry them.
 */
package dev.kith.bench.paths;
