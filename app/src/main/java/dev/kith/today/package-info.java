/**
 * Today: the daily "power of one" plan. Pluggable {@link dev.kith.today.ActionKind}s propose
 * candidate actions from a {@link dev.kith.today.Snapshot} of the book; {@link dev.kith.today.Today}
 * ranks and mixes them into a short plan and remembers what was done, snoozed or skipped.
 */
package dev.kith.today;
