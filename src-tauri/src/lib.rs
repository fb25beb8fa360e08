//! The desktop shell: it opens the book, registers the IPC commands and the desktop plugins, and adapts the core's
//! results for the window. Business logic lives in `advocates-core`; commands only unpack, call and map errors.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use advocates_core::Store;
use chrono::NaiveDate;
use tauri::{Manager, Runtime};

pub mod app_menu;
pub mod bindings;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod console;
pub mod desktop;
pub mod error;
pub mod notify;
pub mod paths;
pub mod reminders;
pub mod scheduler;
pub mod tray;
pub mod updates;

/// What every command can reach: the open book, and why it is not open when it could not be.
pub struct AppState {
    pub store: Store,
    /// Set when the book could not be opened: the window says why and offers the latest good backup.
    pub recovery: Mutex<Option<commands::backups::Recovery>>,
    /// The last day whose upkeep (daily backup, trash purge) ran.
    pub upkept: Mutex<Option<NaiveDate>>,
}

impl AppState {
    pub fn new(store: Store) -> AppState {
        AppState { store, recovery: Mutex::new(None), upkept: Mutex::new(None) }
    }

    /// Opens the book in `data_dir` for the app; a book that cannot be opened gives a state that says why, so the
    /// window can offer a backup instead of the app exiting with a line on stderr. The day's upkeep (the daily
    /// backup, the trash's purge) is left to the reminders thread's first wake, right after: with a 10k-person book
    /// the verified backup took most of the second before Today could paint.
    pub fn open(data_dir: &Path, today: NaiveDate) -> AppState {
        let path = data_dir.join(advocates_core::store::DB_FILE);
        match Store::open_book_unkept(data_dir, today, &advocates_core::crypt::Unlock::from_env()) {
            Ok(store) => AppState::new(store),
            Err(err) => {
                eprintln!("advocates: cannot open the book in {}: {err}", data_dir.display());
                let recovery = commands::backups::Recovery::of(&path, &err);
                let store = Store::unopened(&path).expect("an in-memory placeholder");
                AppState { recovery: Mutex::new(Some(recovery)), ..AppState::new(store) }
            }
        }
    }
}

/// Registers state, plugins and commands on a builder, so tests can use `tauri::test::mock_builder()`.
pub fn build<R: Runtime>(builder: tauri::Builder<R>, state: AppState) -> tauri::Builder<R> {
    with_commands(builder.manage(state))
}

/// The commands and the state they need besides the book (which `run` opens in `setup`, after the single-instance
/// check): one place, so the app and the tests' mock builder cannot drift apart.
fn with_commands<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.manage(commands::updates::PendingUpdate::default()).invoke_handler(commands::handler())
}

/// Runs the desktop app on the book in `data_dir` until it quits. The single-instance check comes first: a second
/// launch hands over to the running one and exits before it touches the book (no migration, no backup).
pub fn run(data_dir: PathBuf) -> std::process::ExitCode {
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        }))
        .plugin(tauri_plugin_notification::init())
        // Email / Call / Open LinkedIn on Today: only on the user's click, only mailto:, tel: and LinkedIn (capabilities).
        .plugin(tauri_plugin_opener::init())
        // "Import contacts…": the OS file picker, opened from Rust (commands/import.rs), so the page needs no dialog
        // permission of its own.
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_autostart::init(tauri_plugin_autostart::MacosLauncher::LaunchAgent, None))
        // Only ever used on the user's click, or weekly once they switch that on (updates.rs).
        .plugin(tauri_plugin_updater::Builder::new().build())
        .on_window_event(desktop::on_window_event)
        .setup(move |app| {
            app.manage(AppState::open(&data_dir, clock::today()));
            // Under Xvfb (no tray host) this succeeds and shows nothing; the menu model is tested in tray.rs.
            // Where nothing shows tray icons, closing minimises instead of hiding (desktop::on_close).
            let host = tray::TrayHost::detect();
            if !host.0 {
                eprintln!("advocates: this desktop shows no tray icons: closing the window will minimise it");
            }
            app.manage(host);
            if let Err(err) = tray::install(app.handle()) {
                eprintln!("advocates: no tray icon: {err}");
            }
            if let Err(err) = app_menu::install(app.handle()) {
                eprintln!("advocates: no app menu: {err}");
            }
            // A click on a notification opens the window: the weekly review's on the review, the others on Today.
            // Registered before the scheduler starts, since notifications shown before it report no click.
            #[cfg(desktop)]
            {
                use tauri_plugin_notification::NotificationExt;
                let handle = app.handle().clone();
                let _ = app.notification().on_action(move |performed| {
                    if performed.action_id() == "tap" {
                        match performed.notification().map(|n| n.id()) {
                            Some(notify::REVIEW_ID) => desktop::show_page(&handle, "review"),
                            _ => desktop::show_today(&handle, None),
                        }
                    }
                });
            }
            let waker = scheduler::start(app.handle().clone());
            app.manage(waker);
            Ok(())
        });
    let result = with_commands(builder).run(tauri::generate_context!());
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("advocates: {err}");
            std::process::ExitCode::from(1)
        }
    }
}
