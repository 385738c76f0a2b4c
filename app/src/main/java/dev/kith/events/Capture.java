package dev.kith.events;

import dev.kith.core.Text;
import dev.kith.core.ValidationException;

/** Quick capture of someone met at an event: a name, and optionally an email, organization, title and note. */
public record Capture(String name, String email, String organization, String title, String note) {
    public Capture {
        name = Text.blankToNull(name);
        if (name == null) {
            throw new ValidationException("name", "must not be blank");
        }
        email = Text.blankToNull(email);
        organization = Text.blankToNull(organization);
        title = Text.blankToNull(title);
        note = Text.blankToNull(note);
    }
}
