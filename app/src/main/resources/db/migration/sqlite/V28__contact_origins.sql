-- Where a contact came from, for the plan only (never shown): 'address-book' when an import of an address
-- book (a vCard file, a Google, Outlook or Thunderbird CSV) or a phone-book sync (CardDAV) created it,
-- 'linkedin' when LinkedIn's export did, NULL when added in Kith (by hand, from mail, a calendar, a card).
-- Someone brought in from an address book was known before; someone typed in today may not have been.
ALTER TABLE contacts ADD COLUMN origin TEXT CHECK (origin IN ('address-book', 'linkedin'));

-- Contacts imported before this column: an import writes each new contact's job with no start date and
-- the import's source; a job reported by an import for someone already in the book starts on that day.
-- Each IN list is built once (one pass over employments), so this is linear in the book: a correlated EXISTS
-- searched the whole book's jobs for each contact (24 s per statement on a 10,000-contact book).
UPDATE contacts SET origin = 'linkedin'
WHERE id IN (SELECT e.contact_id FROM employments e WHERE e.start_on IS NULL AND e.source = 'linkedin');
UPDATE contacts SET origin = 'address-book'
WHERE origin IS NULL
  AND id IN (SELECT e.contact_id FROM employments e
             WHERE e.start_on IS NULL
               AND (e.source LIKE 'vcard:%' OR e.source LIKE 'google:%' OR e.source LIKE 'outlook:%'
                    OR e.source LIKE 'carddav:%'));
