-- Shared introductions (PostgreSQL): a person is looked up in every book of a team at once, by email, by
-- LinkedIn address, or by name (then organization), through these indexes instead of a scan of every contact.
-- The LinkedIn key is the address in lower case without its scheme, "www." or trailing slashes; dev.kith.team's
-- store uses the very same expression, so that the index serves it.
CREATE INDEX contact_emails_any_book ON contact_emails (email_key);
CREATE INDEX contacts_name_any_book ON contacts (name_key);
CREATE INDEX contacts_linkedin_key ON contacts (
    (rtrim(replace(replace(replace(lower(linkedin_url), 'https://', ''), 'http://', ''), 'www.', ''), '/')));
