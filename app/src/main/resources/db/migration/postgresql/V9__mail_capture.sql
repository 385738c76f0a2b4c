-- Mail capture (PostgreSQL): the user's own addresses, the headers of captured mail (never bodies or
-- attachments), and the people of the inbox of new people the user chose to ignore.

-- "Who I am": every address of the user; mail from any of them is mine.
CREATE TABLE my_addresses (
    book_id   BIGINT NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    email_key TEXT   NOT NULL CHECK (length(trim(email_key)) > 0),
    email     TEXT   NOT NULL,
    PRIMARY KEY (book_id, email_key)
);

-- One row per person message captured from any source (mbox, Maildir, later IMAP); bulk, list,
-- automatic and no-reply mail is counted and dropped. Only headers, the subject and a short snippet.
CREATE TABLE mail_messages (
    id             BIGSERIAL PRIMARY KEY,
    book_id        BIGINT  NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    -- the Message-ID without brackets; else the source's own key (IMAP UIDVALIDITY and UID) or a hash
    message_key    TEXT    NOT NULL CHECK (length(message_key) > 0),
    -- the first message-id of References, else In-Reply-To, else message_key
    thread_key     TEXT    NOT NULL,
    -- a hash of the subject without Re:/Fwd:/AW:/SV: and of the participants besides me
    subject_key    TEXT    NOT NULL,
    sent_at        BIGINT  NOT NULL,   -- seconds since 1970-01-01 UTC
    from_email     TEXT    NOT NULL,
    from_name      TEXT,
    mine           BOOLEAN NOT NULL,
    to_me          BOOLEAN NOT NULL,
    others         INTEGER NOT NULL CHECK (others >= 0),   -- participants besides me
    subject        TEXT,
    snippet        TEXT,
    source         TEXT    NOT NULL CHECK (source IN ('mbox', 'maildir', 'imap')),
    owed           BOOLEAN NOT NULL DEFAULT FALSE,
    interaction_id BIGINT  REFERENCES interactions (id) ON DELETE SET NULL,
    UNIQUE (book_id, message_key),
    UNIQUE (book_id, id)
);
CREATE INDEX mail_messages_thread ON mail_messages (book_id, thread_key, sent_at, mine);
CREATE INDEX mail_messages_subject ON mail_messages (book_id, subject_key, sent_at, mine);
CREATE INDEX mail_messages_from ON mail_messages (book_id, from_email, sent_at);
CREATE INDEX mail_messages_owed ON mail_messages (book_id) WHERE owed;
CREATE INDEX mail_messages_interaction ON mail_messages (interaction_id);

-- The To, Cc and Bcc of each message, with its sender's side and date repeated so that "a later
-- message of mine to this person" is one index seek.
CREATE TABLE mail_recipients (
    book_id    BIGINT  NOT NULL,
    message_id BIGINT  NOT NULL,
    email_key  TEXT    NOT NULL,
    name       TEXT,
    role       TEXT    NOT NULL CHECK (role IN ('to', 'cc', 'bcc')),
    mine       BOOLEAN NOT NULL,
    sent_at    BIGINT  NOT NULL,
    PRIMARY KEY (message_id, email_key),
    FOREIGN KEY (book_id, message_id) REFERENCES mail_messages (book_id, id) ON DELETE CASCADE
);
CREATE INDEX mail_recipients_email ON mail_recipients (book_id, email_key, mine, sent_at);

-- Addresses the user never wants suggested in the inbox of new people.
CREATE TABLE mail_ignored (
    book_id    BIGINT NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    email_key  TEXT   NOT NULL CHECK (length(trim(email_key)) > 0),
    ignored_on DATE   NOT NULL,
    PRIMARY KEY (book_id, email_key)
);
