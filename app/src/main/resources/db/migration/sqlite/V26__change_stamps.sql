-- Change stamps: per book and table, a number that grows with every committed change to that table's rows
-- of that book, so a cache can be keyed on exactly what it read (see docs/decisions.md, "Change stamps").
-- Bumped by triggers on insert, update and delete of each table a cache reads; on SQLite each
-- changed row bumps it (one writer at a time, so no row is contended).
-- Not book data: no backup, export, journal or undo reads this table, and a restore or an undo bumps it
-- through the same triggers.

CREATE TABLE change_stamps (
    book_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    stamp BIGINT NOT NULL,
    PRIMARY KEY (book_id, name)
);

CREATE TRIGGER contacts_stamp_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'contacts', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER contacts_stamp_update AFTER UPDATE ON contacts BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'contacts', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER contacts_stamp_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'contacts', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER contact_emails_stamp_insert AFTER INSERT ON contact_emails BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'contact_emails', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER contact_emails_stamp_update AFTER UPDATE ON contact_emails BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'contact_emails', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER contact_emails_stamp_delete AFTER DELETE ON contact_emails BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'contact_emails', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER contact_phones_stamp_insert AFTER INSERT ON contact_phones BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'contact_phones', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER contact_phones_stamp_update AFTER UPDATE ON contact_phones BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'contact_phones', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER contact_phones_stamp_delete AFTER DELETE ON contact_phones BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'contact_phones', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER contact_tags_stamp_insert AFTER INSERT ON contact_tags BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'contact_tags', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER contact_tags_stamp_update AFTER UPDATE ON contact_tags BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'contact_tags', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER contact_tags_stamp_delete AFTER DELETE ON contact_tags BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'contact_tags', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER contact_interests_stamp_insert AFTER INSERT ON contact_interests BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'contact_interests', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER contact_interests_stamp_update AFTER UPDATE ON contact_interests BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'contact_interests', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER contact_interests_stamp_delete AFTER DELETE ON contact_interests BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'contact_interests', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER organizations_stamp_insert AFTER INSERT ON organizations BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'organizations', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER organizations_stamp_update AFTER UPDATE ON organizations BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'organizations', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER organizations_stamp_delete AFTER DELETE ON organizations BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'organizations', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER employments_stamp_insert AFTER INSERT ON employments BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'employments', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER employments_stamp_update AFTER UPDATE ON employments BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'employments', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER employments_stamp_delete AFTER DELETE ON employments BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'employments', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER interactions_stamp_insert AFTER INSERT ON interactions BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'interactions', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER interactions_stamp_update AFTER UPDATE ON interactions BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'interactions', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER interactions_stamp_delete AFTER DELETE ON interactions BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'interactions', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER interaction_people_stamp_insert AFTER INSERT ON interaction_people BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'interaction_people', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER interaction_people_stamp_update AFTER UPDATE ON interaction_people BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'interaction_people', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER interaction_people_stamp_delete AFTER DELETE ON interaction_people BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'interaction_people', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER milestones_stamp_insert AFTER INSERT ON milestones BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'milestones', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER milestones_stamp_update AFTER UPDATE ON milestones BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'milestones', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER milestones_stamp_delete AFTER DELETE ON milestones BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'milestones', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER ties_stamp_insert AFTER INSERT ON ties BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'ties', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER ties_stamp_update AFTER UPDATE ON ties BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'ties', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER ties_stamp_delete AFTER DELETE ON ties BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'ties', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER tasks_stamp_insert AFTER INSERT ON tasks BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'tasks', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER tasks_stamp_update AFTER UPDATE ON tasks BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'tasks', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER tasks_stamp_delete AFTER DELETE ON tasks BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'tasks', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER today_actions_stamp_insert AFTER INSERT ON today_actions BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'today_actions', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER today_actions_stamp_update AFTER UPDATE ON today_actions BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'today_actions', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER today_actions_stamp_delete AFTER DELETE ON today_actions BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'today_actions', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER settings_stamp_insert AFTER INSERT ON settings BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'settings', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER settings_stamp_update AFTER UPDATE ON settings BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'settings', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER settings_stamp_delete AFTER DELETE ON settings BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'settings', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER professional_groups_stamp_insert AFTER INSERT ON professional_groups BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'professional_groups', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER professional_groups_stamp_update AFTER UPDATE ON professional_groups BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'professional_groups', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER professional_groups_stamp_delete AFTER DELETE ON professional_groups BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'professional_groups', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER group_members_stamp_insert AFTER INSERT ON group_members BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'group_members', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER group_members_stamp_update AFTER UPDATE ON group_members BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'group_members', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER group_members_stamp_delete AFTER DELETE ON group_members BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'group_members', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER events_stamp_insert AFTER INSERT ON events BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'events', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER events_stamp_update AFTER UPDATE ON events BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'events', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER events_stamp_delete AFTER DELETE ON events BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'events', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER event_attendance_stamp_insert AFTER INSERT ON event_attendance BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'event_attendance', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER event_attendance_stamp_update AFTER UPDATE ON event_attendance BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'event_attendance', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER event_attendance_stamp_delete AFTER DELETE ON event_attendance BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'event_attendance', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER event_encounters_stamp_insert AFTER INSERT ON event_encounters BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'event_encounters', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER event_encounters_stamp_update AFTER UPDATE ON event_encounters BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'event_encounters', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER event_encounters_stamp_delete AFTER DELETE ON event_encounters BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'event_encounters', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER goals_stamp_insert AFTER INSERT ON goals BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'goals', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER goals_stamp_update AFTER UPDATE ON goals BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'goals', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER goals_stamp_delete AFTER DELETE ON goals BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'goals', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER goal_contacts_stamp_insert AFTER INSERT ON goal_contacts BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'goal_contacts', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER goal_contacts_stamp_update AFTER UPDATE ON goal_contacts BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'goal_contacts', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER goal_contacts_stamp_delete AFTER DELETE ON goal_contacts BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'goal_contacts', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER goal_interactions_stamp_insert AFTER INSERT ON goal_interactions BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'goal_interactions', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER goal_interactions_stamp_update AFTER UPDATE ON goal_interactions BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'goal_interactions', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER goal_interactions_stamp_delete AFTER DELETE ON goal_interactions BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'goal_interactions', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER goal_events_stamp_insert AFTER INSERT ON goal_events BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'goal_events', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER goal_events_stamp_update AFTER UPDATE ON goal_events BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'goal_events', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER goal_events_stamp_delete AFTER DELETE ON goal_events BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'goal_events', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER goal_outcomes_stamp_insert AFTER INSERT ON goal_outcomes BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'goal_outcomes', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER goal_outcomes_stamp_update AFTER UPDATE ON goal_outcomes BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'goal_outcomes', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER goal_outcomes_stamp_delete AFTER DELETE ON goal_outcomes BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'goal_outcomes', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER targets_stamp_insert AFTER INSERT ON targets BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'targets', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER targets_stamp_update AFTER UPDATE ON targets BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'targets', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER targets_stamp_delete AFTER DELETE ON targets BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'targets', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER asks_stamp_insert AFTER INSERT ON asks BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'asks', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER asks_stamp_update AFTER UPDATE ON asks BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'asks', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER asks_stamp_delete AFTER DELETE ON asks BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'asks', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER articles_stamp_insert AFTER INSERT ON articles BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'articles', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER articles_stamp_update AFTER UPDATE ON articles BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'articles', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER articles_stamp_delete AFTER DELETE ON articles BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'articles', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER shares_stamp_insert AFTER INSERT ON shares BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'shares', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER shares_stamp_update AFTER UPDATE ON shares BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'shares', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER shares_stamp_delete AFTER DELETE ON shares BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'shares', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER profile_embeddings_stamp_insert AFTER INSERT ON profile_embeddings BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'profile_embeddings', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER profile_embeddings_stamp_update AFTER UPDATE ON profile_embeddings BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'profile_embeddings', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER profile_embeddings_stamp_delete AFTER DELETE ON profile_embeddings BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'profile_embeddings', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER phrase_embeddings_stamp_insert AFTER INSERT ON phrase_embeddings BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'phrase_embeddings', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER phrase_embeddings_stamp_update AFTER UPDATE ON phrase_embeddings BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'phrase_embeddings', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER phrase_embeddings_stamp_delete AFTER DELETE ON phrase_embeddings BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'phrase_embeddings', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER text_embeddings_stamp_insert AFTER INSERT ON text_embeddings BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'text_embeddings', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER text_embeddings_stamp_update AFTER UPDATE ON text_embeddings BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'text_embeddings', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER text_embeddings_stamp_delete AFTER DELETE ON text_embeddings BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'text_embeddings', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER intros_stamp_insert AFTER INSERT ON intros BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'intros', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER intros_stamp_update AFTER UPDATE ON intros BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'intros', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER intros_stamp_delete AFTER DELETE ON intros BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'intros', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER intro_steps_stamp_insert AFTER INSERT ON intro_steps BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'intro_steps', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER intro_steps_stamp_update AFTER UPDATE ON intro_steps BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'intro_steps', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER intro_steps_stamp_delete AFTER DELETE ON intro_steps BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'intro_steps', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER card_books_stamp_insert AFTER INSERT ON card_books BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'card_books', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER card_books_stamp_update AFTER UPDATE ON card_books BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'card_books', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER card_books_stamp_delete AFTER DELETE ON card_books BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'card_books', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER cards_stamp_insert AFTER INSERT ON cards BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'cards', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER cards_stamp_update AFTER UPDATE ON cards BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'cards', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER cards_stamp_delete AFTER DELETE ON cards BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'cards', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER my_addresses_stamp_insert AFTER INSERT ON my_addresses BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'my_addresses', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER my_addresses_stamp_update AFTER UPDATE ON my_addresses BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'my_addresses', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER my_addresses_stamp_delete AFTER DELETE ON my_addresses BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'my_addresses', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER duplicate_dismissals_stamp_insert AFTER INSERT ON duplicate_dismissals BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'duplicate_dismissals', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER duplicate_dismissals_stamp_update AFTER UPDATE ON duplicate_dismissals BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.book_id, 'duplicate_dismissals', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER duplicate_dismissals_stamp_delete AFTER DELETE ON duplicate_dismissals BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.book_id, 'duplicate_dismissals', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER books_stamp_insert AFTER INSERT ON books BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.id, 'books', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER books_stamp_update AFTER UPDATE ON books BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (NEW.id, 'books', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;

CREATE TRIGGER books_stamp_delete AFTER DELETE ON books BEGIN
    INSERT INTO change_stamps (book_id, name, stamp) VALUES (OLD.id, 'books', 1)
        ON CONFLICT (book_id, name) DO UPDATE SET stamp = change_stamps.stamp + 1;
END;
