-- A target can be "referred": someone suggested the person (kith referral) and they are now in the book,
-- linked to the target, so Today no longer asks for an introduction.
-- See docs/decisions.md (2026-12-06, loops that close).

ALTER TABLE targets DROP CONSTRAINT targets_status_check;
ALTER TABLE targets ADD CONSTRAINT targets_status_check
    CHECK (status IN ('open', 'asked', 'referred', 'met', 'archived'));
