//! People: list and create.

use advocates_core::model::Person;
use advocates_core::store::people::{self, NewPerson};
use tauri::State;

use crate::error::IpcResult;
use crate::{clock, AppState};

#[tauri::command(async)]
pub fn list_people(state: State<'_, AppState>) -> IpcResult<Vec<PersonRow>> {
    // Everyone, by name: the People search with no filters.
    let today = clock::today();
    Ok(state.store.read(|tx| search::people(tx, &PeopleQuery::default(), today))?)
}

#[tauri::command(async)]
pub fn create_person(state: State<'_, AppState>, input: NewPerson) -> IpcResult<Person> {
    let today = clock::today();
    Ok(state.store.write(|tx| people::create(tx, &input, today))?)
}

// ---- The relationship book: one person's page, search, edits, your ten, removal with undo. ----

use advocates_core::engine::Explanation;
use advocates_core::model::Status;
use advocates_core::store::people::YourTen;
use advocates_core::store::search::{self, PeopleQuery, PersonRow};
use advocates_core::store::timeline::{self, TimelineEntry};
use advocates_core::store::trash::{self, TrashEntry};

/// Everything the Person page shows above its sections: the person, where they stand, and the your-ten count.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct PersonPage {
    pub person: Person,
    pub standing: PersonRow,
    pub your_ten: YourTen,
    /// The app's today, so the page counts days as the book does.
    #[ts(type = "string")]
    pub today: chrono::NaiveDate,
}

/// The People list: the rows that match, and the day they were computed for (so "3 days ago" agrees with the book).
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct PeopleList {
    #[ts(type = "string")]
    pub today: chrono::NaiveDate,
    pub people: Vec<PersonRow>,
}

#[tauri::command(async)]
pub fn search_people(state: State<'_, AppState>, query: PeopleQuery) -> IpcResult<PeopleList> {
    let today = clock::today();
    Ok(PeopleList { today, people: state.store.read(|tx| search::people(tx, &query, today))? })
}

#[tauri::command(async)]
pub fn list_tags(state: State<'_, AppState>) -> IpcResult<Vec<String>> {
    Ok(state.store.read(search::tags)?)
}

#[tauri::command(async)]
pub fn get_person(state: State<'_, AppState>, id: String) -> IpcResult<PersonPage> {
    let today = clock::today();
    Ok(state.store.read(|tx| {
        Ok(PersonPage {
            person: people::get(tx, &id)?,
            standing: search::standing(tx, &id, today)?,
            your_ten: people::your_ten(tx)?,
            today,
        })
    })?)
}

#[tauri::command(async)]
pub fn update_person(state: State<'_, AppState>, person: serde_json::Value) -> IpcResult<Person> {
    let person: Person = advocates_core::input::from_json(person)?;
    let today = clock::today();
    Ok(state.store.write(|tx| people::update(tx, &person, today))?)
}

#[tauri::command(async)]
pub fn set_power(state: State<'_, AppState>, id: String, power: bool) -> IpcResult<YourTen> {
    Ok(state.store.write(|tx| people::set_power(tx, &id, power))?)
}

#[tauri::command(async)]
pub fn set_person_status(state: State<'_, AppState>, id: String, status: Status) -> IpcResult<Person> {
    Ok(state.store.write(|tx| people::set_status(tx, &id, status))?)
}

/// Moves a person (and everything only theirs) to the trash; Undo and the Trash view take the entry's id.
#[tauri::command(async)]
pub fn delete_person(state: State<'_, AppState>, id: String) -> IpcResult<TrashEntry> {
    let today = clock::today();
    Ok(state.store.write(|tx| trash::delete_person(tx, &id, today))?)
}

/// Every act the engine considers for one person today, with its fate: the Person page's "Next with Ana".
#[tauri::command(async)]
pub fn explain_person(state: State<'_, AppState>, id: String) -> IpcResult<Explanation> {
    Ok(advocates_core::suggestions::explain_for(&state.store, clock::today(), &id)?)
}

#[tauri::command(async)]
pub fn get_timeline(state: State<'_, AppState>, id: String) -> IpcResult<Vec<TimelineEntry>> {
    Ok(state.store.read(|tx| timeline::for_person(tx, &id))?)
}
