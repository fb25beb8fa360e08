-- Schema v2: full-text search over people (name, company, title, notes, tags) and interaction summaries, and each
-- person's last meaningful contact kept at hand (listing 10k people by next due must not join 100k interactions).
-- Never edit this file once landed: add a new migration instead.
--
-- FTS5 rows are keyed by integer rowids, but people and interactions have TEXT primary keys whose implicit rowids
-- may change on VACUUM. So each indexed record gets a stable integer `doc` in a key table, and the FTS row uses it.
-- Triggers keep the index in step with every write path (the app, the CLI, the archive import, raw SQL in tests).
-- `unicode61 remove_diacritics 2` folds case and accents (José = jose); the prefix indexes make `ana*` cheap.

CREATE TABLE people_search_keys (
    doc       INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE interaction_search_keys (
    doc            INTEGER PRIMARY KEY,
    interaction_id TEXT NOT NULL UNIQUE
) STRICT;

CREATE VIRTUAL TABLE people_fts USING fts5(
    name, company, title, notes, tags,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE VIRTUAL TABLE interactions_fts USING fts5(
    summary,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

-- The indexes' vocabularies: the typo-tolerant search looks for terms a small edit away from what was typed.
CREATE VIRTUAL TABLE people_fts_terms USING fts5vocab(people_fts, 'row');
CREATE VIRTUAL TABLE interactions_fts_terms USING fts5vocab(interactions_fts, 'row');

-- Backfill what a v1 book already holds.
INSERT INTO people_search_keys (person_id) SELECT id FROM people ORDER BY id;
INSERT INTO people_fts (rowid, name, company, title, notes, tags)
    SELECT k.doc, p.name, p.company, p.title, p.notes,
           (SELECT group_concat(t.tag, ' ') FROM tags t WHERE t.person_id = p.id)
    FROM people p JOIN people_search_keys k ON k.person_id = p.id;
INSERT INTO interaction_search_keys (interaction_id) SELECT id FROM interactions ORDER BY id;
INSERT INTO interactions_fts (rowid, summary)
    SELECT k.doc, i.summary FROM interactions i JOIN interaction_search_keys k ON k.interaction_id = i.id;

CREATE TRIGGER people_search_insert AFTER INSERT ON people BEGIN
    INSERT INTO people_search_keys (person_id) VALUES (new.id);
    INSERT INTO people_fts (rowid, name, company, title, notes, tags)
        VALUES ((SELECT doc FROM people_search_keys WHERE person_id = new.id),
                new.name, new.company, new.title, new.notes,
                (SELECT group_concat(tag, ' ') FROM tags WHERE person_id = new.id));
END;

CREATE TRIGGER people_search_update AFTER UPDATE OF name, company, title, notes ON people BEGIN
    UPDATE people_fts SET name = new.name, company = new.company, title = new.title, notes = new.notes
        WHERE rowid = (SELECT doc FROM people_search_keys WHERE person_id = new.id);
END;

CREATE TRIGGER people_search_delete AFTER DELETE ON people BEGIN
    DELETE FROM people_fts WHERE rowid = (SELECT doc FROM people_search_keys WHERE person_id = old.id);
    DELETE FROM people_search_keys WHERE person_id = old.id;
END;

CREATE TRIGGER tags_search_insert AFTER INSERT ON tags BEGIN
    UPDATE people_fts SET tags = (SELECT group_concat(tag, ' ') FROM tags WHERE person_id = new.person_id)
        WHERE rowid = (SELECT doc FROM people_search_keys WHERE person_id = new.person_id);
END;

CREATE TRIGGER tags_search_update AFTER UPDATE ON tags BEGIN
    UPDATE people_fts SET tags = (SELECT group_concat(tag, ' ') FROM tags WHERE person_id = new.person_id)
        WHERE rowid = (SELECT doc FROM people_search_keys WHERE person_id = new.person_id);
END;

CREATE TRIGGER tags_search_delete AFTER DELETE ON tags BEGIN
    UPDATE people_fts SET tags = (SELECT group_concat(tag, ' ') FROM tags WHERE person_id = old.person_id)
        WHERE rowid = (SELECT doc FROM people_search_keys WHERE person_id = old.person_id);
END;

CREATE TRIGGER interactions_search_insert AFTER INSERT ON interactions BEGIN
    INSERT INTO interaction_search_keys (interaction_id) VALUES (new.id);
    INSERT INTO interactions_fts (rowid, summary)
        VALUES ((SELECT doc FROM interaction_search_keys WHERE interaction_id = new.id), new.summary);
END;

CREATE TRIGGER interactions_search_update AFTER UPDATE OF summary ON interactions BEGIN
    UPDATE interactions_fts SET summary = new.summary
        WHERE rowid = (SELECT doc FROM interaction_search_keys WHERE interaction_id = new.id);
END;

CREATE TRIGGER interactions_search_delete AFTER DELETE ON interactions BEGIN
    DELETE FROM interactions_fts WHERE rowid = (SELECT doc FROM interaction_search_keys WHERE interaction_id = old.id);
    DELETE FROM interaction_search_keys WHERE interaction_id = old.id;
END;

-- The date of each person's latest meaningful interaction (any kind but `note`), whatever `today` is; readers that
-- must ignore future-dated interactions check `date <= today` and look further only in that rare case.
CREATE TABLE last_contacts (
    person_id TEXT PRIMARY KEY NOT NULL,
    date      TEXT NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO last_contacts (person_id, date)
    SELECT ip.person_id, max(i.date) FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
    WHERE i.kind <> 'note' GROUP BY ip.person_id;

-- A new link can only move a last contact later: an upsert keeps it O(1) per row (imports add thousands).
CREATE TRIGGER last_contacts_link AFTER INSERT ON interaction_people BEGIN
    INSERT INTO last_contacts (person_id, date)
        SELECT new.person_id, i.date FROM interactions i WHERE i.id = new.interaction_id AND i.kind <> 'note'
        ON CONFLICT (person_id) DO UPDATE SET date = max(date, excluded.date);
END;

CREATE TRIGGER last_contacts_unlink AFTER DELETE ON interaction_people BEGIN
    DELETE FROM last_contacts WHERE person_id = old.person_id;
    INSERT INTO last_contacts (person_id, date)
        SELECT ip.person_id, max(i.date) FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
        WHERE ip.person_id = old.person_id AND i.kind <> 'note' GROUP BY ip.person_id;
END;

CREATE TRIGGER last_contacts_edit AFTER UPDATE OF date, kind ON interactions BEGIN
    DELETE FROM last_contacts WHERE person_id IN (SELECT person_id FROM interaction_people WHERE interaction_id = new.id);
    INSERT INTO last_contacts (person_id, date)
        SELECT ip.person_id, max(i.date) FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
        WHERE ip.person_id IN (SELECT person_id FROM interaction_people WHERE interaction_id = new.id)
          AND i.kind <> 'note'
        GROUP BY ip.person_id;
END;

CREATE TRIGGER last_contacts_forget AFTER DELETE ON people BEGIN
    DELETE FROM last_contacts WHERE person_id = old.id;
END;
