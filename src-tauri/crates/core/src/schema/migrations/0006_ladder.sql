-- The ladder (issue 9): proposals to move someone up or down the ladder that the user refused. A refused proposal is
-- not made again for a while (LadderConfig::refused_quiet_days); refusing again moves the date. Never edit this file
-- once landed: add a new migration instead.

CREATE TABLE ladder_refusals (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    to_stage  TEXT NOT NULL CHECK (to_stage IN ('acquaintance','friend','ally','advocate')),
    on_date   TEXT NOT NULL,
    PRIMARY KEY (person_id, to_stage)
) STRICT, WITHOUT ROWID;

-- The trend and the archive's `changes` read the whole history in date order.
CREATE INDEX person_changes_on ON person_changes(on_date, person_id, field);
