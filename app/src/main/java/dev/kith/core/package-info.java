/** The thin shared core: the exception hierarchy, the one clock, and text and date rules. */
package dev.kith.core;
