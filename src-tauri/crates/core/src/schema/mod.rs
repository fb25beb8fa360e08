//! The schema's migrations, in order. Each is an embedded `.sql` file applied in its own transaction; a landed
//! migration is never edited — add the next one instead (rule 3 of DESIGN.md).

use rusqlite_migration::{Migrations, M};

pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(include_str!("migrations/0001_book.sql"))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_validate() {
        migrations().validate().expect("migrations are valid");
    }
}
