-- The journal behind undo (PostgreSQL): each change a person made to a book, in words, with the rows it
-- changed as JSON images before and after (see docs/decisions.md). The last 50 per book are kept.
CREATE TABLE journal (
    id      BIGSERIAL PRIMARY KEY,
    book_id BIGINT NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    made_on DATE   NOT NULL,
    what    TEXT   NOT NULL CHECK (length(trim(what)) > 0),
    changes TEXT   NOT NULL
);
CREATE INDEX journal_book ON journal (book_id, id);
