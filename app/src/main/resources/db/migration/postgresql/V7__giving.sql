-- Giving value (issue 7): an article library, shares of articles with contacts, stored profile
-- embeddings for matching, and double opt-in introductions. Ties gain the source 'introduced'.

CREATE TABLE articles (
    id       BIGSERIAL PRIMARY KEY,
    book_id  BIGINT  NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    url      TEXT    NOT NULL CHECK (length(trim(url)) > 0),
    title    TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    body     TEXT,
    takeaway TEXT,
    tags     TEXT    NOT NULL DEFAULT '',
    added_on DATE    NOT NULL,
    UNIQUE (book_id, url),
    UNIQUE (book_id, id)
);

CREATE TABLE shares (
    id             BIGSERIAL PRIMARY KEY,
    book_id        BIGINT  NOT NULL,
    article_id     BIGINT  NOT NULL,
    contact_id     BIGINT  NOT NULL,
    interaction_id BIGINT,
    shared_on      DATE    NOT NULL,
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
    book_id    BIGINT  NOT NULL,
    contact_id BIGINT  NOT NULL,
    model      TEXT    NOT NULL,
    text_hash  TEXT    NOT NULL,
    vector     BYTEA    NOT NULL,
    PRIMARY KEY (book_id, contact_id, model),
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);

CREATE TABLE intros (
    id         BIGSERIAL PRIMARY KEY,
    book_id    BIGINT  NOT NULL,
    a_id       BIGINT  NOT NULL,
    b_id       BIGINT  NOT NULL,
    why        TEXT,
    state      TEXT    NOT NULL CHECK (state IN ('asking-a', 'asking-b', 'made', 'closed', 'declined')),
    started_on DATE    NOT NULL,
    updated_on DATE    NOT NULL,
    outcome    TEXT,
    CHECK (a_id <> b_id),
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, a_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, b_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX intros_state ON intros (book_id, state);

CREATE TABLE intro_steps (
    id          BIGSERIAL PRIMARY KEY,
    book_id     BIGINT  NOT NULL,
    intro_id    BIGINT  NOT NULL,
    step        TEXT    NOT NULL CHECK (step IN ('asked-a', 'asked-b', 'made', 'outcome', 'declined')),
    occurred_on DATE    NOT NULL,
    note        TEXT,
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, intro_id) REFERENCES intros (book_id, id) ON DELETE CASCADE
);
CREATE INDEX intro_steps_intro ON intro_steps (intro_id, id);

ALTER TABLE ties DROP CONSTRAINT ties_source_check;
ALTER TABLE ties ADD CONSTRAINT ties_source_check CHECK (source IN ('manual', 'imported', 'inferred', 'introduced'));
