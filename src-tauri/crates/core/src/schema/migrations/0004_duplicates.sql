-- Schema v3: bringing a network in (issue 8). Imports match people by strong keys (email, phone, LinkedIn URL, a
-- vCard's UID) and queue near matches for the user to judge, remembering "not the same person".
-- Never edit this file once landed: add a new migration instead.

-- Keys a person was imported under that their channels cannot hold, such as a vCard's UID (`uid:<UID>`), so a
-- re-import of the same card finds them again.
CREATE TABLE person_keys (
    key       TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE
) STRICT;
CREATE INDEX person_keys_person ON person_keys(person_id);

-- Pairs that may be one person, waiting for the user: merge them, or say they are not the same. Each pair is stored
-- once, its ids in byte order; `reasons` is a JSON array of short phrases ("same name", "same company").
CREATE TABLE duplicate_candidates (
    person_a TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    person_b TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    score    REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
    reasons  TEXT NOT NULL,
    PRIMARY KEY (person_a, person_b),
    CHECK (person_a < person_b)
) STRICT;
CREATE INDEX duplicate_candidates_b ON duplicate_candidates(person_b);

-- Pairs the user said are different people: never queued again.
CREATE TABLE distinct_people (
    person_a TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    person_b TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (person_a, person_b),
    CHECK (person_a < person_b)
) STRICT;
CREATE INDEX distinct_people_b ON distinct_people(person_b);
