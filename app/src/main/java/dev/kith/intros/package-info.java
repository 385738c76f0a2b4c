/**
 * Introductions: suggested pairs of contacts who do not know each other, with their common ground
 * spelled out, and the double opt-in workflow (ask A, ask B, made, outcome; or declined).
 */
package dev.kith.intros;
