package dev.kith.capture;

import dev.kith.contacts.Contact;

/** A person added from the inbox: the new contact, and how many of the messages already captured were logged with them. */
public record InboxAddition(Contact contact, int interactions) {
}
