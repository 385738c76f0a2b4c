-- Today remembers whom each done, snoozed or skipped action was about (contact ids separated by
-- spaces), so that no refill of the plan brings that person back the same day.
ALTER TABLE today_actions ADD COLUMN people TEXT;
