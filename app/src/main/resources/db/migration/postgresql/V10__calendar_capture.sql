-- Calendar capture (PostgreSQL): each meeting captured from an iCalendar file or a calendar, once,
-- keyed by its UID and RECURRENCE-ID, with the interaction it was logged as; and which interactions
-- are routine: an occurrence of a recurring meeting keeps a tie warm but calls for no follow-up.
ALTER TABLE interactions ADD COLUMN routine BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE calendar_meetings (
    book_id        BIGINT NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    meeting_key    TEXT   NOT NULL CHECK (length(meeting_key) > 0),
    interaction_id BIGINT REFERENCES interactions (id) ON DELETE SET NULL,
    PRIMARY KEY (book_id, meeting_key)
);
CREATE INDEX calendar_meetings_interaction ON calendar_meetings (interaction_id);
