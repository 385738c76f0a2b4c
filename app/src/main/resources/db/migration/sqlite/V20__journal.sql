-- The journal behind undo (SQLite): each change a person made to a book, in words, with the rows it
-- changed as JSON images before and after (see docs/decisions.md). The last 50 per book are kept.
CREATE TABLE journal (
    id      INTEGER PRIMARY KEY,
    book_id INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    made_on TEXT    NOT NULL,
    what    TEXT    NOT NULL CHECK (length(trim(what)) > 0),
    changes TEXT    NOT NULL
);
CREATE INDEX journal_book ON journal (book_id, id);
