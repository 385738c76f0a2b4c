-- Kith's relationship memory (PostgreSQL). Every row belongs to a book; composite foreign keys
-- (book_id, x_id) -> (book_id, id) make a reference across books impossible.

CREATE TABLE books (
    id            BIGSERIAL PRIMARY KEY,
    name          TEXT   NOT NULL UNIQUE,
    me_contact_id BIGINT,
    created_on    DATE   NOT NULL
);

CREATE TABLE organizations (
    id       BIGSERIAL PRIMARY KEY,
    book_id  BIGINT NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    name     TEXT   NOT NULL,
    name_key TEXT   NOT NULL,
    industry TEXT,
    UNIQUE (book_id, name_key),
    UNIQUE (book_id, id)
);

CREATE TABLE contacts (
    id             BIGSERIAL PRIMARY KEY,
    book_id        BIGINT  NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    display_name   TEXT    NOT NULL CHECK (length(trim(display_name)) > 0),
    name_key       TEXT    NOT NULL,
    given_name     TEXT,
    family_name    TEXT,
    location       TEXT,
    linkedin_url   TEXT,
    website        TEXT,
    how_met        TEXT,
    met_through_id BIGINT,
    first_met      DATE,
    circle         TEXT    NOT NULL DEFAULT 'network'
                   CHECK (circle IN ('inner', 'close', 'network', 'acquaintance')),
    cadence_days   INTEGER CHECK (cadence_days > 0),
    do_not_contact BOOLEAN NOT NULL DEFAULT FALSE,
    archived       BOOLEAN NOT NULL DEFAULT FALSE,
    notes          TEXT,
    created_on     DATE    NOT NULL,
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, met_through_id) REFERENCES contacts (book_id, id)
);
CREATE INDEX contacts_book_name ON contacts (book_id, name_key);

ALTER TABLE books ADD FOREIGN KEY (id, me_contact_id) REFERENCES contacts (book_id, id);

