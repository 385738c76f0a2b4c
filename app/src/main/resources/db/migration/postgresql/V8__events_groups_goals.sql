-- Events (with yearly series), professional groups and networking goals (PostgreSQL).

CREATE TABLE professional_groups (
    id         BIGSERIAL PRIMARY KEY,
    book_id    BIGINT  NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_key   TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('association', 'alumni', 'meetup', 'online', 'volunteer')),
    created_on DATE    NOT NULL,
    UNIQUE (book_id, name_key),
    UNIQUE (book_id, id)
);

CREATE TABLE group_members (
    book_id    BIGINT  NOT NULL,
    group_id   BIGINT  NOT NULL,
    contact_id BIGINT  NOT NULL,
    role       TEXT    NOT NULL CHECK (role IN ('member', 'volunteer', 'board', 'chair')),
    since      DATE    NOT NULL,
    PRIMARY KEY (group_id, contact_id),
    FOREIGN KEY (book_id, group_id) REFERENCES professional_groups (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX group_members_since ON group_members (book_id, since);
CREATE INDEX group_members_contact ON group_members (contact_id);

CREATE TABLE events (
    id         BIGSERIAL PRIMARY KEY,
    book_id    BIGINT  NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_key   TEXT    NOT NULL,
    series     TEXT,
    series_key TEXT,
    start_on   DATE    NOT NULL,
    end_on     DATE    NOT NULL,
    location   TEXT,
    group_id   BIGINT,
    my_role    TEXT    CHECK (my_role IS NULL OR my_role IN ('speaker', 'volunteer', 'attendee')),
    CHECK (end_on >= start_on),
    UNIQUE (book_id, name_key),
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, group_id) REFERENCES professional_groups (book_id, id)
);
CREATE INDEX events_book_start ON events (book_id, start_on);
CREATE INDEX events_book_series ON events (book_id, series_key);

CREATE TABLE event_attendance (
    book_id     BIGINT  NOT NULL,
    event_id    BIGINT  NOT NULL,
    contact_id  BIGINT  NOT NULL,
    role        TEXT    NOT NULL CHECK (role IN ('speaker', 'volunteer', 'attendee')),
    first_timer BOOLEAN NOT NULL DEFAULT FALSE,
    alone       BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (event_id, contact_id),
    FOREIGN KEY (book_id, event_id) REFERENCES events (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);
CREATE INDEX event_attendance_contact ON event_attendance (contact_id);

-- which event-encounter interactions happened at which event ("kith met")
CREATE TABLE event_encounters (
    book_id        BIGINT  NOT NULL,
    event_id       BIGINT  NOT NULL,
    interaction_id BIGINT  NOT NULL,
    PRIMARY KEY (event_id, interaction_id),
    FOREIGN KEY (book_id, event_id) REFERENCES events (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, interaction_id) REFERENCES interactions (book_id, id) ON DELETE CASCADE
);

CREATE TABLE goals (
    id         BIGSERIAL PRIMARY KEY,
    book_id    BIGINT  NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    title      TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    title_key  TEXT    NOT NULL,
    keywords   TEXT,
    due_on     DATE,
    created_on DATE    NOT NULL,
    UNIQUE (book_id, title_key),
    UNIQUE (book_id, id)
);

CREATE TABLE goal_contacts (
    book_id    BIGINT  NOT NULL,
    goal_id    BIGINT  NOT NULL,
    contact_id BIGINT  NOT NULL,
    PRIMARY KEY (goal_id, contact_id),
    FOREIGN KEY (book_id, goal_id) REFERENCES goals (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, contact_id) REFERENCES contacts (book_id, id) ON DELETE CASCADE
);

CREATE TABLE goal_interactions (
    book_id        BIGINT  NOT NULL,
    goal_id        BIGINT  NOT NULL,
    interaction_id BIGINT  NOT NULL,
    PRIMARY KEY (goal_id, interaction_id),
    FOREIGN KEY (book_id, goal_id) REFERENCES goals (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, interaction_id) REFERENCES interactions (book_id, id) ON DELETE CASCADE
);

CREATE TABLE goal_events (
    book_id  BIGINT  NOT NULL,
    goal_id  BIGINT  NOT NULL,
    event_id BIGINT  NOT NULL,
    PRIMARY KEY (goal_id, event_id),
    FOREIGN KEY (book_id, goal_id) REFERENCES goals (book_id, id) ON DELETE CASCADE,
    FOREIGN KEY (book_id, event_id) REFERENCES events (book_id, id) ON DELETE CASCADE
);

CREATE TABLE goal_outcomes (
    id          BIGSERIAL PRIMARY KEY,
    book_id     BIGINT  NOT NULL,
    goal_id     BIGINT  NOT NULL,
    occurred_on DATE    NOT NULL,
    text        TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    UNIQUE (book_id, id),
    FOREIGN KEY (book_id, goal_id) REFERENCES goals (book_id, id) ON DELETE CASCADE
);
