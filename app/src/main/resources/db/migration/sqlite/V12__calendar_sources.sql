-- Calendar sync (SQLite): how far each configured calendar source of a book was read: a CalDAV
-- collection's sync token and the ETag of each object, or a published calendar's ETag, as JSON.
-- Not a secret: the source's password is in the private sources file.
CREATE TABLE calendar_sources (
    book_id   INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    source_id TEXT    NOT NULL CHECK (length(source_id) > 0),
    state     TEXT    NOT NULL,
    PRIMARY KEY (book_id, source_id)
);
