-- Each address book's history: a random id given when the book's served cards are first journalled, carried in
-- every sync token with the revision, so that a token from another history (a recreated database, a backup
-- restored into a new file, another book at the same URL) is told apart and refused with valid-sync-token.
-- Existing books get theirs on first use (NULL until then): tokens given before are refused once, and the
-- client syncs afresh.
ALTER TABLE card_books ADD COLUMN history TEXT;

-- Contact-group cards (iOS's and macOS's X-ADDRESSBOOKSERVER-KIND:group, vCard 4.0's KIND:group): cards with no
-- contact behind them, served back exactly as a client sent them, with their ETag, the revision they last changed
-- at, and whether they are gone (deleted: a tombstone for sync).
CREATE TABLE card_groups (
    book_id  INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    name     TEXT    NOT NULL CHECK (length(name) > 0),
    uid      TEXT    NOT NULL,
    text     TEXT    NOT NULL,
    etag     TEXT    NOT NULL,
    revision INTEGER NOT NULL,
    gone     INTEGER NOT NULL DEFAULT 0 CHECK (gone IN (0, 1)),
    PRIMARY KEY (book_id, name)
);
CREATE INDEX card_groups_uid ON card_groups (book_id, uid);
