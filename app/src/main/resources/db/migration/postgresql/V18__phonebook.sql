-- Two-way sync with a CardDAV address book (kith sync add carddav): per source the collection and its
-- sync token or ctag; per card its href, UID, ETag, the Kith contact it is, the card as last seen on the
-- server (so properties Kith does not model survive a round trip) and the modelled values at the last
-- sync (JSON), the base of the three-way comparison. kith_changed_at: when the contact last changed in
-- Kith since that sync (epoch ms, set by the triggers below, NULL when not), to resolve conflicts.
CREATE TABLE phonebook_sources (
    book_id    BIGINT NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    source_id  TEXT   NOT NULL,
    collection TEXT   NOT NULL,
    sync_token TEXT,
    ctag       TEXT,
    PRIMARY KEY (book_id, source_id)
);

CREATE TABLE phonebook_cards (
    book_id         BIGINT NOT NULL,
    source_id       TEXT   NOT NULL,
    href            TEXT   NOT NULL,
    uid             TEXT,
    etag            TEXT,
    contact_id      BIGINT NOT NULL,
    card            TEXT   NOT NULL,
    snapshot        TEXT   NOT NULL,
    kith_changed_at BIGINT,
    PRIMARY KEY (book_id, source_id, href),
    FOREIGN KEY (book_id, source_id) REFERENCES phonebook_sources (book_id, source_id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX phonebook_cards_contact ON phonebook_cards (contact_id);
CREATE INDEX phonebook_cards_changed ON phonebook_cards (book_id, source_id, kith_changed_at);

CREATE FUNCTION phonebook_contact_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE phonebook_cards SET kith_changed_at = (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT
    WHERE contact_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE FUNCTION phonebook_value_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE phonebook_cards SET kith_changed_at = (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT
        WHERE contact_id = OLD.contact_id;
    ELSE
        UPDATE phonebook_cards SET kith_changed_at = (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT
        WHERE contact_id = NEW.contact_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER phonebook_contact_changed AFTER UPDATE ON contacts
    FOR EACH ROW EXECUTE FUNCTION phonebook_contact_changed();
CREATE TRIGGER phonebook_email_changed AFTER INSERT OR DELETE ON contact_emails
    FOR EACH ROW EXECUTE FUNCTION phonebook_value_changed();
CREATE TRIGGER phonebook_phone_changed AFTER INSERT OR DELETE ON contact_phones
    FOR EACH ROW EXECUTE FUNCTION phonebook_value_changed();
CREATE TRIGGER phonebook_job_changed AFTER INSERT OR UPDATE OR DELETE ON employments
    FOR EACH ROW EXECUTE FUNCTION phonebook_value_changed();
