//! Saved items: things to share with the people they would interest. The `items` table and its `item_topics` — the
//! row mapper, the checked insert every write path shares, read, list, create, edit, remove.

use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::{Error, Result};
use crate::model::*;
use crate::store::ids::{self, ensure_new, lists_by_owner};
use crate::validate::{self, at, At};

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Item> {
    Ok(Item {
        id: r.get("id")?,
        title: r.get("title")?,
        url: r.get("url")?,
        published_on: r.get("published_on")?,
        topics: Vec::new(),
    })
}

fn load_topics(tx: &Transaction, it: &mut Item) -> Result<()> {
    let mut stmt = tx.prepare_cached("SELECT topic FROM item_topics WHERE item_id = ?1 ORDER BY position")?;
    it.topics = stmt.query_map([&it.id], |r| r.get("topic"))?.collect::<rusqlite::Result<_>>()?;
    Ok(())
}

pub fn get(tx: &Transaction, id: &str) -> Result<Item> {
    let mut it = tx
        .query_row("SELECT id, title, url, published_on FROM items WHERE id = ?1", [id], from_row)
        .optional()?
        .ok_or_else(|| Error::NotFound { kind: "item", id: id.to_owned() })?;
    load_topics(tx, &mut it)?;
    Ok(it)
}

/// Every saved item with its topics (in their stored order), sorted by id in byte order.
pub fn all(tx: &Transaction) -> Result<Vec<Item>> {
    let mut topics =
        lists_by_owner(tx, "SELECT item_id AS owner, topic AS value FROM item_topics ORDER BY item_id, position")?;
    let mut stmt = tx.prepare_cached("SELECT id, title, url, published_on FROM items ORDER BY id")?;
    let rows = stmt
        .query_map([], |r| {
            let id: String = r.get("id")?;
            Ok(Item {
                topics: topics.remove(&id).unwrap_or_default(),
                id,
                title: r.get("title")?,
                url: r.get("url")?,
                published_on: r.get("published_on")?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every saved item, newest first.
pub fn list(tx: &Transaction) -> Result<Vec<Item>> {
    let mut stmt =
        tx.prepare_cached("SELECT id, title, url, published_on FROM items ORDER BY published_on DESC, id")?;
    let mut items: Vec<Item> = stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
    for it in &mut items {
        load_topics(tx, it)?;
    }
    Ok(items)
}

/// Inserts a saved item as given (its title cleaned), checked (via [`crate::validate`]).
pub fn insert(tx: &Transaction, at: &At, it: &Item) -> Result<()> {
    let it = &Item { title: validate::clean_line(&it.title).into_owned(), ..it.clone() };
    validate::item(at, it)?;
    ensure_new(tx, "items", "item", &it.id)?;
    tx.prepare_cached("INSERT INTO items (id, title, url, published_on) VALUES (?1, ?2, ?3, ?4)")?.execute(params![
        it.id,
        it.title,
        it.url,
        it.published_on
    ])?;
    for (k, t) in (0i64..).zip(&it.topics) {
        tx.prepare_cached("INSERT INTO item_topics (item_id, position, topic) VALUES (?1, ?2, ?3)")?
            .execute(params![it.id, k, t])?;
    }
    Ok(())
}

/// Saves an item; an empty id asks for a fresh one made from the title.
pub fn create(tx: &Transaction, mut it: Item) -> Result<Item> {
    if it.id.is_empty() {
        validate::required_text(&at("title"), &it.title, validate::MAX_SHORT_TEXT)?;
        it.id = ids::fresh_id(tx, "items", &super::people::slug(&it.title))?;
    }
    insert(tx, &at(""), &it)?;
    get(tx, &it.id)
}

pub fn update(tx: &Transaction, it: &Item) -> Result<Item> {
    let it = &Item { title: validate::clean_line(&it.title).into_owned(), ..it.clone() };
    validate::item(&at(""), it)?;
    let changed = tx.execute(
        "UPDATE items SET title = ?2, url = ?3, published_on = ?4 WHERE id = ?1",
        params![it.id, it.title, it.url, it.published_on],
    )?;
    if changed == 0 {
        return Err(Error::NotFound { kind: "item", id: it.id.clone() });
    }
    tx.execute("DELETE FROM item_topics WHERE item_id = ?1", [&it.id])?;
    for (k, t) in (0i64..).zip(&it.topics) {
        tx.execute("INSERT INTO item_topics (item_id, position, topic) VALUES (?1, ?2, ?3)", params![it.id, k, t])?;
    }
    get(tx, &it.id)
}

pub fn delete(tx: &Transaction, id: &str) -> Result<Item> {
    let it = get(tx, id)?;
    tx.execute("DELETE FROM items WHERE id = ?1", [id])?;
    Ok(it)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    fn report() -> Item {
        Item {
            id: String::new(),
            title: "EU climate-tech funding report".into(),
            url: Some("https://example.org/report".into()),
            topics: vec!["climate-tech".into()],
            published_on: parse_day("2025-03-11").unwrap(),
        }
    }

    #[test]
    fn items_round_trip() {
        let store = Store::in_memory().unwrap();
        let it = store.write(|tx| create(tx, report())).unwrap();
        assert_eq!(it.id, "eu-climate-tech-funding-report");
        let edited = Item { topics: vec!["climate".into(), "policy".into()], url: None, ..it.clone() };
        assert_eq!(store.write(|tx| update(tx, &edited)).unwrap(), edited);
        assert_eq!(store.read(list).unwrap(), vec![edited]);
        store.write(|tx| delete(tx, &it.id)).unwrap();
        assert!(store.read(list).unwrap().is_empty());
    }

    #[test]
    fn bad_items_write_nothing() {
        let store = Store::in_memory().unwrap();
        for (it, path) in [
            (Item { title: "".into(), ..report() }, "title"),
            (Item { topics: vec!["".into()], ..report() }, "topics[0]"),
            (Item { url: Some("x".repeat(5000)), ..report() }, "url"),
        ] {
            assert_eq!(store.write(|tx| create(tx, it.clone())).unwrap_err().path(), Some(path));
        }
        assert!(store.read(list).unwrap().is_empty());
    }
}
