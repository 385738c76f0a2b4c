/** Milestones: new jobs, promotions, awards, talks, publications, events attended, moves. */
package dev.kith.milestones;
