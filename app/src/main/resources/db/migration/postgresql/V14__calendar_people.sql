-- People met in captured meetings who may not be contacts (PostgreSQL): for the inbox of new people.
-- The address, the name the calendar gave, how many meetings and the first and last (seconds since 1970).
CREATE TABLE calendar_people (
    book_id    BIGINT  NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    email_key  TEXT    NOT NULL CHECK (length(trim(email_key)) > 0),
    name       TEXT,
    meetings   INTEGER NOT NULL CHECK (meetings > 0),
    first_seen BIGINT  NOT NULL,
    last_seen  BIGINT  NOT NULL,
    PRIMARY KEY (book_id, email_key)
);
