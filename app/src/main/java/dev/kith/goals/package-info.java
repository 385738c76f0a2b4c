/**
 * Networking goals: the people, interactions and events that serve a goal, what came of it
 * (outcomes), and a report of time spent against outcomes, so a user can see which goals pay off.
 * Contacts relevant to an active goal rank higher in Today ({@link dev.kith.goals.GoalRelevance}).
 */
package dev.kith.goals;
