/**
 * Events and their yearly series: who attends (me and contacts, first-timers and people on their
 * own), who I met there ({@code kith met}), whether I followed up, and what to prepare before the
 * next edition (the {@code event-catch-up} action of Today).
 */
package dev.kith.events;
