-- A goal can be closed: achieved or dropped, on a day, with an optional note; a closed goal no longer
-- ranks anyone higher in Today. Reopening clears the three columns. See docs/decisions.md (goals close).

ALTER TABLE goals ADD COLUMN closed_on DATE;
ALTER TABLE goals ADD COLUMN closed_as TEXT CHECK (closed_as IN ('achieved', 'dropped'));
ALTER TABLE goals ADD COLUMN closed_note TEXT;
