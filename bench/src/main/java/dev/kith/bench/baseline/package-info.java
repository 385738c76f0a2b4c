/**
 * The baselines of {@code kith bench paths}: JGraphT's {@code BFSShortestPath} and
 * {@code BidirectionalDijkstraShortestPath}, and Neo4j embedded's Cypher {@code shortestPath}.
 * Their libraries are provided-scope (kept out of the runtime jar) and these classes are only
 * loaded by name from {@link dev.kith.bench.paths.Baselines} when {@code --compare} asks.
 */
package dev.kith.bench.baseline;
