//! When the daily digest fires: a pure function of the local time, the settings and the last digest date.
//!
//! The scheduler (see [`crate::scheduler`]) calls [`plan`] every time it wakes — at the planned time, after at most a
//! minute, after sleep/resume — so a clock change or a long suspend only changes what `now` says. Firing is keyed by
//! the *date* persisted after each digest, so one day never fires twice, and a machine that was off at digest time
//! catches up once when it comes back (outside quiet hours).

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone};

use advocates_core::model::TimeOfDay;

/// What the scheduler needs from the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DigestSettings {
    pub digest_time: TimeOfDay,
    /// `[start, end)`, possibly spanning midnight (21:00–08:00). Equal ends mean no quiet hours.
    pub quiet_hours: (TimeOfDay, TimeOfDay),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan<Tz: TimeZone> {
    /// The day whose digest should be sent now, if any.
    pub fire_for: Option<NaiveDate>,
    /// When the next digest is due (the scheduler wakes then, or sooner).
    pub next: DateTime<Tz>,
}

/// True when `time` falls in the quiet hours `[start, end)`.
pub fn in_quiet_hours(time: TimeOfDay, (start, end): (TimeOfDay, TimeOfDay)) -> bool {
    match start.cmp(&end) {
        std::cmp::Ordering::Equal => false,
        std::cmp::Ordering::Less => start <= time && time < end,
        std::cmp::Ordering::Greater => time >= start || time < end,
    }
}

/// The local time of day the digest is sent: the digest time, moved to the end of the quiet hours if it falls
/// inside them.
pub fn effective_digest_time(settings: &DigestSettings) -> TimeOfDay {
    if in_quiet_hours(settings.digest_time, settings.quiet_hours) {
        settings.quiet_hours.1
    } else {
        settings.digest_time
    }
}

/// The instant of `time` on `date` in `tz`. In a spring-forward gap it is the first instant after the gap; in a
/// fall-back overlap, the earlier one.
pub fn local_instant<Tz: TimeZone>(tz: &Tz, date: NaiveDate, time: TimeOfDay) -> DateTime<Tz> {
    let naive = date.and_time(NaiveTime::from_hms_opt(time.hour(), time.minute(), 0).expect("valid time"));
    let mut probe = naive;
    // DST gaps are whole quarter hours (at most a few hours long): step forward until the time exists.
    for _ in 0..(4 * 24) {
        match tz.from_local_datetime(&probe) {
            LocalResult::Single(at) => return at,
            LocalResult::Ambiguous(earliest, _) => return earliest,
            LocalResult::None => probe += Duration::minutes(15),
        }
    }
    tz.from_utc_datetime(&naive)
}

/// Decides whether to fire now and when the next digest is due.
pub fn plan<Tz: TimeZone>(now: &DateTime<Tz>, settings: &DigestSettings, last_digest: Option<NaiveDate>) -> Plan<Tz> {
    let tz = now.timezone();
    let today = now.date_naive();
    let time = effective_digest_time(settings);
    let due_today = local_instant(&tz, today, time);
    let tomorrow = today.succ_opt().expect("a date after today");
    let due_tomorrow = local_instant(&tz, tomorrow, time);
    let already = last_digest.is_some_and(|last| last >= today);
    let now_time = TimeOfDay::new(
        u16::try_from(chrono::Timelike::hour(&now.time())).unwrap_or(0),
        u16::try_from(chrono::Timelike::minute(&now.time())).unwrap_or(0),
    );
    let quiet = in_quiet_hours(now_time, settings.quiet_hours);
    if *now >= due_today && !already && !quiet {
        Plan { fire_for: Some(today), next: due_tomorrow }
    } else if *now < due_today && !already {
        Plan { fire_for: None, next: due_today }
    } else {
        Plan { fire_for: None, next: due_tomorrow }
    }
}

/// What the scheduler needs to send the weekly review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeeklySettings {
    pub day: chrono::Weekday,
    pub time: TimeOfDay,
    pub quiet_hours: (TimeOfDay, TimeOfDay),
}

