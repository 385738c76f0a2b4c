/**
 * People and organizations: who they are, how to reach them, where they work (a dated history),
 * what they care about, how we met, their circle and keep-in-touch cadence.
 */
package dev.kith.contacts;
