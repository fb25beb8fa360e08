//! The IPC boundary's error: a small `{ code, message, field }` the UI branches on by `code` and shows next to
//! `field`. It never matches message text.

use serde::Serialize;
use ts_rs::TS;

/// Every code the UI may branch on, declared once; TypeScript sees a string union, so a misspelt code is a type error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Bad input; `field` names it.
    Invalid,
    NotFound,
    Duplicate,
    /// An archive from a newer build.
    UnsupportedVersion,
    /// A book written by a newer build.
    NewerBook,
    /// An encrypted book with no key to open it (or the app locked it after idle time).
    Locked,
    /// The passphrase given does not unlock the book.
    WrongPassphrase,
    /// SQLite or a migration failed.
    Database,
    Io,
    /// The OS refused to change "start at login".
    Autostart,
    /// Checking for, downloading or installing an update failed (no network, a bad signature…).
    Update,
    /// Anything that is not an error of the app's own (the UI uses it for a failed call).
    Internal,
}

impl ErrorCode {
    /// The core's error, by kind (the same words as `advocates_core::Error::code`, which the CLI prints).
    pub fn of(err: &advocates_core::Error) -> ErrorCode {
        use advocates_core::Error::*;
        match err {
            Invalid { .. } => ErrorCode::Invalid,
            NotFound { .. } => ErrorCode::NotFound,
            Duplicate { .. } => ErrorCode::Duplicate,
            UnsupportedVersion { .. } => ErrorCode::UnsupportedVersion,
            NewerBook { .. } => ErrorCode::NewerBook,
            Locked { .. } => ErrorCode::Locked,
            WrongPassphrase => ErrorCode::WrongPassphrase,
            Sqlite(_) | Migration(_) => ErrorCode::Database,
            Io(_) => ErrorCode::Io,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
    /// The field (or path) the error is about, so the form can show it inline.
    pub field: Option<String>,
}

impl From<advocates_core::Error> for IpcError {
    fn from(err: advocates_core::Error) -> IpcError {
        let field = err.path().map(str::to_owned);
        let message = match &err {
            // The field is shown beside the message; repeat only the reason.
            advocates_core::Error::Invalid { message, .. } => message.clone(),
            other => other.to_string(),
        };
        IpcError { code: ErrorCode::of(&err), message, field }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;

#[cfg(test)]
mod tests {
    use super::*;

    /// The IPC code of each core error is the word the core (and so the CLI) uses for it.
    #[test]
    fn codes_match_the_cores_words() {
        let errors = [
            advocates_core::Error::invalid("circle", "7 is not in 1..5"),
            advocates_core::Error::NotFound { kind: "person", id: "ana".into() },
            advocates_core::Error::Duplicate { kind: "person", id: "ana".into() },
            advocates_core::Error::UnsupportedVersion { found: 3, supported: 1 },
            advocates_core::Error::NewerBook { found: 9, supported: 5 },
            advocates_core::Error::Io(std::io::Error::other("disk")),
        ];
        for err in errors {
            let word = err.code();
            let ipc = IpcError::from(err);
            assert_eq!(serde_json::to_value(ipc.code).unwrap(), serde_json::json!(word));
        }
        let json = serde_json::to_value(IpcError::from(advocates_core::Error::invalid("circle", "bad"))).unwrap();
        assert_eq!(json, serde_json::json!({"code": "invalid", "message": "bad", "field": "circle"}));
    }
}
