package dev.kith.io.imports;

import dev.kith.contacts.ContactDraft;
import java.util.Objects;

/** One person read from an import file: the 1-based line where they start and what the file says about them. */
record Row(long line, ContactDraft draft) {
    Row {
        Objects.requireNonNull(draft, "draft");
    }
}
