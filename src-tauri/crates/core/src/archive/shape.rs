//! An archive's header and shape in one streaming pass over its text, keeping only what the header check needs: the
//! `format` and `version` values, whether the root and `settings` are objects, and the first record that is not an
//! object in each section (and in each person's sub-lists). Everything else is skipped without being built. It sees the
//! document as `serde_json::Value` would: a key given twice counts once, with its last value.

use std::collections::HashMap;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// The sections whose records must be objects, in the order their errors are reported.
pub(super) const SECTIONS: [&str; 9] =
    ["people", "interactions", "events", "favors", "follow_ups", "goals", "items", "feedback", "changes"];
/// A person's lists whose entries must be objects, in the order their errors are reported.
const PERSON_LISTS: [&str; 5] = ["dates", "channels", "interests", "needs", "offers"];

#[derive(Debug, Default)]
pub(super) struct Shape {
    /// How the root is named when it is not an object.
    pub root: Option<String>,
    pub format: Option<Value>,
    pub version: Option<Value>,
    /// How `settings` is named when it is present and not an object.
    pub settings: Option<String>,
    pub sections: HashMap<&'static str, Section>,
}

/// A section that is an array: its first record that is not an object, and (people) the first person, in order, with
/// a list entry that is not an object: (person, list, entry, how it is named).
#[derive(Debug, Default)]
pub(super) struct Section {
    pub first_bad: Option<(usize, String)>,
    pub first_bad_list: Option<(usize, &'static str, usize, String)>,
}

/// Reads the shape of `json`; an error only when the text is not JSON (the same error `serde_json::from_str` gives).
pub(super) fn read(json: &str) -> serde_json::Result<Shape> {
    let mut de = serde_json::Deserializer::from_str(json);
    let shape = Root.deserialize(&mut de)?;
    de.end()?;
    Ok(shape)
}

/// How a value that is not an object is named in an error.
fn named(value: Value) -> Option<String> {
    Some(super::kind_of(&value))
}

/// Skips an array's elements.
fn skip_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

/// A visitor's answers to every value that is neither an array nor an object: `$answer` of how the value is named.
macro_rules! scalars {
    ($out:ty, |$named:ident| $answer:expr) => {
        fn visit_bool<E>(self, v: bool) -> Result<$out, E> {
            let $named = named(Value::Bool(v));
            Ok($answer)
        }
        fn visit_i64<E>(self, v: i64) -> Result<$out, E> {
            let $named = named(Value::from(v));
            Ok($answer)
        }
        fn visit_u64<E>(self, v: u64) -> Result<$out, E> {
            let $named = named(Value::from(v));
            Ok($answer)
        }
        fn visit_f64<E>(self, v: f64) -> Result<$out, E> {
            let $named = named(Value::from(v));
            Ok($answer)
        }
        fn visit_str<E>(self, v: &str) -> Result<$out, E> {
            let $named = named(Value::String(v.to_owned()));
            Ok($answer)
        }
        fn visit_unit<E>(self) -> Result<$out, E> {
            let $named = named(Value::Null);
            Ok($answer)
        }
    };
}

/// How a value that is not an object is named in an error (see `kind_of`); `None` for an object, which is skipped.
struct Kind;

impl<'de> DeserializeSeed<'de> for Kind {
    type Value = Option<String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Kind {
    type Value = Option<String>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    scalars!(Option<String>, |named| named);
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        skip_seq(seq)?;
        Ok(named(Value::Array(Vec::new())))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(None)
    }
}

/// A section (or a person's list): the first entry that is not an object, when it is an array; for people, also the
/// first person with a list entry that is not an object. Anything but an array is skipped (the typed read names it).
struct Records {
    people: bool,
}

impl<'de> DeserializeSeed<'de> for Records {
    type Value = Section;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Records {
    type Value = Section;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    scalars!(Section, |_named| Section::default());
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Section, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Section::default())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Section, A::Error> {
        let mut section = Section::default();
        let mut i = 0;
        loop {
            let found = if self.people {
                seq.next_element_seed(Person)?.map(|(kind, list)| {
                    if let (Some((list, j, kind)), None) = (list, &section.first_bad_list) {
                        section.first_bad_list = Some((i, list, j, kind));
                    }
                    kind
                })
            } else {
                seq.next_element_seed(Kind)?
            };
            let Some(kind) = found else { break };
            if let (Some(kind), None) = (kind, &section.first_bad) {
                section.first_bad = Some((i, kind));
            }
            i += 1;
        }
        Ok(section)
    }
}

/// A person: how it is named when it is not an object, else the first of its lists (in `PERSON_LISTS` order) with an
/// entry that is not an object.
struct Person;

type PersonShape = (Option<String>, Option<(&'static str, usize, String)>);

impl<'de> DeserializeSeed<'de> for Person {
    type Value = PersonShape;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Person {
    type Value = PersonShape;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    scalars!(PersonShape, |named| (named, None));
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<PersonShape, A::Error> {
        skip_seq(seq)?;
        Ok((named(Value::Array(Vec::new())), None))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PersonShape, A::Error> {
        // The last value of each list counts, as in a parsed document.
        let mut lists: [Option<(usize, String)>; PERSON_LISTS.len()] = Default::default();
        while let Some(key) = map.next_key::<String>()? {
            match PERSON_LISTS.iter().position(|l| *l == key) {
                Some(n) => lists[n] = map.next_value_seed(Records { people: false })?.first_bad,
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let first = PERSON_LISTS.iter().zip(lists).find_map(|(list, bad)| bad.map(|(j, kind)| (*list, j, kind)));
        Ok((None, first))
    }
}

/// The document's root.
struct Root;

impl<'de> DeserializeSeed<'de> for Root {
    type Value = Shape;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl Root {
    fn not_an_object(kind: Option<String>) -> Shape {
        Shape { root: kind, ..Shape::default() }
    }
}

impl<'de> Visitor<'de> for Root {
    type Value = Shape;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    scalars!(Shape, |named| Root::not_an_object(named));
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Shape, A::Error> {
        skip_seq(seq)?;
        Ok(Root::not_an_object(named(Value::Array(Vec::new()))))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Shape, A::Error> {
        let mut shape = Shape::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => shape.format = Some(map.next_value()?),
                "version" => shape.version = Some(map.next_value()?),
                "settings" => shape.settings = map.next_value_seed(Kind)?,
                _ => match SECTIONS.iter().find(|s| **s == key) {
                    Some(section) => {
                        let read = map.next_value_seed(Records { people: *section == "people" })?;
                        shape.sections.insert(section, read);
                    }
                    None => {
                        map.next_value::<IgnoredAny>()?;
                    }
                },
            }
        }
        Ok(shape)
    }
}
