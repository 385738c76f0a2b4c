-- Each address book's history: a random id given when the book's served cards are first journalled, carried in
-- every sync token with the revision, so that a token from another history (a recreated database, a backup
-- restored into a new file, another book at the same URL) is told apart and refused with valid-sync-token.
-- Existing books get theirs on first use (NULL until then): tokens given before are refused once, and the
-- client syncs afresh.
ALTER TABLE card_books ADD COLUMN history TEXT;
