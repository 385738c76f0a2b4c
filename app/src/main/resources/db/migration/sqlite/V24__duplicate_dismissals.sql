-- Pairs of contacts the user said are not the same person, so the duplicates page stops suggesting them.
-- low_id < high_id; a pair goes when either contact does.
CREATE TABLE duplicate_dismissals (
    book_id INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    low_id  INTEGER NOT NULL,
    high_id INTEGER NOT NULL,
    CHECK (low_id < high_id),
    PRIMARY KEY (book_id, low_id, high_id),
    FOREIGN KEY (book_id, low_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, high_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
