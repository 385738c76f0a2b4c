-- Where a job came from: the import source that reported it ("linkedin", "vcard:Contacts.vcf"), NULL when
-- entered by the user or unknown. A new-job milestone needs the same source reporting a change.
ALTER TABLE employments ADD COLUMN source TEXT;
