-- Giving value (issue 7): an article library, shares of articles with contacts, stored profile
-- embeddings for matching, and double opt-in introductions. Ties gain the source 'introduced'.

CREATE TABLE articles (
    id       INTEGER PRIMARY KEY,
    book_id  INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    url      TEXT    NOT NULL CHECK (length(trim(url)) > 0),
    title    TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    body     TEXT,
    takeaway TEXT,
    tags     TEXT    NOT NULL DEFAULT '',
    added_on TEXT    NOT NULL,
    UNIQUE (book_id, url),
    UNIQUE (book_id, id)
);

CREATE TABLE shares (
    id             INTEGER PRIMARY KEY,
    book_id        INTEGER NOT NULL,
    article_id     INTEGER NOT NULL,
    contact_id     INTEGER NOT NULL,
    interaction_id INTEGER,
    shared_on      TEXT    NOT NULL,
    why            TEXT,
    UNIQUE (book_id, article_id, contact_id),
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, article_id) REFERENCES articles (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, interaction_id) REFERENCES interactions (book_id, id) ON DELETE SET NULL
);
CREATE INDEX shares_contact ON shares (book_id, contact_id, shared_on);

-- Derived data, not backed up: recomputed when text_hash (a hash of the profile text) changes.
CREATE TABLE profile_embeddings (
    book_id    INTEGER NOT NULL,
    contact_id INTEGER NOT NULL,
    model      TEXT    NOT NULL,
    text_hash  TEXT    NOT NULL,
    vector     BLOB    NOT NULL,
    PRIMARY KEY (book_id, contact_id, model),
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);

CREATE TABLE intros (
    id         INTEGER PRIMARY KEY,
    book_id    INTEGER NOT NULL,
    a_id       INTEGER NOT NULL,
    b_id       INTEGER NOT NULL,
    why        TEXT,
    state      TEXT    NOT NULL CHECK (state IN ('asking-a', 'asking-b', 'made', 'closed', 'declined')),
    started_on TEXT    NOT NULL,
    updated_on TEXT    NOT NULL,
    outcome    TEXT,
    CHECK (a_id <> b_id),
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, a_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, b_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX intros_state ON intros (book_id, state);

CREATE TABLE intro_steps (
    id          INTEGER PRIMARY KEY,
    book_id     INTEGER NOT NULL,
    intro_id    INTEGER NOT NULL,
    step        TEXT    NOT NULL CHECK (step IN ('asked-a', 'asked-b', 'made', 'outcome', 'declined')),
    occurred_on TEXT    NOT NULL,
    note        TEXT,
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, intro_id) REFERENCES intros (book_id, id) ON DELETE CASCADE
);
CREATE INDEX intro_steps_intro ON intro_steps (intro_id, id);

-- SQLite cannot alter a CHECK constraint: rebuild ties with the new source value (nothing refers to ties).
CREATE TABLE ties_v7 (
    id       INTEGER PRIMARY KEY,
    book_id  INTEGER NOT NULL,
    from_id  INTEGER NOT NULL,
    to_id    INTEGER NOT NULL,
    kind     TEXT    NOT NULL CHECK (kind IN ('knows', 'colleague', 'met-through', 'referred-by', 'family', 'mentor')),
    since    TEXT,
    source   TEXT    NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'imported', 'inferred', 'introduced')),
    CHECK (from_id <> to_id),
    UNIQUE (book_id, from_id, to_id, kind),
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, from_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, to_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
INSERT INTO ties_v7 (id, book_id, from_id, to_id, kind, since, source)
    SELECT id, book_id, from_id, to_id, kind, since, source FROM ties;
DROP TABLE ties;
ALTER TABLE ties_v7 RENAME TO ties;
CREATE INDEX ties_to ON ties (to_id);
CREATE INDEX ties_from ON ties (from_id);
