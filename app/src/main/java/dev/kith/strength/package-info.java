/**
 * Tie strength: an explainable 0–100 score per contact from recency, frequency, depth, reciprocity
 * and how long you have known each other, computed for a whole book in one pass over its interactions.
 */
package dev.kith.strength;
