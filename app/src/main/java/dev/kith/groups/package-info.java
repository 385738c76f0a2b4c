/**
 * Professional groups (associations, alumni networks, meetups, online communities, volunteering) and
 * their members: joining, co-membership as a tie, and the {@code welcome} action of Today for new members.
 */
package dev.kith.groups;
