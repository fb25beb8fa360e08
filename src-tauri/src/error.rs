//! The IPC boundary's error: a small `{ code, message, field }` the UI branches on by `code` and shows next to
//! `field`. It never matches message text.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct IpcError {
    pub code: String,
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
        IpcError { code: err.code().to_owned(), message, field }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;
