//! The tray: an icon whose tooltip counts today's open acts, and a menu with those acts, Open Advocates, Weekly review,
//! Snooze all
//! until tomorrow and Quit. The menu's *model* is a pure function of the day's suggestions ([`menu_model`]), tested
//! without a desktop; [`install`] and [`refresh`] turn it into a Tauri tray.

use advocates_core::engine::Suggestion;

use crate::notify::Privacy;

pub const OPEN: &str = "open";
/// Opens the weekly review page (the weekly notification points here).
pub const REVIEW: &str = "review";
pub const SNOOZE_ALL: &str = "snooze_all";
pub const QUIT: &str = "quit";
/// Menu ids of acts are `act:{suggestion id}`.
pub const ACT_PREFIX: &str = "act:";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// An item with a menu id and a label; `enabled: false` shows it greyed out.
    Item {
        id: String,
        label: String,
        enabled: bool,
    },
    Separator,
}

fn item(id: &str, label: &str, enabled: bool) -> Entry {
    Entry::Item { id: id.to_owned(), label: label.to_owned(), enabled }
}

pub fn tooltip(open: usize) -> String {
    match open {
        0 => "Advocates — nothing left for today".to_owned(),
        1 => "Advocates — 1 thoughtful act today".to_owned(),
        n => format!("Advocates — {n} thoughtful acts today"),
    }
}

/// Today's acts (each opens the app on that act) — or, private, only how many — then Open, Snooze all, Quit.
pub fn menu_model(open_today: &[Suggestion], privacy: Privacy) -> Vec<Entry> {
    let mut entries = Vec::new();
    if open_today.is_empty() {
        entries.push(item("none", "Nothing left for today", false));
    }
    match privacy {
        Privacy::Private if !open_today.is_empty() => {
            let n = open_today.len();
            let label = if n == 1 { "1 thoughtful act today".to_owned() } else { format!("{n} thoughtful acts today") };
            entries.push(item(OPEN, &label, true));
        }
        _ => {
            for s in open_today {
                let mark = if s.hard { "● " } else { "" };
                entries.push(item(&format!("{ACT_PREFIX}{}", s.id), &format!("{mark}{}", s.notice), true));
            }
        }
    }
    entries.push(Entry::Separator);
    entries.push(item(OPEN, "Open Advocates", true));
    entries.push(item(REVIEW, "Weekly review", true));
    entries.push(item(SNOOZE_ALL, "Snooze all until tomorrow", !open_today.is_empty()));
    entries.push(Entry::Separator);
    entries.push(item(QUIT, "Quit", true));
    entries
}

/// The tray of a locked (or unopened) book: it can read nothing, so it says nothing but that, and offers the window
/// (to unlock) and Quit.
pub fn locked_model() -> Vec<Entry> {
    vec![
        item("locked", "The book is locked", false),
        Entry::Separator,
        item(OPEN, "Open Advocates", true),
        Entry::Separator,
        item(QUIT, "Quit", true),
    ]
}

pub const LOCKED_TOOLTIP: &str = "Advocates — locked";

/// Whether this desktop shows tray icons. On Linux the tray is a StatusNotifierItem (libayatana-appindicator), shown
/// only where a StatusNotifierWatcher owns its name on the session bus (KDE, XFCE, Cinnamon, GNOME with the
/// AppIndicator extension; not plain GNOME, nor a bare X server). Windows and macOS always have one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrayHost(pub bool);

impl TrayHost {
    pub fn detect() -> TrayHost {
        #[cfg(target_os = "linux")]
        {
            let asked = std::process::Command::new("dbus-send")
                .args([
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.NameHasOwner",
                    "string:org.kde.StatusNotifierWatcher",
                ])
                .output();
            match asked {
                // No session bus at all: nothing can show a tray icon.
                Ok(out) if !out.status.success() => TrayHost(false),
                Ok(out) => TrayHost(parse_name_has_owner(&String::from_utf8_lossy(&out.stdout)).unwrap_or(true)),
                // dbus-send itself is missing: we cannot tell, so keep the tray behaviour.
                Err(_) => TrayHost(true),
            }
        }
        #[cfg(not(target_os = "linux"))]
        TrayHost(true)
    }
}

/// Reads `dbus-send --print-reply`'s answer to NameHasOwner: `   boolean true`.
pub fn parse_name_has_owner(reply: &str) -> Option<bool> {
    reply.lines().find_map(|line| match line.trim() {
        "boolean true" => Some(true),
        "boolean false" => Some(false),
        _ => None,
    })
}

#[cfg(desktop)]
mod desktop {
    use super::*;
    use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
    use tauri::tray::TrayIconBuilder;
    use tauri::{AppHandle, Runtime};

    const TRAY_ID: &str = "main";

    fn build_menu<R: Runtime>(app: &AppHandle<R>, model: &[Entry]) -> tauri::Result<Menu<R>> {
        let menu = Menu::new(app)?;
        for entry in model {
            match entry {
                Entry::Item { id, label, enabled } => {
                    menu.append(&MenuItem::with_id(app, id.as_str(), label, *enabled, None::<&str>)?)?
                }
                Entry::Separator => menu.append(&PredefinedMenuItem::separator(app)?)?,
            }
        }
        Ok(menu)
    }

