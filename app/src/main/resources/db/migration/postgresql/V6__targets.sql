-- Whom I want to meet (targets) and whom I asked "who should I meet about X?" (asks).
-- A target is a person (a contact, or a free name plus organization), an organization, an industry
-- or a role (a title, optionally at an organization). Targets are archived, never deleted.
-- See docs/decisions.md (2026-11-24).

CREATE TABLE targets (
    id           BIGSERIAL PRIMARY KEY,
    book_id      BIGINT  NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('person', 'organization', 'industry', 'role')),
    contact_id   BIGINT,
    name         TEXT,
    organization TEXT,
    industry     TEXT,
    role         TEXT,
    note         TEXT,
    status       TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'asked', 'met', 'archived')),
    created_on   DATE    NOT NULL,
    asked_on     DATE,
    CHECK (kind <> 'person' OR contact_id IS NOT NULL OR (name IS NOT NULL AND organization IS NOT NULL)),
    CHECK (kind <> 'organization' OR organization IS NOT NULL),
    CHECK (kind <> 'industry' OR industry IS NOT NULL),
    CHECK (kind <> 'role' OR role IS NOT NULL),
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX targets_book_status ON targets (book_id, status);

CREATE TABLE asks (
    id           BIGSERIAL PRIMARY KEY,
    book_id      BIGINT  NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    contact_id   BIGINT  NOT NULL,
    topic        TEXT    NOT NULL CHECK (length(trim(topic)) > 0),
    target_id    BIGINT,
    asked_on     DATE    NOT NULL,
    answered_on  DATE,
    suggested_id BIGINT,
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, target_id) REFERENCES targets (book_id, id),
    FOREIGN KEY (book_id, suggested_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX asks_book_open ON asks (book_id, answered_on);
