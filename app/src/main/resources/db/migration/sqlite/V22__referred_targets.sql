-- A target can be "referred": someone suggested the person (kith referral) and they are now in the book,
-- linked to the target, so Today no longer asks for an introduction. SQLite cannot change a CHECK, so the
-- table is rebuilt; asks' links to targets are set aside meanwhile, so no foreign key is ever broken.
-- See docs/decisions.md (2026-12-06, loops that close).

CREATE TEMP TABLE ask_targets_v22 AS SELECT id, target_id FROM asks WHERE target_id IS NOT NULL;
UPDATE asks SET target_id = NULL WHERE target_id IS NOT NULL;

CREATE TABLE targets_v22 (
    id           INTEGER PRIMARY KEY,
    book_id      INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('person', 'organization', 'industry', 'role')),
    contact_id   INTEGER,
    name         TEXT,
    organization TEXT,
    industry     TEXT,
    role         TEXT,
    note         TEXT,
    status       TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'asked', 'referred', 'met', 'archived')),
    created_on   TEXT    NOT NULL,
    asked_on     TEXT,
    CHECK (kind <> 'person' OR contact_id IS NOT NULL OR (name IS NOT NULL AND organization IS NOT NULL)),
    CHECK (kind <> 'organization' OR organization IS NOT NULL),
    CHECK (kind <> 'industry' OR industry IS NOT NULL),
    CHECK (kind <> 'role' OR role IS NOT NULL),
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
INSERT INTO targets_v22 (id, book_id, kind, contact_id, name, organization, industry, role, note, status, created_on,
                         asked_on)
    SELECT id, book_id, kind, contact_id, name, organization, industry, role, note, status, created_on, asked_on
    FROM targets;
DROP TABLE targets;
ALTER TABLE targets_v22 RENAME TO targets;
CREATE INDEX targets_book_status ON targets (book_id, status);

UPDATE asks SET target_id = (SELECT s.target_id FROM ask_targets_v22 s WHERE s.id = asks.id)
    WHERE id IN (SELECT id FROM ask_targets_v22);
DROP TABLE ask_targets_v22;
