-- Kith as a CardDAV server: each book's address book collection. card_books counts the book's changes
-- (its sync token); cards holds one row per contact ever served: its resource name and UID, the card as a
-- client last sent it (to give back what Kith does not model), the ETag it was last served with, the
-- revision it last changed at, and whether it is gone (archived or deleted: a tombstone for sync).
CREATE TABLE card_books (
    book_id  INTEGER PRIMARY KEY REFERENCES books (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL
);

CREATE TABLE cards (
    book_id    INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL,
    name       TEXT    NOT NULL CHECK (length(name) > 0),
    uid        TEXT    NOT NULL,
    sent       TEXT,
    sent_basis TEXT,
    etag       TEXT    NOT NULL,
    revision   INTEGER NOT NULL,
    gone       INTEGER NOT NULL DEFAULT 0 CHECK (gone IN (0, 1)),
    PRIMARY KEY (book_id, contact_id)
);
CREATE UNIQUE INDEX cards_name ON cards (book_id, name);
CREATE INDEX cards_uid ON cards (book_id, uid);
CREATE INDEX cards_revision ON cards (book_id, revision);
