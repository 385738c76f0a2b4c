-- IMAP capture (PostgreSQL): how far each folder of each configured IMAP source was read, so that a
-- sync reads only what is new. Not a secret: the account's password is in the private sources file.
CREATE TABLE imap_folders (
    book_id      BIGINT NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    source_id    TEXT   NOT NULL CHECK (length(source_id) > 0),
    folder       TEXT   NOT NULL,
    uid_validity BIGINT NOT NULL,
    last_uid     BIGINT NOT NULL CHECK (last_uid >= 0),
    PRIMARY KEY (book_id, source_id, folder)
);
