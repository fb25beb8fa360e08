//! Advocates' core: the relationship book (model, validation, SQLite store), the thoughtfulness engine and the
//! archive. It knows nothing of Tauri or of the clock: callers pass `today` in.

pub mod archive;
pub mod engine;
pub mod error;
pub mod import;
pub mod input;
pub mod model;
pub mod quicklog;
pub mod sample;
pub mod schema;
pub mod store;
pub mod testkit;
pub mod today;
pub mod validate;

pub use error::{Error, Result};
pub use store::Store;

/// The kinds of suggestion the engine makes (ENGINE.md §3); a suggestion's key starts with one of them.
pub const SUGGESTION_KINDS: &[&str] = &[
    "occasion",
    "congratulate",
    "support",
    "keep_promise",
    "follow_up",
    "thank",
    "give_back",
    "introduce",
    "share",
    "check_in",
    "reconnect",
    "deepen",
    "ask",
];
