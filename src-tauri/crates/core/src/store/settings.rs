//! Settings as JSON values by key. The archive's settings ([`Settings`]) and local preferences share the table.

use rusqlite::{params, OptionalExtension, Transaction};
use serde::{de::DeserializeOwned, Serialize};

use crate::error::Result;
use crate::model::{ReviewSettings, Settings, SettingsPatch};
use crate::validate;

pub fn get_value<T: DeserializeOwned>(tx: &Transaction, key: &str) -> Result<Option<T>> {
    let text: Option<String> =
        tx.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get("value")).optional()?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
}

pub fn set_value<T: Serialize>(tx: &Transaction, key: &str, value: &T) -> Result<()> {
    let text = serde_json::to_string(value).expect("settings values serialize");
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![key, text],
    )?;
    Ok(())
}

/// The book's settings, with the archive's defaults for any key never set.
pub fn get(tx: &Transaction) -> Result<Settings> {
    let mut settings = Settings::default();
    let patch = SettingsPatch {
        daily_suggestions: get_value(tx, "daily_suggestions")?,
        effort_budget_minutes: get_value(tx, "effort_budget_minutes")?,
        digest_time: get_value(tx, "digest_time")?,
        notifications: get_value(tx, "notifications")?,
        quiet_hours: get_value(tx, "quiet_hours")?,
    };
    settings.apply(&patch);
    Ok(settings)
}

/// Replaces the keys the patch gives, after validating them.
pub fn update(tx: &Transaction, patch: &SettingsPatch) -> Result<Settings> {
    validate::settings(&validate::at("settings"), patch)?;
    if let Some(v) = patch.daily_suggestions {
        set_value(tx, "daily_suggestions", &v)?;
    }
    if let Some(v) = patch.effort_budget_minutes {
        set_value(tx, "effort_budget_minutes", &v)?;
    }
    if let Some(v) = patch.digest_time {
        set_value(tx, "digest_time", &v)?;
    }
    if let Some(v) = patch.notifications {
        set_value(tx, "notifications", &v)?;
    }
    if let Some(v) = patch.quiet_hours {
        set_value(tx, "quiet_hours", &v)?;
    }
    get(tx)
}

/// The weekly review's day and time, with the defaults for what was never set.
pub fn review(tx: &Transaction) -> Result<ReviewSettings> {
    let default = ReviewSettings::default();
    Ok(ReviewSettings {
        day: get_value(tx, "review_day")?.unwrap_or(default.day),
        time: get_value(tx, "review_time")?.unwrap_or(default.time),
    })
}

pub fn set_review(tx: &Transaction, review_settings: &ReviewSettings) -> Result<ReviewSettings> {
    set_value(tx, "review_day", &review_settings.day)?;
    set_value(tx, "review_time", &review_settings.time)?;
    review(tx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TimeOfDay;
    use crate::Store;

    #[test]
    fn defaults_then_patches() {
        let store = Store::in_memory().unwrap();
        assert_eq!(store.read(get).unwrap(), Settings::default());
        let patch =
            SettingsPatch { daily_suggestions: Some(5), digest_time: TimeOfDay::parse("07:15"), ..Default::default() };
        let s = store.write(|tx| update(tx, &patch)).unwrap();
        assert_eq!((s.daily_suggestions, s.digest_time.to_string(), s.effort_budget_minutes), (5, "07:15".into(), 45));
        let bad = SettingsPatch { daily_suggestions: Some(9), ..Default::default() };
        assert_eq!(store.write(|tx| update(tx, &bad)).unwrap_err().path(), Some("settings.daily_suggestions"));
        assert_eq!(store.read(get).unwrap().daily_suggestions, 5);
    }

    #[test]
    fn the_weekly_review_defaults_to_sunday_at_six_and_keeps_what_is_set() {
        use crate::model::ReviewDay;
        let store = Store::in_memory().unwrap();
        assert_eq!(store.read(review).unwrap(), ReviewSettings { day: ReviewDay::Sunday, time: TimeOfDay::new(18, 0) });
        let friday = ReviewSettings { day: ReviewDay::Friday, time: TimeOfDay::new(16, 30) };
        assert_eq!(store.write(|tx| set_review(tx, &friday)).unwrap(), friday);
        assert_eq!(store.read(review).unwrap(), friday);
        assert_eq!(store.read(get).unwrap(), Settings::default(), "the archive's settings are untouched");
    }

    #[test]
    fn settings_ranges() {
        let store = Store::in_memory().unwrap();
        for (patch, path) in [
            (SettingsPatch { daily_suggestions: Some(0), ..Default::default() }, "settings.daily_suggestions"),
            (SettingsPatch { effort_budget_minutes: Some(4), ..Default::default() }, "settings.effort_budget_minutes"),
            (
                SettingsPatch { effort_budget_minutes: Some(601), ..Default::default() },
                "settings.effort_budget_minutes",
            ),
        ] {
            assert_eq!(store.write(|tx| update(tx, &patch)).unwrap_err().path(), Some(path));
        }
        assert_eq!(store.read(get).unwrap(), Settings::default());
    }
}
