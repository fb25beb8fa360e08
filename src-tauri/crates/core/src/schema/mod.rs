//! The schema's migrations, in order. Each is an embedded `.sql` file applied in its own transaction; a landed
//! migration is never edited — add the next one instead (rule 3 of DESIGN.md).

use rusqlite_migration::{Migrations, M};

/// The schema version this build writes (SQLite's `user_version` after the last migration).
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_book.sql"),
    include_str!("migrations/0002_search.sql"),
    include_str!("migrations/0003_contact_summary.sql"),
    include_str!("migrations/0004_duplicates.sql"),
    include_str!("migrations/0005_trash.sql"),
    include_str!("migrations/0006_ladder.sql"),
    include_str!("migrations/0007_import_batches.sql"),
];

/// Every migration, each applied in its own transaction that also runs `foreign_key_check` before it commits: the
/// store runs them with foreign keys off (so a table rebuild cannot cascade deletes) and this check keeps them honest.
pub fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql).foreign_key_check()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    #[test]
    fn migrations_validate() {
        migrations().validate().expect("migrations are valid");
    }

    fn schema_of(conn: &Connection) -> Vec<(String, String, Option<String>)> {
        let mut stmt = conn
            .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().collect::<Result<_, _>>().unwrap()
    }

    /// A book created by schema v1, holding data, upgraded to the latest schema, has exactly the schema of a fresh
    /// book — and its existing records are searchable.
    #[test]
    fn a_v1_book_upgrades_to_the_fresh_schema() {
        let mut old = Connection::open_in_memory().unwrap();
        migrations().to_version(&mut old, 1).unwrap();
        old.execute_batch(
            "INSERT INTO people (id, name, company, notes) VALUES ('ana', 'Ana Lima', 'Acme', 'Training for a marathon');
             INSERT INTO tags (person_id, position, tag) VALUES ('ana', 0, 'rustconf');
             INSERT INTO interactions (id, date, kind, summary) VALUES ('i1', '2025-03-05', 'coffee', 'Talked about sailing');
             INSERT INTO interaction_people (interaction_id, person_id, position) VALUES ('i1', 'ana', 0);",
        )
        .unwrap();
        migrations().to_latest(&mut old).unwrap();

        let mut fresh = Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut fresh).unwrap();
        assert_eq!(schema_of(&old), schema_of(&fresh));

        let hits = |conn: &Connection, sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(hits(&old, "SELECT count(*) FROM people_fts WHERE people_fts MATCH 'marathon'"), 1);
        assert_eq!(hits(&old, "SELECT count(*) FROM people_fts WHERE people_fts MATCH 'rustconf'"), 1);
        assert_eq!(hits(&old, "SELECT count(*) FROM interactions_fts WHERE interactions_fts MATCH 'sail*'"), 1);
        let last: String =
            old.query_row("SELECT date FROM last_contacts WHERE person_id = 'ana'", [], |r| r.get(0)).unwrap();
        assert_eq!(last, "2025-03-05");
    }

    /// A book of schema v2 (before imports matched duplicates) upgrades to the fresh schema, keeps its people, and can
    /// queue, remember and key them at once.
    #[test]
    fn a_v2_book_upgrades_to_the_fresh_schema() {
        let mut old = Connection::open_in_memory().unwrap();
        old.pragma_update(None, "foreign_keys", "ON").unwrap();
        migrations().to_version(&mut old, 2).unwrap();
        old.execute_batch("INSERT INTO people (id, name) VALUES ('ana', 'Ana Lima'), ('ana-2', 'Ana Lima');").unwrap();
        migrations().to_latest(&mut old).unwrap();
        let mut fresh = Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut fresh).unwrap();
        assert_eq!(schema_of(&old), schema_of(&fresh));
        old.execute_batch(
            "INSERT INTO duplicate_candidates (person_a, person_b, score, reasons) VALUES ('ana', 'ana-2', 0.8, '[]');
             INSERT INTO distinct_people (person_a, person_b) VALUES ('ana', 'ana-2');
             INSERT INTO person_keys (key, person_id) VALUES ('uid:1', 'ana');
             DELETE FROM people WHERE id = 'ana-2';",
        )
        .unwrap();
        let left: i64 = old
            .query_row(
                "SELECT (SELECT count(*) FROM duplicate_candidates) + (SELECT count(*) FROM distinct_people)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(left, 0, "pairs go with their people");
        let wrong_order = old.execute("INSERT INTO distinct_people (person_a, person_b) VALUES ('ana', 'ana')", []);
        assert!(wrong_order.is_err(), "a pair is two people, in byte order");
    }
}
