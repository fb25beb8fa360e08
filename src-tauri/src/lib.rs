//! The desktop shell: it opens the book, registers the IPC commands and the desktop plugins, and adapts the core's
//! results for the window. Business logic lives in `advocates-core`; commands only unpack, call and map errors.

use std::path::PathBuf;

use advocates_core::Store;
use tauri::{Manager, Runtime};

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

/// What every command can reach: the open book.
pub struct AppState {
    pub store: Store,
}

/// Registers state, plugins and commands on a builder, so tests can use `tauri::test::mock_builder()`.
pub fn build<R: Runtime>(builder: tauri::Builder<R>, state: AppState) -> tauri::Builder<R> {
    builder.manage(state).invoke_handler(commands::handler())
}

/// Opens the book in `data_dir` and runs the desktop app until it quits.
pub fn run(data_dir: PathBuf) -> std::process::ExitCode {
    let store = match Store::open_in_dir(&data_dir) {
        Ok(store) => store,
        Err(err) => {
            eprintln!("advocates: cannot open the book in {}: {err}", data_dir.display());
            return std::process::ExitCode::from(1);
        }
    };
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
        .plugin(tauri_plugin_autostart::init(tauri_plugin_autostart::MacosLauncher::LaunchAgent, None))
        .on_window_event(desktop::on_window_event)
        .setup(|app| {
            // Under Xvfb (no tray host) this succeeds and shows nothing; the menu model is tested in tray.rs.
            if let Err(err) = tray::install(app.handle()) {
                eprintln!("advocates: no tray icon: {err}");
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
    let result = build(builder, AppState { store }).run(tauri::generate_context!());
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("advocates: {err}");
            std::process::ExitCode::from(1)
        }
    }
}
