package dev.kith.io.mail;

import dev.kith.core.ValidationException;

/** A note to email: a subject line, which must not be blank, and a body (null is empty). */
public record Note(String subject, String body) {
    public Note {
        if (subject == null || subject.isBlank()) {
            throw new ValidationException("subject", "must not be blank");
        }
        body = body == null ? "" : body;
    }

    /** This note with the leading and trailing blanks of its subject and body removed. */
    public Note stripped() {
        return new Note(subject.strip(), body.strip());
    }
}
