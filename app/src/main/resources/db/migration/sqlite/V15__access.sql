-- Access for the team server (SQLite). Accounts, each with its own private book; personal API tokens and
-- sign-in sessions, kept only as SHA-256 hashes of the secrets handed out; failed sign-ins for throttling
-- (per account and per address); the audit log. Times are milliseconds since 1970-01-01 UTC.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    email         TEXT    NOT NULL,
    admin         INTEGER NOT NULL DEFAULT 0 CHECK (admin IN (0, 1)),
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    password_hash TEXT    NOT NULL,
    book_id       INTEGER NOT NULL UNIQUE REFERENCES books (id),
    created_at    INTEGER NOT NULL
);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label        TEXT    NOT NULL,
    token_hash   TEXT    NOT NULL UNIQUE,
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at   INTEGER
);

CREATE TABLE sessions (
    token_hash   TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE sign_in_failures (
    subject TEXT    NOT NULL,   -- 'account:NAME' or 'address:IP'
    at      INTEGER NOT NULL
);
CREATE INDEX sign_in_failures_subject ON sign_in_failures (subject, at);

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    actor   TEXT    NOT NULL,   -- the account that acted, or 'cli' for the administrator's commands
    action  TEXT    NOT NULL,
    subject TEXT,
    address TEXT,
    detail  TEXT
);

-- An upload the import page has shown as a dry run, waiting for "apply": in the database, so that the
-- server process that applies it need not be the one that previewed it. One per book; a new one replaces it.
CREATE TABLE pending_imports (
    book_id    INTEGER PRIMARY KEY REFERENCES books (id) ON DELETE CASCADE,
    upload_id  TEXT    NOT NULL,
    file_name  TEXT    NOT NULL,
    content    BLOB    NOT NULL,
    created_at INTEGER NOT NULL
);

-- the calendar feed's token is derived from a key in the private config folder: no secret stays here
DELETE FROM settings WHERE key = 'calendar.token';
