//! The shell's only clock. The core never reads time; the shell passes `today`/`now` in.
//! `ADVOCATES_NOW` (RFC 3339, or `YYYY-MM-DDTHH:MM` in local time) pins it for end-to-end tests.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeZone};

pub fn now() -> DateTime<Local> {
    std::env::var("ADVOCATES_NOW").ok().and_then(|text| parse(&text)).unwrap_or_else(Local::now)
}

pub fn today() -> NaiveDate {
    now().date_naive()
}

fn parse(text: &str) -> Option<DateTime<Local>> {
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Some(at.with_timezone(&Local));
    }
    let naive = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").ok()?;
    Local.from_local_datetime(&naive).earliest()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_forms() {
        assert_eq!(parse("2025-03-10T08:30").unwrap().date_naive(), NaiveDate::from_ymd_opt(2025, 3, 10).unwrap());
        assert!(parse("2025-03-10T08:30:00Z").is_some());
        assert!(parse("yesterday").is_none());
    }
}
