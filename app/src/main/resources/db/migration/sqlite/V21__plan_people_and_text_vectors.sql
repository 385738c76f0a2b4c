-- Today remembers whom each done, snoozed or skipped action was about (contact ids separated by
-- spaces), so that no refill of the plan brings that person back the same day.
ALTER TABLE today_actions ADD COLUMN people TEXT;

-- The vectors of texts matched against profiles (an article's text), by model and text hash, so that
-- a plan with articles does not load the embedding model to embed the same article on every run.
CREATE TABLE text_embeddings (
    book_id   INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    model     TEXT    NOT NULL,
    text_hash TEXT    NOT NULL,
    vector    BLOB    NOT NULL,
    PRIMARY KEY (book_id, model, text_hash)
);
