-- Events (with yearly series), professional groups and networking goals (SQLite).

CREATE TABLE professional_groups (
    id         INTEGER PRIMARY KEY,
    book_id    INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_key   TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('association', 'alumni', 'meetup', 'online', 'volunteer')),
    created_on TEXT    NOT NULL,
    UNIQUE (book_id, name_key),
    UNIQUE (book_id, id)
);

CREATE TABLE group_members (
    book_id    INTEGER NOT NULL,
    group_id   INTEGER NOT NULL,
    contact_id INTEGER NOT NULL,
    role       TEXT    NOT NULL CHECK (role IN ('member', 'volunteer', 'board', 'chair')),
    since      TEXT    NOT NULL,
    PRIMARY KEY (group_id, contact_id),
    FOREIGN KEY (book_id, group_id) REFERENCES professional_groups (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX group_members_since ON group_members (book_id, since);
CREATE INDEX group_members_contact ON group_members (contact_id);

CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    book_id    INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_key   TEXT    NOT NULL,
    series     TEXT,
    series_key TEXT,
    start_on   TEXT    NOT NULL,
    end_on     TEXT    NOT NULL,
    location   TEXT,
    group_id   INTEGER,
    my_role    TEXT    CHECK (my_role IS NULL OR my_role IN ('speaker', 'volunteer', 'attendee')),
    CHECK (end_on >= start_on),
    UNIQUE (book_id, name_key),
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, group_id) REFERENCES professional_groups (book_id, id)
);
CREATE INDEX events_book_start ON events (book_id, start_on);
CREATE INDEX events_book_series ON events (book_id, series_key);

CREATE TABLE event_attendance (
    book_id     INTEGER NOT NULL,
    event_id    INTEGER NOT NULL,
    contact_id  INTEGER NOT NULL,
    role        TEXT    NOT NULL CHECK (role IN ('speaker', 'volunteer', 'attendee')),
    first_timer INTEGER NOT NULL DEFAULT 0 CHECK (first_timer IN (0, 1)),
    alone       INTEGER NOT NULL DEFAULT 0 CHECK (alone IN (0, 1)),
    PRIMARY KEY (event_id, contact_id),
    FOREIGN KEY (book_id, event_id) REFERENCES events (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX event_attendance_contact ON event_attendance (contact_id);

-- which event-encounter interactions happened at which event ("kith met")
CREATE TABLE event_encounters (
    book_id        INTEGER NOT NULL,
    event_id       INTEGER NOT NULL,
    interaction_id INTEGER NOT NULL,
    PRIMARY KEY (event_id, interaction_id),
    FOREIGN KEY (book_id, event_id) REFERENCES events (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, interaction_id) REFERENCES interactions (book_id, id) ON DELETE CASCADE
);

CREATE TABLE goals (
    id         INTEGER PRIMARY KEY,
    book_id    INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    title      TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    title_key  TEXT    NOT NULL,
    keywords   TEXT,
    due_on     TEXT,
    created_on TEXT    NOT NULL,
    UNIQUE (book_id, title_key),
    UNIQUE (book_id, id)
);

CREATE TABLE goal_contacts (
    book_id    INTEGER NOT NULL,
    goal_id    INTEGER NOT NULL,
    contact_id INTEGER NOT NULL,
    PRIMARY KEY (goal_id, contact_id),
    FOREIGN KEY (book_id, goal_id) REFERENCES goals (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);

CREATE TABLE goal_interactions (
    book_id        INTEGER NOT NULL,
    goal_id        INTEGER NOT NULL,
    interaction_id INTEGER NOT NULL,
    PRIMARY KEY (goal_id, interaction_id),
    FOREIGN KEY (book_id, goal_id) REFERENCES goals (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, interaction_id) REFERENCES interactions (book_id, id) ON DELETE CASCADE
);

CREATE TABLE goal_events (
    book_id  INTEGER NOT NULL,
    goal_id  INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    PRIMARY KEY (goal_id, event_id),
    FOREIGN KEY (book_id, goal_id) REFERENCES goals (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, event_id) REFERENCES events (book_id, id) ON DELETE CASCADE
);

CREATE TABLE goal_outcomes (
    id          INTEGER PRIMARY KEY,
    book_id     INTEGER NOT NULL,
    goal_id     INTEGER NOT NULL,
    occurred_on TEXT    NOT NULL,
    text        TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, goal_id) REFERENCES goals (book_id, id) ON DELETE CASCADE
);
