//! Desktop-only behaviour: the tray's menu actions, hiding to the tray on close, focusing the running app.

use advocates_core::store::settings;
use tauri::{AppHandle, Emitter, Manager, Runtime, Window, WindowEvent};

use crate::tray::{TrayHost, ACT_PREFIX, OPEN, QUIT, REVIEW, SNOOZE_ALL};
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
/// Where no tray host shows the icon (see [`TrayHost`]), a hidden window could not be found again: closing minimises
/// it instead, and the hint says so.
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else { return };
    api.prevent_close();
    let state = window.state::<AppState>();
    let seen: bool = state.store.read(|tx| settings::get_value(tx, CLOSE_HINT_SEEN)).ok().flatten().unwrap_or(false);
    let tray = tray_host(window.app_handle());
    match on_close(tray, seen) {
        OnClose::Hint => {
            let _ = window.emit("close-hint", CloseHint { tray: tray.0 });
        }
        OnClose::Hide => {
            let _ = window.hide();
        }
        OnClose::Minimize => {
            let _ = window.minimize();
        }
    }
}

/// What the close hint tells the window: whether closing hides to the tray or, without one, minimises.
#[derive(Debug, Clone, Copy, serde::Serialize, ts_rs::TS)]
pub struct CloseHint {
    pub tray: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnClose {
    /// The first time: ask (the hint), and do nothing yet.
    Hint,
    Hide,
    Minimize,
}

pub fn on_close(tray: TrayHost, hint_seen: bool) -> OnClose {
    match (hint_seen, tray.0) {
        (false, _) => OnClose::Hint,
        (true, true) => OnClose::Hide,
        (true, false) => OnClose::Minimize,
    }
}

/// The tray host found at start-up (assumed present when unknown, e.g. under the mock runtime).
pub fn tray_host<R: Runtime>(app: &AppHandle<R>) -> TrayHost {
    app.try_state::<TrayHost>().map(|t| *t.inner()).unwrap_or(TrayHost(true))
}

/// Puts the window away the way closing it will: to the tray, or minimised where there is none.
pub fn put_away<R: Runtime>(window: &tauri::WebviewWindow<R>) {
    if tray_host(window.app_handle()).0 {
        let _ = window.hide();
    } else {
        let _ = window.minimize();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_asks_once_then_hides_to_the_tray_or_minimises_without_one() {
        assert_eq!(on_close(TrayHost(true), false), OnClose::Hint);
        assert_eq!(on_close(TrayHost(false), false), OnClose::Hint);
        assert_eq!(on_close(TrayHost(true), true), OnClose::Hide);
        assert_eq!(on_close(TrayHost(false), true), OnClose::Minimize, "the window stays the way in");
    }
}
