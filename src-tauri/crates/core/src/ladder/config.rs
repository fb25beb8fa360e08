//! Every threshold of the ladder's rules, in one place (README, "The ladder").

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LadderConfig {
    /// "This year": favors and contact in this many days before today are the recent evidence.
    pub window_days: i64,
    /// Up to **advocate**: at least this many referrals, intros, endorsements or recommendations received in the window.
    pub advocate_min_advocacy: u32,
    /// Up to **ally**: at least this many favors received in the window…
    pub ally_min_received: u32,
    /// …and at least this many given to them in the window (it goes both ways)…
    pub ally_min_given: u32,
    /// …and in touch within this many days.
    pub ally_contact_days: i64,
    /// Up to **friend**: in touch at least `friend_min_contacts` times, or for `friend_min_minutes` in all, in this
    /// many days.
    pub friend_window_days: i64,
    pub friend_min_contacts: u32,
    pub friend_min_minutes: u32,
    /// Down one step from **ally** or **advocate**: no contact for this many days.
    pub drift_days_ally: i64,
    /// Down from **friend** to acquaintance: no contact for this many days.
    pub drift_days_friend: i64,
    /// A refused proposal is not made again for this many days.
    pub refused_quiet_days: i64,
    /// About to slip: your ten, allies and advocates whose days since contact reached this share of their rhythm.
    pub slip_ratio: f64,
    pub slipping_limit: usize,
    /// The favor balance: people who did at least this many favors for you…
    pub balance_min_received: u32,
    /// …and this many more than you did for them.
    pub balance_min_gap: u32,
    pub balance_limit: usize,
    /// Months in the trend, ending with this month.
    pub trend_months: u32,
    /// Weeks compared in the weekly review, ending with this week.
    pub review_weeks: u32,
    /// Favors not yet thanked listed in the review (the count covers them all).
    pub unthanked_limit: usize,
}

impl Default for LadderConfig {
    fn default() -> Self {
        LadderConfig {
            window_days: 365,
            advocate_min_advocacy: 2,
            ally_min_received: 1,
            ally_min_given: 1,
            ally_contact_days: 180,
            friend_window_days: 180,
            friend_min_contacts: 3,
            friend_min_minutes: 180,
            drift_days_ally: 365,
            drift_days_friend: 540,
            refused_quiet_days: 180,
            slip_ratio: 0.8,
            slipping_limit: 10,
            balance_min_received: 2,
            balance_min_gap: 2,
            balance_limit: 10,
            trend_months: 12,
            review_weeks: 8,
            unthanked_limit: 20,
        }
    }
}