/// Decides whether to send the weekly review now and when the next one is due. Exactly like the digest: keyed by the
/// date persisted after each review (the review day it was sent for), so one week never fires twice; a machine that
/// was off at review time catches up once later that same day, outside quiet hours, and a review missed for the whole
/// day waits for next week (a first run on a Monday does not greet anyone with last week's review). A time inside the
/// quiet hours moves to their end.
pub fn plan_weekly<Tz: TimeZone>(now: &DateTime<Tz>, settings: &WeeklySettings, last: Option<NaiveDate>) -> Plan<Tz> {
    let tz = now.timezone();
    let today = now.date_naive();
    let time = effective_digest_time(&DigestSettings { digest_time: settings.time, quiet_hours: settings.quiet_hours });
    let back = (7 + chrono::Datelike::weekday(&today).num_days_from_monday() - settings.day.num_days_from_monday()) % 7;
    let day = today - Duration::days(i64::from(back));
    let due = local_instant(&tz, day, time);
    let next_week = local_instant(&tz, day + Duration::days(7), time);
    let already = last.is_some_and(|last| last >= day);
    let now_time = TimeOfDay::new(
        u16::try_from(chrono::Timelike::hour(&now.time())).unwrap_or(0),
        u16::try_from(chrono::Timelike::minute(&now.time())).unwrap_or(0),
    );
    let quiet = in_quiet_hours(now_time, settings.quiet_hours);
    if back == 0 && *now >= due && !already && !quiet {
        Plan { fire_for: Some(day), next: next_week }
    } else if *now < due {
        Plan { fire_for: None, next: due }
    } else {
        Plan { fire_for: None, next: next_week }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::{America::New_York, Europe::Berlin};

    fn t(text: &str) -> TimeOfDay {
        TimeOfDay::parse(text).unwrap()
    }
    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }
    fn settings(digest: &str) -> DigestSettings {
        DigestSettings { digest_time: t(digest), quiet_hours: (t("21:00"), t("08:00")) }
    }
    fn at<Tz: TimeZone>(tz: &Tz, date: &str, time: &str) -> DateTime<Tz> {
        local_instant(tz, d(date), t(time))
    }

    #[test]
    fn before_the_digest_time_it_waits_until_then() {
        let now = at(&Berlin, "2025-03-10", "07:59");
        let p = plan(&now, &settings("08:30"), Some(d("2025-03-09")));
        assert_eq!(p.fire_for, None);
        assert_eq!(p.next, at(&Berlin, "2025-03-10", "08:30"));
    }

    #[test]
    fn at_the_digest_time_it_fires_once_for_the_day() {
        let now = at(&Berlin, "2025-03-10", "08:30");
        let p = plan(&now, &settings("08:30"), Some(d("2025-03-09")));
        assert_eq!(p.fire_for, Some(d("2025-03-10")));
        assert_eq!(p.next, at(&Berlin, "2025-03-11", "08:30"));
        // Persisted: the same day never fires again, even minutes later.
        let later = at(&Berlin, "2025-03-10", "08:31");
        assert_eq!(plan(&later, &settings("08:30"), Some(d("2025-03-10"))).fire_for, None);
    }

    #[test]
    fn a_missed_digest_catches_up_once_when_the_machine_wakes() {
        // Off at 08:30, back on at 14:00: fire now, for today, once.
        let now = at(&Berlin, "2025-03-10", "14:00");
        let p = plan(&now, &settings("08:30"), Some(d("2025-03-08")));
        assert_eq!(p.fire_for, Some(d("2025-03-10")));
        assert_eq!(plan(&now, &settings("08:30"), Some(d("2025-03-10"))).fire_for, None);
    }

    #[test]
    fn a_missed_digest_waits_out_the_quiet_hours() {
        // Back on at 22:00 (quiet): no notification tonight; tomorrow's digest comes at its time.
        let now = at(&Berlin, "2025-03-10", "22:00");
        let p = plan(&now, &settings("08:30"), Some(d("2025-03-09")));
        assert_eq!(p.fire_for, None);
        assert_eq!(p.next, at(&Berlin, "2025-03-11", "08:30"));
    }

    #[test]
    fn quiet_hours_spanning_midnight_move_an_early_digest_to_their_end() {
        let s = settings("06:45"); // inside 21:00–08:00
        assert_eq!(effective_digest_time(&s), t("08:00"));
        let now = at(&Berlin, "2025-03-10", "07:00");
        assert_eq!(plan(&now, &s, None).next, at(&Berlin, "2025-03-10", "08:00"));
        assert!(in_quiet_hours(t("23:59"), s.quiet_hours));
        assert!(in_quiet_hours(t("00:00"), s.quiet_hours));
        assert!(!in_quiet_hours(t("08:00"), s.quiet_hours));
        assert!(!in_quiet_hours(t("12:00"), (t("09:00"), t("09:00"))), "equal ends: no quiet hours");
        assert!(in_quiet_hours(t("13:30"), (t("13:00"), t("14:00"))), "daytime quiet hours");
    }

    #[test]
    fn just_after_midnight_the_next_digest_is_that_same_morning() {
        let now = at(&New_York, "2025-03-11", "00:00");
        let p = plan(&now, &settings("08:30"), Some(d("2025-03-10")));
        assert_eq!(p.fire_for, None);
        assert_eq!(p.next, at(&New_York, "2025-03-11", "08:30"));
    }

    #[test]
    fn spring_forward_in_berlin_moves_a_digest_in_the_gap_to_after_it() {
        // 2025-03-30: 02:00 → 03:00 in Berlin. A 02:30 digest (quiet hours off) fires at 03:00 local.
        let s = DigestSettings { digest_time: t("02:30"), quiet_hours: (t("00:00"), t("00:00")) };
        let now = at(&Berlin, "2025-03-30", "01:00");
        let p = plan(&now, &s, Some(d("2025-03-29")));
        assert_eq!(p.next.naive_local().to_string(), "2025-03-30 03:00:00");
        // The usual 08:30 digest is 23 hours after the previous one, at 08:30 local time.
        let before = at(&Berlin, "2025-03-29", "08:30");
        let p = plan(&before, &settings("08:30"), Some(d("2025-03-28")));
        assert_eq!(p.next.naive_local().to_string(), "2025-03-30 08:30:00");
        assert_eq!((p.next - before).num_hours(), 23);
    }

    #[test]
    fn fall_back_in_new_york_fires_once_at_the_earlier_instant() {
        // 2025-11-02: 02:00 → 01:00 in New York; 01:30 happens twice.
        let s = DigestSettings { digest_time: t("01:30"), quiet_hours: (t("00:00"), t("00:00")) };
        let first = at(&New_York, "2025-11-02", "01:30");
        let p = plan(&first, &s, Some(d("2025-11-01")));
        assert_eq!(p.fire_for, Some(d("2025-11-02")));
        let second = first + Duration::hours(1); // 01:30 again, standard time
        assert_eq!(second.naive_local(), first.naive_local());
        assert_eq!(plan(&second, &s, Some(d("2025-11-02"))).fire_for, None, "never twice for one day");
        // And the regular 08:30 digest the next day is 25 hours later.
        let before = at(&New_York, "2025-11-01", "08:30");
        let p = plan(&before, &settings("08:30"), Some(d("2025-11-01")));
        assert_eq!((p.next - before).num_hours(), 25);
    }

    #[test]
    fn a_clock_moved_backwards_does_not_fire_a_day_again() {
        // Fired on the 11th; the clock is then set back to the 10th, after the digest time.
        let now = at(&Berlin, "2025-03-10", "12:00");
        let p = plan(&now, &settings("08:30"), Some(d("2025-03-11")));
        assert_eq!(p.fire_for, None);
        assert_eq!(p.next, at(&Berlin, "2025-03-11", "08:30"));
    }

    fn weekly(day: chrono::Weekday, time: &str) -> WeeklySettings {
        WeeklySettings { day, time: t(time), quiet_hours: (t("21:00"), t("08:00")) }
    }

    #[test]
    fn the_weekly_review_fires_once_on_its_day_at_its_time() {
        use chrono::Weekday::Sun;
        let s = weekly(Sun, "18:00");
        // Saturday 2025-03-08: wait until Sunday 18:00.
        let p = plan_weekly(&at(&Berlin, "2025-03-08", "12:00"), &s, Some(d("2025-03-02")));
        assert_eq!((p.fire_for, p.next), (None, at(&Berlin, "2025-03-09", "18:00")));
        let p = plan_weekly(&at(&Berlin, "2025-03-09", "17:59"), &s, Some(d("2025-03-02")));
        assert_eq!((p.fire_for, p.next), (None, at(&Berlin, "2025-03-09", "18:00")));
        let p = plan_weekly(&at(&Berlin, "2025-03-09", "18:00"), &s, Some(d("2025-03-02")));
        assert_eq!((p.fire_for, p.next), (Some(d("2025-03-09")), at(&Berlin, "2025-03-16", "18:00")));
        // Persisted: not again that evening, nor on Wednesday.
        assert_eq!(plan_weekly(&at(&Berlin, "2025-03-09", "18:01"), &s, Some(d("2025-03-09"))).fire_for, None);
        let p = plan_weekly(&at(&Berlin, "2025-03-12", "10:00"), &s, Some(d("2025-03-09")));
        assert_eq!((p.fire_for, p.next), (None, at(&Berlin, "2025-03-16", "18:00")));
        // A first run with nothing persisted, on review day before its time, waits.
        assert_eq!(plan_weekly(&at(&Berlin, "2025-03-09", "09:00"), &s, None).fire_for, None);
    }

    #[test]
    fn a_missed_weekly_review_catches_up_that_day_outside_quiet_hours_or_waits_a_week() {
        use chrono::Weekday::Sun;
        let s = weekly(Sun, "18:00");
        // Off at 18:00, back at 20:00 the same Sunday: the review, once.
        let p = plan_weekly(&at(&Berlin, "2025-03-09", "20:00"), &s, Some(d("2025-03-02")));
        assert_eq!(p.fire_for, Some(d("2025-03-09")));
        assert_eq!(plan_weekly(&at(&Berlin, "2025-03-09", "20:05"), &s, Some(d("2025-03-09"))).fire_for, None);
        // Off all Sunday evening; on at 23:00 (quiet): nothing; nor on Monday morning — next Sunday's comes.
        assert_eq!(plan_weekly(&at(&Berlin, "2025-03-09", "23:00"), &s, Some(d("2025-03-02"))).fire_for, None);
        let p = plan_weekly(&at(&Berlin, "2025-03-10", "09:00"), &s, Some(d("2025-03-02")));
        assert_eq!((p.fire_for, p.next), (None, at(&Berlin, "2025-03-16", "18:00")));
        assert_eq!(plan_weekly(&at(&Berlin, "2025-03-10", "09:00"), &s, None).fire_for, None, "nor on a first run");
        // A review time inside the quiet hours comes at their end.
        let early = weekly(chrono::Weekday::Mon, "06:00");
        let p = plan_weekly(&at(&Berlin, "2025-03-10", "07:00"), &early, Some(d("2025-03-03")));
        assert_eq!((p.fire_for, p.next), (None, at(&Berlin, "2025-03-10", "08:00")));
    }
}
