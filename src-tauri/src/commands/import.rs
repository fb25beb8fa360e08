//! Bringing contacts in from the window: pick a file, preview what the import would do, run it with progress
//! events, undo it whole; the possible duplicates, merged with the values the user chose or kept apart. Every
//! command runs off the UI thread (`async`): a file of thousands of contacts never freezes the window.

use std::io::Read;
use std::path::{Path, PathBuf};

use advocates_core::import::{self as contacts, dedupe, Format, ImportOptions, Imported, Preview, UndoneImport};
use advocates_core::model::Person;
use advocates_core::store::people;
use tauri::{AppHandle, Emitter, Runtime, State, WebviewWindow};

use crate::error::IpcResult;
use crate::{clock, AppState};

/// The event `preview_import` and `run_import` emit as contacts are read in (about a hundred times a file).
pub const PROGRESS_EVENT: &str = "import-progress";

/// How far an import is.
#[derive(Debug, Clone, Copy, serde::Serialize, ts_rs::TS)]
pub struct ImportProgress {
    pub done: usize,
    pub total: usize,
}

/// A file the user picked, and what importing it would do.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct ImportPreview {
    /// The file's name, without its folder, as the page shows it.
    pub file_name: String,
    pub preview: Preview,
}

/// A pair of possible duplicates as the window shows it: both people whole, side by side.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct DuplicateView {
    pub score: f64,
    pub reasons: Vec<String>,
    pub a: Person,
    pub b: Person,
}

/// Debug builds only: the variable that answers the file picker, so end-to-end tests (which cannot drive a native
/// dialog through WebDriver) pick a file.
#[cfg(debug_assertions)]
pub const E2E_PICK_FILE: &str = "ADVOCATES_E2E_PICK_FILE";

/// Opens the OS file picker for a contacts file and returns the chosen path (`None` when cancelled). In debug
/// builds, `ADVOCATES_E2E_PICK_FILE=/path` answers instead of the dialog (end-to-end tests); release builds always
/// ask the user.
#[tauri::command(async)]
pub fn pick_import_file<R: Runtime>(window: WebviewWindow<R>) -> IpcResult<Option<String>> {
    #[cfg(debug_assertions)]
    if let Ok(path) = std::env::var(E2E_PICK_FILE) {
        return Ok(Some(path));
    }
    pick_with_dialog(&window)
}

#[cfg(desktop)]
fn pick_with_dialog<R: Runtime>(window: &WebviewWindow<R>) -> IpcResult<Option<String>> {
    use tauri_plugin_dialog::DialogExt;
    // Opened from Rust, the picker needs no dialog permission in the page's capabilities; its answer is only a path,
    // read by the commands below.
    let picked = window
        .dialog()
        .file()
        .set_parent(window)
        .set_title("Import contacts")
        .add_filter("Contacts (vCard, CSV, Advocates archive)", &["vcf", "vcard", "csv", "json"])
        .add_filter("All files", &["*"])
        .blocking_pick_file();
    Ok(picked.and_then(|p| p.into_path().ok()).map(|p| p.to_string_lossy().into_owned()))
}

#[cfg(not(desktop))]
fn pick_with_dialog<R: Runtime>(_: &WebviewWindow<R>) -> IpcResult<Option<String>> {
    Ok(None)
}

/// Reads a picked file, refusing one past the import's limit before reading it.
fn read_file(path: &Path) -> IpcResult<Vec<u8>> {
    let opened = std::fs::File::open(path).map_err(advocates_core::Error::Io)?;
    contacts::check_size(opened.metadata().map_err(advocates_core::Error::Io)?.len())?;
    let mut bytes = Vec::new();
    opened.take(contacts::MAX_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(advocates_core::Error::Io)?;
    Ok(bytes)
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// What importing the file would do — its format, how many people would be added, merged, queued or skipped (with
/// line and reason), its first contacts. Nothing is written. Emits `import-progress` as its dry run goes.
#[tauri::command(async)]
pub fn preview_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: String,
    format: Option<Format>,
) -> IpcResult<ImportPreview> {
    let path = PathBuf::from(path);
    let bytes = read_file(&path)?;
    let preview = contacts::preview_with(&state.store, &bytes, format, clock::today(), &mut progress_to(&app))?;
    Ok(ImportPreview { file_name: file_name(&path), preview })
}

/// A progress callback that tells the window.
fn progress_to<R: Runtime>(app: &AppHandle<R>) -> impl FnMut(usize, usize) + '_ {
    move |done, total| {
        let _ = app.emit(PROGRESS_EVENT, ImportProgress { done, total });
    }
}

/// Imports the file in one transaction, emitting `import-progress` as contacts come in. The result names the batch
/// `undo_import` takes and the new people (for triage).
#[tauri::command(async)]
pub fn run_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: String,
    format: Option<Format>,
) -> IpcResult<Imported> {
    let path = PathBuf::from(path);
    let bytes = read_file(&path)?;
    let options = ImportOptions { format, dry_run: false };
    let mut progress = progress_to(&app);
    Ok(contacts::import_with(&state.store, &bytes, options, clock::today(), &file_name(&path), &mut progress)?)
}

/// Undoes a whole import; refused (with the person's name and why) once one of its people has records since.
#[tauri::command(async)]
pub fn undo_import(state: State<'_, AppState>, batch: i64) -> IpcResult<UndoneImport> {
    let today = clock::today();
    Ok(state.store.write(|tx| contacts::undo(tx, batch, today))?)
}

/// Looks for possible duplicates across the book and returns them, strongest first, with both people.
#[tauri::command(async)]
pub fn list_duplicates(state: State<'_, AppState>) -> IpcResult<Vec<DuplicateView>> {
    Ok(state.store.write(|tx| {
        dedupe::scan(tx)?
            .into_iter()
            .map(|pair| {
                let [a, b] = &pair.people;
                Ok(DuplicateView {
                    score: pair.score,
                    reasons: pair.reasons,
                    a: people::get(tx, a)?,
                    b: people::get(tx, b)?,
                })
            })
            .collect()
    })?)
}

/// Merges `other` into `keep` in one transaction, taking the fields listed in `from_other` from `other`.
#[tauri::command(async)]
pub fn merge_people(
    state: State<'_, AppState>,
    keep: String,
    other: String,
    from_other: Vec<dedupe::MergeField>,
) -> IpcResult<Person> {
    let today = clock::today();
    Ok(state.store.write(|tx| dedupe::merge_with(tx, &keep, &other, &from_other, today))?)
}

/// Remembers that two people are not the same: the pair leaves the duplicates for good.
#[tauri::command(async)]
pub fn mark_not_duplicates(state: State<'_, AppState>, a: String, b: String) -> IpcResult<()> {
    Ok(state.store.write(|tx| dedupe::not_duplicates(tx, &a, &b))?)
}

/// Takes back "not the same person" (the toast's Undo): the next look for duplicates may queue the pair again.
#[tauri::command(async)]
pub fn undo_not_duplicates(state: State<'_, AppState>, a: String, b: String) -> IpcResult<()> {
    Ok(state.store.write(|tx| dedupe::undo_not_duplicates(tx, &a, &b))?)
}
