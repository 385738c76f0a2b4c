-- Derived data, not backed up: the vectors of the short phrases (an interest, a tag, a clause of the notes)
-- that common ground compares by meaning, so the model loads only when a phrase is new.
CREATE TABLE phrase_embeddings (
    book_id     BIGINT  NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    model       TEXT    NOT NULL,
    phrase_hash TEXT    NOT NULL,
    vector      BYTEA   NOT NULL,
    PRIMARY KEY (book_id, model, phrase_hash)
);
