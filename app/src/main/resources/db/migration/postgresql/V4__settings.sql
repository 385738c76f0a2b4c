-- Settings of a book (PostgreSQL): one text value per key, such as 'today.plan-size' or 'smtp.host'.
-- Keys are owned by the features that read them; unknown keys are kept as they are.

CREATE TABLE settings (
    book_id BIGINT NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    key     TEXT   NOT NULL CHECK (length(trim(key)) > 0),
    value   TEXT   NOT NULL,
    PRIMARY KEY (book_id, key)
);
