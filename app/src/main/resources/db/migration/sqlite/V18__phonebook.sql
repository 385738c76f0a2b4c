-- Two-way sync with a CardDAV address book (kith sync add carddav): per source the collection and its
-- sync token or ctag; per card its href, UID, ETag, the Kith contact it is, the card as last seen on the
-- server (so properties Kith does not model survive a round trip) and the modelled values at the last
-- sync (JSON), the base of the three-way comparison. kith_changed_at: when the contact last changed in
-- Kith since that sync (epoch ms, set by the triggers below, NULL when not), to resolve conflicts.
CREATE TABLE phonebook_sources (
    book_id    INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    source_id  TEXT    NOT NULL,
    collection TEXT    NOT NULL,
    sync_token TEXT,
    ctag       TEXT,
    PRIMARY KEY (book_id, source_id)
);

CREATE TABLE phonebook_cards (
    book_id         INTEGER NOT NULL,
    source_id       TEXT    NOT NULL,
    href            TEXT    NOT NULL,
    uid             TEXT,
    etag            TEXT,
    contact_id      INTEGER NOT NULL,
    card            TEXT    NOT NULL,
    snapshot        TEXT    NOT NULL,
    kith_changed_at INTEGER,
    PRIMARY KEY (book_id, source_id, href),
    FOREIGN KEY (book_id, source_id) REFERENCES phonebook_sources (book_id, source_id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX phonebook_cards_contact ON phonebook_cards (contact_id);
CREATE INDEX phonebook_cards_changed ON phonebook_cards (book_id, source_id, kith_changed_at);

CREATE TRIGGER phonebook_contact_changed AFTER UPDATE ON contacts
BEGIN
    UPDATE phonebook_cards SET kith_changed_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE contact_id = NEW.id;
END;

CREATE TRIGGER phonebook_email_added AFTER INSERT ON contact_emails
BEGIN
    UPDATE phonebook_cards SET kith_changed_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE contact_id = NEW.contact_id;
END;

CREATE TRIGGER phonebook_email_removed AFTER DELETE ON contact_emails
BEGIN
    UPDATE phonebook_cards SET kith_changed_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE contact_id = OLD.contact_id;
END;

CREATE TRIGGER phonebook_phone_added AFTER INSERT ON contact_phones
BEGIN
    UPDATE phonebook_cards SET kith_changed_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE contact_id = NEW.contact_id;
END;

CREATE TRIGGER phonebook_phone_removed AFTER DELETE ON contact_phones
BEGIN
    UPDATE phonebook_cards SET kith_changed_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE contact_id = OLD.contact_id;
END;

CREATE TRIGGER phonebook_job_added AFTER INSERT ON employments
BEGIN
    UPDATE phonebook_cards SET kith_changed_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE contact_id = NEW.contact_id;
END;

-- a title corrected in place (--fix-title) or a job ended: the card's organization and title change too
CREATE TRIGGER phonebook_job_edited AFTER UPDATE ON employments
BEGIN
    UPDATE phonebook_cards SET kith_changed_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE contact_id = NEW.contact_id;
END;

CREATE TRIGGER phonebook_job_removed AFTER DELETE ON employments
BEGIN
    UPDATE phonebook_cards SET kith_changed_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    WHERE contact_id = OLD.contact_id;
END;
