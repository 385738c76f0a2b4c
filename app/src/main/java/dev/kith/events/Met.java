package dev.kith.events;

import dev.kith.contacts.Contact;
import dev.kith.interactions.Interaction;

/** What {@code kith met} stored: the contact (new or matched), whether it was created, and the encounter. */
public record Met(Event event, Contact contact, boolean created, Interaction encounter) {
}
