-- LinkedIn messages (SQLite): each message of a LinkedIn export's messages.csv captured once, keyed by
-- its conversation, sender and date, with the interaction it was logged as. Never the message's text.
CREATE TABLE linkedin_messages (
    book_id         INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    message_key     TEXT    NOT NULL CHECK (length(message_key) > 0),
    conversation_id TEXT    NOT NULL,
    mine            INTEGER NOT NULL CHECK (mine IN (0, 1)),
    interaction_id  INTEGER REFERENCES interactions (id) ON DELETE SET NULL,
    PRIMARY KEY (book_id, message_key)
);
CREATE INDEX linkedin_messages_conversation ON linkedin_messages (book_id, conversation_id);
