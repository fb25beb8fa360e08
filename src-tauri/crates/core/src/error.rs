//! The core's error: rich enough for tests and logs; [`Error::code`] is what the UI and the CLI branch on.

use thiserror::Error;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, Error)]
pub enum Error {
    /// Bad input, named by its field or JSON path: `people[3].circle: 7 is not in 1..5`.
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },

    /// A record that the operation needs does not exist.
    #[error("{kind} `{id}` does not exist")]
    NotFound { kind: &'static str, id: String },

    /// A record with this id already exists.
    #[error("{kind} `{id}` already exists")]
    Duplicate { kind: &'static str, id: String },

    /// An archive from a newer build.
    #[error("this archive is version {found}; this build reads up to {supported}")]
    UnsupportedVersion { found: i64, supported: i64 },

    /// A book written by a newer build: opening it here would risk it.
    #[error(
        "this book was written by a newer version of Advocates (schema {found}; this build reads up to {supported}): \
         update Advocates, or restore a backup"
    )]
    NewerBook { found: i64, supported: i64 },

    /// An encrypted book and no key to open it: what would unlock it is in the message.
    #[error("{message}")]
    Locked { message: String },

    /// The passphrase given does not unlock the book (or the sealed archive).
    #[error("wrong passphrase: it does not unlock this book")]
    WrongPassphrase,

    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),

    #[error("database migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),

    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    pub fn invalid(path: impl Into<String>, message: impl Into<String>) -> Error {
        Error::Invalid { path: path.into(), message: message.into() }
    }

    /// A stable, machine-readable code; the UI never matches message text.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid { .. } => "invalid",
            Error::NotFound { .. } => "not_found",
            Error::Duplicate { .. } => "duplicate",
            Error::UnsupportedVersion { .. } => "unsupported_version",
            Error::NewerBook { .. } => "newer_book",
            Error::Locked { .. } => "locked",
            Error::WrongPassphrase => "wrong_passphrase",
            Error::Sqlite(_) | Error::Migration(_) => "database",
            Error::Io(_) => "io",
        }
    }

    /// The field or JSON path the error is about, when it is about one.
    pub fn path(&self) -> Option<&str> {
        match self {
            Error::Invalid { path, .. } => Some(path),
            _ => None,
        }
    }

    /// True for errors caused by what the user gave (the CLI exits 2 for these, 1 for the rest).
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            Error::Invalid { .. }
                | Error::NotFound { .. }
                | Error::Duplicate { .. }
                | Error::UnsupportedVersion { .. }
                | Error::Locked { .. }
                | Error::WrongPassphrase
        )
    }
}
