//! Advocates' core: the relationship book (model, validation, SQLite store), the thoughtfulness engine and the
//! archive. It knows nothing of Tauri or of the clock: callers pass `today` in.

pub mod archive;
pub mod crypt;
pub mod engine;
#[cfg(test)]
mod engine_tests;
pub mod error;
pub mod import;
pub mod input;
pub mod ladder;
pub mod model;
pub mod quicklog;
pub mod sample;
pub mod scenario;
pub mod schema;
pub mod standings;
pub mod store;
pub mod suggestions;
pub mod testkit;
pub mod today;
pub mod validate;

pub use error::{Error, Result};
pub use store::Store;
