-- Schema v5: a durable trash, and search indexes that forget what was deleted.
-- Never edit this file once landed: add a new migration instead.
--
-- Deleting a person (or any record) moves it here, whole, in the same transaction: Undo and the Trash view put it
-- back, also after a restart; entries older than 30 days are purged. `payload` is the deleted record as JSON (a
-- person with everything that went with them), so a restore goes through the ordinary inserts.

CREATE TABLE trash (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL CHECK (kind IN ('person', 'interaction', 'event', 'favor', 'follow_up', 'goal', 'item')),
    record_id  TEXT NOT NULL,
    label      TEXT NOT NULL,
    deleted_on TEXT NOT NULL,
    payload    TEXT NOT NULL
) STRICT;

CREATE INDEX trash_by_day ON trash (deleted_on);

-- FTS5 keeps a deleted row's tokens in its index until segments merge; 'secure-delete' removes them at once, so a
-- deleted note cannot be read back from the file (PRAGMA secure_delete zeroes the freed pages themselves).
INSERT INTO people_fts (people_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO interactions_fts (interactions_fts, rank) VALUES ('secure-delete', 1);
