/** Reciprocity: the balance of what I gave and what I asked of each person over the last twelve months. */
package dev.kith.reciprocity;
