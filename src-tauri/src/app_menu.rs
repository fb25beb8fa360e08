//! The application menu macOS shows in its menu bar: Advocates (About Advocates, Settings… ⌘,, Hide, Quit Advocates
//! ⌘Q), Edit (so ⌘C/⌘V/⌘Z work in text fields, which on macOS come from the menu) and Window. Windows and Linux windows
//! have no menu bar; the same actions are in the sidebar and the tray. The *model* is pure and tested here; [`build`]
//! turns it into a Tauri menu (compiled and tested on every desktop, installed only on macOS by [`install`]).

/// Menu ids of the app menu's own items (apart from the tray's, whose ids the tray handler owns).
pub const ABOUT: &str = "menu:about";
pub const SETTINGS: &str = "menu:settings";
pub const QUIT: &str = "menu:quit";

/// The system's own items, which the OS implements (and names in the user's language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Native {
    Hide,
    HideOthers,
    ShowAll,
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    SelectAll,
    Minimize,
    Fullscreen,
    CloseWindow,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Item { id: &'static str, label: &'static str, accelerator: Option<&'static str> },
    Native(Native),
    Separator,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submenu {
    pub title: &'static str,
    pub entries: Vec<Entry>,
}

pub fn model() -> Vec<Submenu> {
    use Entry::{Item, Native as N, Separator};
    vec![
        Submenu {
            title: "Advocates",
            entries: vec![
                Item { id: ABOUT, label: "About Advocates", accelerator: None },
                Separator,
                Item { id: SETTINGS, label: "Settings…", accelerator: Some("CmdOrCtrl+,") },
                Separator,
                N(Native::Hide),
                N(Native::HideOthers),
                N(Native::ShowAll),
                Separator,
                Item { id: QUIT, label: "Quit Advocates", accelerator: Some("CmdOrCtrl+Q") },
            ],
        },
        Submenu {
            title: "Edit",
            entries: vec![
                N(Native::Undo),
                N(Native::Redo),
                Separator,
                N(Native::Cut),
                N(Native::Copy),
                N(Native::Paste),
                N(Native::SelectAll),
            ],
        },
        Submenu {
            title: "Window",
            entries: vec![N(Native::Minimize), N(Native::Fullscreen), Separator, N(Native::CloseWindow)],
        },
    ]
}

#[cfg(desktop)]
mod desktop {
    use super::*;
    use tauri::menu::{IsMenuItem, Menu, MenuItem, PredefinedMenuItem, Submenu as TauriSubmenu};
    use tauri::{AppHandle, Emitter, Runtime};

    fn native<R: Runtime>(app: &AppHandle<R>, item: Native) -> tauri::Result<PredefinedMenuItem<R>> {
        match item {
            Native::Hide => PredefinedMenuItem::hide(app, None),
            Native::HideOthers => PredefinedMenuItem::hide_others(app, None),
            Native::ShowAll => PredefinedMenuItem::show_all(app, None),
            Native::Undo => PredefinedMenuItem::undo(app, None),
            Native::Redo => PredefinedMenuItem::redo(app, None),
            Native::Cut => PredefinedMenuItem::cut(app, None),
            Native::Copy => PredefinedMenuItem::copy(app, None),
            Native::Paste => PredefinedMenuItem::paste(app, None),
            Native::SelectAll => PredefinedMenuItem::select_all(app, None),
            Native::Minimize => PredefinedMenuItem::minimize(app, None),
            Native::Fullscreen => PredefinedMenuItem::fullscreen(app, None),
            Native::CloseWindow => PredefinedMenuItem::close_window(app, None),
        }
    }

    /// The model as a Tauri menu.
    pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
        let menu = Menu::new(app)?;
        for submenu in model() {
            let sub = TauriSubmenu::new(app, submenu.title, true)?;
            for entry in &submenu.entries {
                let item: Box<dyn IsMenuItem<R>> = match entry {
                    Entry::Item { id, label, accelerator } => {
                        Box::new(MenuItem::with_id(app, *id, *label, true, *accelerator)?)
                    }
                    Entry::Native(item) => Box::new(native(app, *item)?),
                    Entry::Separator => Box::new(PredefinedMenuItem::separator(app)?),
                };
                sub.append(item.as_ref())?;
            }
            menu.append(&sub)?;
        }
        Ok(menu)
    }

    /// About and Settings… open Settings (at its About section for About); Quit ends the app.
    pub fn on_menu<R: Runtime>(app: &AppHandle<R>, id: &str) {
        match id {
            ABOUT | SETTINGS => {
                crate::desktop::show_today(app, None);
                let _ = app.emit("open-settings", id == ABOUT);
            }
            QUIT => app.exit(0),
            _ => {}
        }
    }

    /// macOS only: the menu bar's application menu. Elsewhere windows have no menu bar.
    pub fn install<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
        if cfg!(target_os = "macos") {
            app.set_menu(build(app)?)?;
            app.on_menu_event(|app, event| on_menu(app, event.id().as_ref()));
        }
        Ok(())
    }
}