CREATE TABLE contact_emails (
    book_id    BIGINT  NOT NULL,
    contact_id BIGINT  NOT NULL,
    email      TEXT    NOT NULL,
    email_key  TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (contact_id, email_key),
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX contact_emails_key ON contact_emails (book_id, email_key);

CREATE TABLE contact_phones (
    book_id    BIGINT  NOT NULL,
    contact_id BIGINT  NOT NULL,
    phone      TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (contact_id, phone),
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);

CREATE TABLE contact_tags (
    book_id    BIGINT NOT NULL,
    contact_id BIGINT NOT NULL,
    tag        TEXT   NOT NULL,
    PRIMARY KEY (contact_id, tag),
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX contact_tags_tag ON contact_tags (book_id, tag);

CREATE TABLE contact_interests (
    book_id    BIGINT NOT NULL,
    contact_id BIGINT NOT NULL,
    interest   TEXT   NOT NULL,
    PRIMARY KEY (contact_id, interest),
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX contact_interests_interest ON contact_interests (book_id, interest);

CREATE TABLE employments (
    id              BIGSERIAL PRIMARY KEY,
    book_id         BIGINT NOT NULL,
    contact_id      BIGINT NOT NULL,
    organization_id BIGINT,
    title           TEXT,
    start_on        DATE,
    end_on          DATE,
    CHECK (organization_id IS NOT NULL OR title IS NOT NULL),
    CHECK (end_on IS NULL OR start_on IS NULL OR end_on >= start_on),
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, organization_id) REFERENCES organizations (book_id, id)
);
CREATE INDEX employments_contact ON employments (contact_id, end_on);
CREATE INDEX employments_org ON employments (book_id, organization_id);

CREATE TABLE interactions (
    id               BIGSERIAL PRIMARY KEY,
    book_id          BIGINT  NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    occurred_on      DATE    NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('meeting', 'lunch', 'coffee', 'call', 'email', 'message',
                                                      'note', 'event-encounter', 'other')),
    initiator        TEXT    NOT NULL CHECK (initiator IN ('me', 'them')),
    duration_minutes INTEGER CHECK (duration_minutes >= 0),
    summary          TEXT,
    exchange         TEXT    NOT NULL DEFAULT 'neutral' CHECK (exchange IN ('gave', 'asked', 'neutral')),
    awaiting_reply   BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (book_id, id)
);
CREATE INDEX interactions_book_date ON interactions (book_id, occurred_on);

CREATE TABLE interaction_people (
    book_id        BIGINT NOT NULL,
    interaction_id BIGINT NOT NULL,
    contact_id     BIGINT NOT NULL,
    -- the interaction's date, kind and initiator, repeated so that "last interaction per contact"
    -- and the per-contact tie-strength aggregates are index-only scans without a join
    occurred_on    DATE NOT NULL,
    kind           TEXT NOT NULL,
    initiator      TEXT NOT NULL,
    PRIMARY KEY (interaction_id, contact_id),
    FOREIGN KEY (book_id, interaction_id) REFERENCES interactions (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX interaction_people_contact ON interaction_people (contact_id, interaction_id);
CREATE INDEX interaction_people_last ON interaction_people (book_id, contact_id, occurred_on, kind, initiator);

CREATE TABLE milestones (
    id           BIGSERIAL PRIMARY KEY,
    book_id      BIGINT  NOT NULL,
    contact_id   BIGINT  NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('new-job', 'promotion', 'award', 'talk-given', 'publication',
                                                  'attending-event', 'moved', 'other')),
    occurred_on  DATE    NOT NULL,
    text         TEXT,
    acknowledged BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX milestones_book_date ON milestones (book_id, occurred_on);
CREATE INDEX milestones_contact ON milestones (contact_id);

CREATE TABLE ties (
    id      BIGSERIAL PRIMARY KEY,
    book_id BIGINT NOT NULL,
    from_id BIGINT NOT NULL,
    to_id   BIGINT NOT NULL,
    kind    TEXT   NOT NULL CHECK (kind IN ('knows', 'colleague', 'met-through', 'referred-by', 'family', 'mentor')),
    since   DATE,
    source  TEXT   NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'imported', 'inferred')),
    CHECK (from_id <> to_id),
    UNIQUE (book_id, from_id, to_id, kind),
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, from_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, to_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX ties_to ON ties (to_id);
CREATE INDEX ties_from ON ties (from_id);

CREATE TABLE tasks (
    id         BIGSERIAL PRIMARY KEY,
    book_id    BIGINT NOT NULL,
    contact_id BIGINT NOT NULL,
    kind       TEXT   NOT NULL CHECK (length(trim(kind)) > 0),
    due_on     DATE   NOT NULL,
    status     TEXT   NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    note       TEXT,
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX tasks_book_due ON tasks (book_id, status, due_on);

-- Full text: one document per contact, written by the application in the same transaction as
-- the data. Text is pre-normalized (lower case, no diacritics, words split) so that SQLite and
-- PostgreSQL match the same way.
CREATE TABLE contact_search (
    contact_id   BIGINT PRIMARY KEY,
    book_id      BIGINT NOT NULL,
    name         TEXT   NOT NULL DEFAULT '',
    organization TEXT   NOT NULL DEFAULT '',
    topics       TEXT   NOT NULL DEFAULT '',
    notes        TEXT   NOT NULL DEFAULT '',
    activity     TEXT   NOT NULL DEFAULT '',
    document     TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', name), 'A') ||
        setweight(to_tsvector('simple', organization), 'B') ||
        setweight(to_tsvector('simple', topics), 'B') ||
        setweight(to_tsvector('simple', notes), 'C') ||
        setweight(to_tsvector('simple', activity), 'D')) STORED,
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX contact_search_document ON contact_search USING GIN (document);
CREATE INDEX contact_search_book ON contact_search (book_id);
