/** Tasks: a thing to do with a person by a date. */
package dev.kith.tasks;
