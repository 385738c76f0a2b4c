-- People met in captured meetings who may not be contacts (SQLite): for the inbox of new people. The
-- address, the name the calendar gave, how many meetings and the first and last (seconds since 1970).
CREATE TABLE calendar_people (
    book_id    INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    email_key  TEXT    NOT NULL CHECK (length(trim(email_key)) > 0),
    name       TEXT,
    meetings   INTEGER NOT NULL CHECK (meetings > 0),
    first_seen INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL,
    PRIMARY KEY (book_id, email_key)
);