#[cfg(desktop)]
pub use desktop::{build, install, on_menu};

#[cfg(test)]
mod tests {
    use super::*;

    fn item<'a>(menu: &'a [Submenu], id: &str) -> (&'a str, Option<&'static str>) {
        menu.iter()
            .flat_map(|s| &s.entries)
            .find_map(|e| match e {
                Entry::Item { id: i, label, accelerator } if *i == id => Some((*label, *accelerator)),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no item {id}"))
    }

    #[test]
    fn the_app_menu_has_about_settings_and_quit_with_the_mac_shortcuts() {
        let menu = model();
        assert_eq!(menu.iter().map(|s| s.title).collect::<Vec<_>>(), ["Advocates", "Edit", "Window"]);
        assert_eq!(menu[0].entries[0], Entry::Item { id: ABOUT, label: "About Advocates", accelerator: None });
        assert_eq!(item(&menu, SETTINGS), ("Settings…", Some("CmdOrCtrl+,")));
        assert_eq!(item(&menu, QUIT), ("Quit Advocates", Some("CmdOrCtrl+Q")));
        assert_eq!(
            menu[0].entries.last(),
            Some(&Entry::Item { id: QUIT, label: "Quit Advocates", accelerator: Some("CmdOrCtrl+Q") })
        );
    }

    /// On macOS, copy and paste in a text field come from the Edit menu: without it ⌘C/⌘V do nothing.
    #[test]
    fn the_edit_menu_gives_text_fields_their_shortcuts() {
        let edit = &model()[1];
        for native in [Native::Undo, Native::Redo, Native::Cut, Native::Copy, Native::Paste, Native::SelectAll] {
            assert!(edit.entries.contains(&Entry::Native(native)), "{native:?}");
        }
    }

    /// The ids never collide with the tray's, whose handler would act on them too.
    #[test]
    fn menu_ids_are_apart_from_the_trays() {
        for id in [ABOUT, SETTINGS, QUIT] {
            assert!(![crate::tray::OPEN, crate::tray::SNOOZE_ALL, crate::tray::QUIT].contains(&id));
            assert!(!id.starts_with(crate::tray::ACT_PREFIX));
        }
    }

    /// The model builds into a real Tauri menu (the mock runtime's), every item and submenu in place.
    #[test]
    fn the_model_builds_into_a_menu() {
        let app = tauri::test::mock_app();
        let menu = build(app.handle()).unwrap();
        let items = menu.items().unwrap();
        assert_eq!(items.len(), model().len());
        let first = items[0].as_submenu().unwrap();
        assert_eq!(first.text().unwrap(), "Advocates");
        assert_eq!(first.items().unwrap().len(), model()[0].entries.len());
        assert!(menu.get(SETTINGS).is_none(), "items live in their submenu");
        assert_eq!(first.get(SETTINGS).unwrap().as_menuitem().unwrap().text().unwrap(), "Settings…");
    }
}
