/**
 * The in-memory graph engine behind introduction paths: an immutable compressed-sparse-row
 * {@link dev.kith.network.graph.CompactGraph}, a thread-safe incrementally updated
 * {@link dev.kith.network.graph.LiveGraph}, and {@link dev.kith.network.graph.PathSearch}
 * (bidirectional shortest paths and the k best paths by weakest tie). Nodes are dense ints
 * {@code 0..nodeCount-1}; mapping them to people is the caller's business.
 */
package dev.kith.network.graph;