    /// Creates the tray. Where the desktop has no tray host (e.g. Xvfb), this succeeds and shows nothing.
    pub fn install<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
        // macOS draws a template icon in the menu bar's own colour (light or dark); elsewhere the white glyph.
        let (icon, template) = if cfg!(target_os = "macos") {
            (include_bytes!("../../icons/tray-template.png").as_slice(), true)
        } else {
            (include_bytes!("../../icons/tray.png").as_slice(), false)
        };
        TrayIconBuilder::with_id(TRAY_ID)
            .icon(tauri::image::Image::from_bytes(icon)?)
            .icon_as_template(template)
            .tooltip(tooltip(0))
            .menu(&build_menu(app, &menu_model(&[], Privacy::Private))?)
            .on_menu_event(|app, event| crate::desktop::on_tray_menu(app, event.id().as_ref()))
            .build(app)?;
        Ok(())
    }

    /// Shows the locked tray: no count, no names.
    pub fn show_locked<R: Runtime>(app: &AppHandle<R>) {
        if let Some(tray) = app.tray_by_id(TRAY_ID) {
            let _ = tray.set_tooltip(Some(LOCKED_TOOLTIP));
            if let Ok(menu) = build_menu(app, &locked_model()) {
                let _ = tray.set_menu(Some(menu));
            }
        }
    }

    /// Rebuilds the tooltip and menu from today's open acts.
    pub fn refresh<R: Runtime>(app: &AppHandle<R>, open_today: &[Suggestion], privacy: Privacy) {
        if let Some(tray) = app.tray_by_id(TRAY_ID) {
            let _ = tray.set_tooltip(Some(tooltip(open_today.len())));
            if let Ok(menu) = build_menu(app, &menu_model(open_today, privacy)) {
                let _ = tray.set_menu(Some(menu));
            }
        }
    }
}

#[cfg(desktop)]
pub use desktop::{install, refresh, show_locked};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notify::tests::suggestion;

    fn ids(model: &[Entry]) -> Vec<String> {
        model
            .iter()
            .map(|e| match e {
                Entry::Item { id, enabled, .. } => format!("{id}{}", if *enabled { "" } else { " (off)" }),
                Entry::Separator => "—".into(),
            })
            .collect()
    }

    #[test]
    fn the_menu_lists_todays_acts_then_the_app_actions() {
        let acts = [
            suggestion("occasion:ana:birthday:2025", "Wish Ana a happy birthday", true),
            suggestion("thank:f1", "Thank Ben for the referral", false),
        ];
        let model = menu_model(&acts, Privacy::Named);
        assert_eq!(
            ids(&model),
            ["act:occasion:ana:birthday:2025", "act:thank:f1", "—", "open", "review", "snooze_all", "—", "quit"]
        );
        let Entry::Item { label, .. } = &model[0] else { panic!() };
        assert_eq!(label, "● Wish Ana a happy birthday", "hard acts are marked");
        assert_eq!(tooltip(acts.len()), "Advocates — 2 thoughtful acts today");
    }

    #[test]
    fn a_locked_tray_says_only_that() {
        assert_eq!(ids(&locked_model()), ["locked (off)", "—", "open", "—", "quit"]);
        assert_eq!(LOCKED_TOOLTIP, "Advocates — locked");
    }

    #[test]
    fn a_private_menu_counts_the_acts_and_names_no_one() {
        let acts = [
            suggestion("support:sam:e1", "Check in on Sam", true),
            suggestion("thank:f1", "Thank Ben for the referral", false),
        ];
        let model = menu_model(&acts, Privacy::Private);
        assert_eq!(ids(&model), ["open", "—", "open", "review", "snooze_all", "—", "quit"]);
        let Entry::Item { label, .. } = &model[0] else { panic!() };
        assert_eq!(label, "2 thoughtful acts today");
    }

    #[test]
    fn a_tray_host_is_read_from_the_bus_reply() {
        let reply = "method return time=1.2 sender=org.freedesktop.DBus -> destination=:1.9 serial=3 reply_serial=2\n   boolean true\n";
        assert_eq!(parse_name_has_owner(reply), Some(true));
        assert_eq!(parse_name_has_owner(&reply.replace("true", "false")), Some(false));
        assert_eq!(parse_name_has_owner("Error org.freedesktop.DBus.Error.ServiceUnknown"), None);
    }

    /// A macOS template image: only its alpha carries the shape (every pixel black), and it has a shape.
    #[test]
    fn the_macos_tray_icon_is_a_template() {
        let icon = tauri::image::Image::from_bytes(include_bytes!("../../icons/tray-template.png")).unwrap();
        let pixels: Vec<&[u8]> = icon.rgba().chunks(4).collect();
        assert!(pixels.iter().all(|p| p[..3] == [0, 0, 0]), "a template icon is black");
        let opaque = pixels.iter().filter(|p| p[3] > 128).count();
        assert!(opaque > pixels.len() / 10 && opaque < pixels.len() / 2, "{opaque} of {} pixels drawn", pixels.len());
    }

    #[test]
    fn an_empty_day_has_nothing_to_snooze() {
        assert_eq!(
            ids(&menu_model(&[], Privacy::Named)),
            ["none (off)", "—", "open", "review", "snooze_all (off)", "—", "quit"]
        );
        assert_eq!(
            ids(&menu_model(&[], Privacy::Private)),
            ["none (off)", "—", "open", "review", "snooze_all (off)", "—", "quit"]
        );
        assert_eq!(tooltip(0), "Advocates — nothing left for today");
        assert_eq!(tooltip(1), "Advocates — 1 thoughtful act today");
    }
}
