-- Schema: each contacts import remembered as a batch, so the app can undo the whole import while its people have no
-- new records (issue 8). Never edit this file once landed: add a new migration instead.

-- One import: its format, the file's name as the user picked it, and the day it ran.
CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY,
    format      TEXT NOT NULL,
    source      TEXT NOT NULL DEFAULT '',
    imported_on TEXT NOT NULL
) STRICT;

-- The people a batch touched. `added` = 1: the import created them (undo removes them). `added` = 0: the import
-- filled in a person already in the book; `before` and `after` are that person as JSON, so undo puts `before` back
-- while the person is still exactly `after`. A person removed or merged away since leaves the batch with them.
CREATE TABLE import_batch_people (
    batch_id  INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    added     INTEGER NOT NULL CHECK (added IN (0, 1)),
    before    TEXT,
    after     TEXT,
    PRIMARY KEY (batch_id, person_id)
) STRICT;
CREATE INDEX import_batch_people_person ON import_batch_people(person_id);
