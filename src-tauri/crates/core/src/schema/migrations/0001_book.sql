-- Schema v1: the whole ARCHIVE.md model. Ids are the archive's stable uids; dates are TEXT `YYYY-MM-DD`
-- (sortable), yearless recurring dates `--MM-DD`. Sub-lists keep their order in `position`.
-- Never edit this file once landed: add a new migration instead.

CREATE TABLE people (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    company       TEXT,
    title         TEXT,
    location      TEXT,
    how_met       TEXT,
    met_on        TEXT,
    circle        INTEGER NOT NULL DEFAULT 5 CHECK (circle BETWEEN 1 AND 5),
    peak_circle   INTEGER NOT NULL DEFAULT 5 CHECK (peak_circle BETWEEN 1 AND 5 AND peak_circle <= circle),
    stage         TEXT NOT NULL DEFAULT 'acquaintance' CHECK (stage IN ('acquaintance','friend','ally','advocate')),
    power         INTEGER NOT NULL DEFAULT 0 CHECK (power IN (0,1)),
    kin           INTEGER NOT NULL DEFAULT 0 CHECK (kin IN (0,1)),
    no_intros     INTEGER NOT NULL DEFAULT 0 CHECK (no_intros IN (0,1)),
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','archived','deceased','do_not_contact')),
    cadence_days  INTEGER CHECK (cadence_days BETWEEN 1 AND 3650),
    snoozed_until TEXT,
    birthday      TEXT,
    notes         TEXT,
    -- Set on the bundled sample network so that it can be removed in one click, leaving nothing behind.
    sample        INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0,1))
) STRICT;
CREATE INDEX people_name ON people(name COLLATE NOCASE);
CREATE INDEX people_status_circle ON people(status, circle);

CREATE TABLE person_dates (
    id        TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    label     TEXT,
    date      TEXT NOT NULL
) STRICT;
CREATE INDEX person_dates_person ON person_dates(person_id);

CREATE TABLE channels (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('email','phone','url','linkedin','address','other')),
    value     TEXT NOT NULL,
    label     TEXT,
    PRIMARY KEY (person_id, position)
) STRICT;

CREATE TABLE tags (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    tag       TEXT NOT NULL,
    PRIMARY KEY (person_id, position)
) STRICT;
CREATE INDEX tags_tag ON tags(tag COLLATE NOCASE);

CREATE TABLE interests (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    topic     TEXT NOT NULL,
    strength  REAL NOT NULL DEFAULT 1 CHECK (strength BETWEEN 0 AND 1),
    PRIMARY KEY (person_id, position)
) STRICT;

CREATE TABLE expertise (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    topic     TEXT NOT NULL,
    PRIMARY KEY (person_id, position)
) STRICT;

-- Needs and offers share one shape; `side` tells them apart. Ids are unique within each side.
CREATE TABLE needs (
    id        TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    topic     TEXT NOT NULL,
    text      TEXT,
    since     TEXT NOT NULL,
    until     TEXT
) STRICT;
CREATE INDEX needs_person ON needs(person_id);

CREATE TABLE offers (
    id        TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    topic     TEXT NOT NULL,
    text      TEXT,
    since     TEXT NOT NULL,
    until     TEXT
) STRICT;
CREATE INDEX offers_person ON offers(person_id);

CREATE TABLE interactions (
    id        TEXT PRIMARY KEY NOT NULL,
    date      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('meal','coffee','activity','event','meeting','call','video','message',
                                            'email','letter','gift','intro','note')),
    initiator TEXT NOT NULL DEFAULT 'me' CHECK (initiator IN ('me','them','mutual')),
    minutes   INTEGER CHECK (minutes BETWEEN 0 AND 1440),
    summary   TEXT
) STRICT;
CREATE INDEX interactions_date ON interactions(date);

CREATE TABLE interaction_people (
    interaction_id TEXT NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    person_id      TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    PRIMARY KEY (interaction_id, person_id)
) STRICT;
CREATE INDEX interaction_people_person ON interaction_people(person_id, interaction_id);

CREATE TABLE events (
    id        TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    date      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('new_job','promotion','launch','award','wedding','baby','graduation',
                                            'move','illness','bereavement','job_loss','other')),
    detail    TEXT
) STRICT;
CREATE INDEX events_person_date ON events(person_id, date);

-- A favor has exactly one side that is me: `person_id` is the other side, `received` says which way it went.
CREATE TABLE favors (
    id         TEXT PRIMARY KEY NOT NULL,
    person_id  TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    received   INTEGER NOT NULL CHECK (received IN (0,1)),
    date       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('referral','intro','advice','endorsement','recommendation','gift',
                                             'favor','share')),
    detail     TEXT,
    thanked_on TEXT,
    outcome    TEXT
) STRICT;
CREATE INDEX favors_person_date ON favors(person_id, date);

CREATE TABLE follow_ups (
    id        TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    mine      INTEGER NOT NULL CHECK (mine IN (0,1)),
    text      TEXT NOT NULL,
    due       TEXT NOT NULL,
    until     TEXT,
    done_on   TEXT
) STRICT;
CREATE INDEX follow_ups_person_due ON follow_ups(person_id, due);

CREATE TABLE goals (
    id       TEXT PRIMARY KEY NOT NULL,
    title    TEXT NOT NULL CHECK (length(trim(title)) > 0),
    priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1))
) STRICT;

CREATE TABLE goal_topics (
    goal_id  TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    topic    TEXT NOT NULL,
    PRIMARY KEY (goal_id, position)
) STRICT;

CREATE TABLE goal_people (
    goal_id   TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    PRIMARY KEY (goal_id, person_id)
) STRICT;
CREATE INDEX goal_people_person ON goal_people(person_id);

CREATE TABLE items (
    id           TEXT PRIMARY KEY NOT NULL,
    title        TEXT NOT NULL,
    url          TEXT,
    published_on TEXT NOT NULL
) STRICT;
CREATE INDEX items_published ON items(published_on);

CREATE TABLE item_topics (
    item_id  TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    topic    TEXT NOT NULL,
    PRIMARY KEY (item_id, position)
) STRICT;

-- Feedback is append-only; `seq` keeps insertion order for the archive's sort.
CREATE TABLE feedback (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    suggestion TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('done','dismissed','snoozed')),
    on_date    TEXT NOT NULL,
    reason     TEXT CHECK (reason IN ('not_relevant','not_this_person','wrong_timing','already_done')),
    until      TEXT
) STRICT;
CREATE INDEX feedback_suggestion ON feedback(suggestion);
CREATE INDEX feedback_on ON feedback(on_date);

-- A suggestion shown to the user, once per day (Today records it).
CREATE TABLE suggestion_shown (
    suggestion TEXT NOT NULL,
    on_date    TEXT NOT NULL,
    PRIMARY KEY (suggestion, on_date)
) STRICT;

-- Stage and circle changes with their date, so trends can be drawn.
CREATE TABLE person_changes (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    on_date   TEXT NOT NULL,
    field     TEXT NOT NULL CHECK (field IN ('stage','circle')),
    old_value TEXT,
    new_value TEXT NOT NULL
) STRICT;
CREATE INDEX person_changes_person ON person_changes(person_id, on_date);

-- Key/value settings; values are JSON. Archive settings and local preferences (theme, autostart…) live here.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
