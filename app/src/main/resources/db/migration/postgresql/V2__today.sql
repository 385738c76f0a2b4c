-- Today's plan remembers what you did with each proposed action: done, snoozed until a date, or
-- skipped (hidden for 30 days). Actions are identified by their stable id (see docs/decisions.md).

CREATE TABLE today_actions (
    book_id   BIGINT NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    action_id TEXT   NOT NULL CHECK (length(trim(action_id)) > 0),
    kind      TEXT   NOT NULL,
    status    TEXT   NOT NULL CHECK (status IN ('done', 'snoozed', 'skipped')),
    acted_on  DATE   NOT NULL,
    hidden_until DATE,
    note      TEXT,
    PRIMARY KEY (book_id, action_id)
);
CREATE INDEX today_actions_done ON today_actions (book_id, status, acted_on);
