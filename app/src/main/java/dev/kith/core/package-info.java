/** The thin shared core: the exception hierarchy, the one clock, text and date rules, and small concurrency helpers. */
package dev.kith.core;
