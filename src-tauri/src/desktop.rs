//! Desktop-only behaviour: the tray's menu actions, hiding to the tray on close, focusing the running app.

use advocates_core::store::settings;
use tauri::{AppHandle, Emitter, Manager, Runtime, Window, WindowEvent};

use crate::tray::{ACT_PREFIX, OPEN, QUIT, REVIEW, SNOOZE_ALL};
use crate::{clock, AppState};

/// The settings key set once the user has seen the "closing hides to the tray" hint.
pub const CLOSE_HINT_SEEN: &str = "close_hint_seen";

/// Shows and focuses the main window, on Today, at `act` if given.
pub fn show_today<R: Runtime>(app: &AppHandle<R>, act: Option<&str>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
    let _ = app.emit("open-today", act);
}

/// Shows and focuses the main window on a page (`review`, `advocates`).
pub fn show_page<R: Runtime>(app: &AppHandle<R>, page: &str) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
    let _ = app.emit("open-page", page);
}

pub fn on_tray_menu<R: Runtime>(app: &AppHandle<R>, id: &str) {
    match id {
        OPEN => show_today(app, None),
        REVIEW => show_page(app, "review"),
        QUIT => app.exit(0),
        SNOOZE_ALL => {
            let state = app.state::<AppState>();
            let today = clock::today();
            if let Err(err) = advocates_core::today::snooze_all(&state.store, today) {
                eprintln!("advocates: snooze all: {err}");
            }
            refresh(app);
        }
        other => {
            if let Some(act) = other.strip_prefix(ACT_PREFIX) {
                show_today(app, Some(act));
            }
        }
    }
}

/// Something changed: let the reminders loop refresh the tray (and the window reload Today).
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    if let Some(waker) = app.try_state::<crate::scheduler::Waker>() {
        waker.wake();
    }
    let _ = app.emit("book-changed", ());
}

/// Closing the window hides it to the tray. The first time, the window shows a one-line hint instead, and
/// the user chooses.
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else { return };
    api.prevent_close();
    let state = window.state::<AppState>();
    let seen: bool = state.store.read(|tx| settings::get_value(tx, CLOSE_HINT_SEEN)).ok().flatten().unwrap_or(false);
    if seen {
        let _ = window.hide();
    } else {
        let _ = window.emit("close-hint", ());
    }
}
