-- What the engine needs of each person's history, kept current as it is written, so that a morning's `suggest`
-- reads one row per person instead of every interaction of the book.
--
-- contact_summary.entries packs each meaningful interaction (any kind but `note`) of the person, sorted by date, as
-- 7 bytes: the day (days from the common era, i32 little-endian), the kind (u8, in the order of the kinds' CHECK
-- list), the logged minutes (u16 little-endian, 0xFFFF when not logged). The store writes it (store/contacts.rs).
CREATE TABLE contact_summary (
    person_id TEXT PRIMARY KEY NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    entries   BLOB NOT NULL
) STRICT, WITHOUT ROWID;

-- People whose summary must be rebuilt: marked by the triggers below, rebuilt (and cleared) by the store before each
-- write transaction commits, so a reader never sees a stale summary.
CREATE TABLE contact_stale (
    person_id TEXT PRIMARY KEY NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO contact_stale (person_id) SELECT id FROM people;

CREATE TRIGGER contact_stale_link AFTER INSERT ON interaction_people BEGIN
    INSERT OR IGNORE INTO contact_stale (person_id) VALUES (new.person_id);
END;

CREATE TRIGGER contact_stale_unlink AFTER DELETE ON interaction_people BEGIN
    INSERT OR IGNORE INTO contact_stale (person_id) VALUES (old.person_id);
END;

CREATE TRIGGER contact_stale_relink AFTER UPDATE ON interaction_people BEGIN
    INSERT OR IGNORE INTO contact_stale (person_id) VALUES (old.person_id), (new.person_id);
END;

CREATE TRIGGER contact_stale_edit AFTER UPDATE OF date, kind, minutes ON interactions BEGIN
    INSERT OR IGNORE INTO contact_stale (person_id)
        SELECT person_id FROM interaction_people WHERE interaction_id = new.id;
END;

-- Intros are few: the engine reads who was introduced to whom through this index, not by scanning every interaction.
CREATE INDEX interactions_intro ON interactions(date) WHERE kind = 'intro';
