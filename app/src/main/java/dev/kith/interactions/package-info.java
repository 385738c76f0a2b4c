/** The interaction log: meetings, meals, calls, emails and notes, who started them, and what was given or asked. */
package dev.kith.interactions;
