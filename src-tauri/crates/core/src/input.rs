//! Records as the app sends them: JSON read into the model with the path of any error, so that a bad value — an
//! impossible day such as 2025-02-30, an unknown kind, a circle that is not a number — comes back as
//! [`Error::Invalid`] naming its field (`date: "2025-02-30" is not a valid date (YYYY-MM-DD)`), like every rule the
//! store checks afterwards, and the form can show it next to the field.

use serde::de::DeserializeOwned;

use crate::error::{Error, Result};

pub fn from_json<T: DeserializeOwned>(value: serde_json::Value) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|err| {
        let path = err.path().to_string();
        let path = if path == "." { String::new() } else { path };
        Error::invalid(path, err.into_inner().to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use serde_json::json;

    #[test]
    fn an_impossible_day_names_its_field() {
        let favor = json!({ "id": "", "from": "ben", "to": "me", "date": "2025-02-30", "kind": "referral" });
        let err = from_json::<Favor>(favor).unwrap_err();
        assert_eq!(err.code(), "invalid");
        assert_eq!(err.path(), Some("date"));
        assert_eq!(err.to_string(), "date: \"2025-02-30\" is not a valid date (YYYY-MM-DD)");
    }

    #[test]
    fn nested_paths_unknown_values_and_wrong_types() {
        let mut person = serde_json::to_value(Person::new("ana", "Ana")).unwrap();
        person["needs"] = json!([{ "id": "n1", "topic": "x", "since": "2025-13-01" }]);
        assert_eq!(from_json::<Person>(person).unwrap_err().path(), Some("needs[0].since"));
        let interaction = json!({ "id": "", "date": "2025-03-01", "kind": "brunch", "with": ["ana"] });
        let err = from_json::<Interaction>(interaction).unwrap_err();
        assert_eq!(err.path(), Some("kind"));
        assert!(err.to_string().contains("brunch"), "{err}");
        let person = json!({ "id": "ana", "name": "Ana", "circle": "nine" });
        assert_eq!(from_json::<Person>(person).unwrap_err().path(), Some("circle"));
        let ok = json!({ "id": "", "person": "ana", "date": "2024-02-29", "kind": "baby" });
        assert_eq!(from_json::<Event>(ok).unwrap().date.to_string(), "2024-02-29");
    }
}
