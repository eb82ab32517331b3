//! Reading one JSON record field by field, reporting each missing, mistyped or unknown
//! field as a [`Problem`] and going on, so that one load lists every mistake.
//!
//! (Deriving `Deserialize` would stop at the first error and not always name the field.)

use serde_json::{Map, Value};

use crate::story::ids;
use crate::story::model::Localized;
use crate::story::problem::Problem;

/// Parses a whole file as JSON, or says where it is not.
pub(crate) fn parse_json(file: &str, text: &str, problems: &mut Vec<Problem>) -> Option<Value> {
    match serde_json::from_str(text) {
        Ok(value) => Some(value),
        Err(e) => {
            problems.push(Problem::in_file(file, format!("not valid JSON: {e}")));
            None
        }
    }
}

/// The fields of one JSON object being read, with the record's name for messages.
pub(crate) struct Fields<'v, 'p> {
    file: &'static str,
    record: String,
    prefix: &'static str,
    object: &'v Map<String, Value>,
    read: Vec<&'static str>,
    problems: &'p mut Vec<Problem>,
}

impl<'v, 'p> Fields<'v, 'p> {
    /// Starts reading `value`, or reports that it is not an object.
    pub fn open(
        file: &'static str,
        record: String,
        value: &'v Value,
        problems: &'p mut Vec<Problem>,
    ) -> Option<Self> {
        match value.as_object() {
            Some(object) => Some(Self {
                file,
                record,
                prefix: "",
                object,
                read: Vec::new(),
                problems,
            }),
            None => {
                problems.push(Problem::new(file, &record, "", "expected a JSON object"));
                None
            }
        }
    }

    /// Names fields `prefix.field` in messages: for nested objects such as a GeoJSON
    /// feature's `properties`.
    pub fn with_prefix(mut self, prefix: &'static str) -> Self {
        self.prefix = prefix;
        self
    }

    /// The record's name as messages show it.
    pub fn record(&self) -> &str {
        &self.record
    }

    /// Renames the record once its id is known (``stop #3`` becomes ``stop `smolny` ``).
    pub fn rename(&mut self, record: String) {
        self.record = record;
    }

    /// Reports a problem with `field` of this record.
    pub fn report(&mut self, field: &str, message: impl Into<String>) {
        let field = if self.prefix.is_empty() {
            field.to_owned()
        } else {
            format!("{}.{field}", self.prefix)
        };
        self.problems
            .push(Problem::new(self.file, &self.record, &field, message));
    }

    /// Reports a problem with a field of the record outside the prefix: a GeoJSON
    /// feature's `geometry` found wrong while reading its `properties`.
    pub fn report_beside(&mut self, field: &str, message: impl Into<String>) {
        self.problems
            .push(Problem::new(self.file, &self.record, field, message));
    }

    fn get(&mut self, key: &'static str) -> Option<&'v Value> {
        self.read.push(key);
        self.object.get(key).filter(|v| !v.is_null())
    }

    /// The raw value of a field that is present and not null, for nested shapes.
    pub fn raw(&mut self, key: &'static str) -> Option<&'v Value> {
        self.get(key)
    }

    /// Whether the field is there at all, even as null.
    pub fn present(&self, key: &str) -> bool {
        self.object.contains_key(key)
    }

    /// Whether the field is present and not null.
    pub fn has(&self, key: &str) -> bool {
        self.object.get(key).is_some_and(|v| !v.is_null())
    }

    /// A required string.
    pub fn str(&mut self, key: &'static str) -> Option<&'v str> {
        let value = self.opt_str(key);
        if value.is_none() && !self.has(key) {
            self.report(key, "missing");
        }
        value
    }

    /// A required name from a closed list (`kind`, `side`), as its value: an unknown name
    /// is reported with the list, so the author sees what would do.
    pub fn one_of<T: Copy>(
        &mut self,
        key: &'static str,
        what: &str,
        all: &[T],
        name: fn(T) -> &'static str,
    ) -> Option<T> {
        let given = self.str(key)?;
        if let Some(value) = all.iter().copied().find(|v| name(*v) == given) {
            return Some(value);
        }
        let known: Vec<&str> = all.iter().map(|v| name(*v)).collect();
        self.report(
            key,
            format!("unknown {what} `{given}` ({})", known.join(", ")),
        );
        None
    }

    /// An optional string (absent or null is fine, another type is not).
    pub fn opt_str(&mut self, key: &'static str) -> Option<&'v str> {
        match self.get(key)? {
            Value::String(s) if s.trim().is_empty() => {
                self.report(key, "is empty");
                None
            }
            Value::String(s) => Some(s),
            other => {
                self.report(key, format!("expected a string, found {}", kind(other)));
                None
            }
        }
    }

    /// A required id, checked for shape.
    pub fn id(&mut self, key: &'static str) -> Option<&'v str> {
        let id = self.str(key)?;
        if ids::is_well_formed(id) {
            Some(id)
        } else {
            self.report(
                key,
                format!("`{id}` is not a valid id (lower-case letters, digits and single hyphens)"),
            );
            None
        }
    }

    /// A required array.
    pub fn array(&mut self, key: &'static str) -> Option<&'v [Value]> {
        match self.get(key) {
            None => {
                self.report(key, "missing");
                None
            }
            Some(Value::Array(items)) => Some(items),
            Some(other) => {
                self.report(key, format!("expected an array, found {}", kind(other)));
                None
            }
        }
    }

    /// An optional array; absent reads as empty.
    pub fn opt_array(&mut self, key: &'static str) -> &'v [Value] {
        if self.has(key) {
            self.array(key).unwrap_or(&[])
        } else {
            self.read.push(key);
            &[]
        }
    }

    /// An optional number.
    pub fn opt_number(&mut self, key: &'static str) -> Option<f64> {
        match self.get(key)? {
            Value::Number(n) => n.as_f64(),
            other => {
                self.report(key, format!("expected a number, found {}", kind(other)));
                None
            }
        }
    }

    /// A required whole number in `range`.
    pub fn integer(
        &mut self,
        key: &'static str,
        range: std::ops::RangeInclusive<u64>,
    ) -> Option<u64> {
        match self.get(key) {
            None => {
                self.report(key, "missing");
                None
            }
            Some(Value::Number(n)) if n.as_u64().is_some_and(|v| range.contains(&v)) => n.as_u64(),
            Some(other) => {
                self.report(
                    key,
                    format!(
                        "expected a whole number from {} to {}, found {other}",
                        range.start(),
                        range.end()
                    ),
                );
                None
            }
        }
    }

    /// An optional boolean; absent reads as `false`.
    pub fn flag(&mut self, key: &'static str) -> bool {
        match self.get(key) {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                self.report(
                    key,
                    format!("expected true or false, found {}", kind(other)),
                );
                false
            }
        }
    }

    /// A list of non-empty strings; absent reads as empty.
    pub fn strings(&mut self, key: &'static str) -> Vec<&'v str> {
        let items = self.opt_array(key);
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match item.as_str() {
                Some(s) if !s.trim().is_empty() => out.push(s),
                _ => self.report(&format!("{key}[{i}]"), "expected a non-empty string"),
            }
        }
        out
    }

    /// A required `{ "fr": …, "en": … }`.
    pub fn localized(&mut self, key: &'static str) -> Option<Localized> {
        if !self.has(key) {
            self.read.push(key);
            self.report(key, "missing");
            return None;
        }
        self.opt_localized(key)
    }

    /// An optional `{ "fr": …, "en": … }`.
    pub fn opt_localized(&mut self, key: &'static str) -> Option<Localized> {
        let value = self.get(key)?;
        let Some(object) = value.as_object() else {
            self.report(
                key,
                format!("expected {{\"fr\": …, \"en\": …}}, found {}", kind(value)),
            );
            return None;
        };
        let mut text = |lang: &str| match object.get(lang).and_then(Value::as_str) {
            Some(s) if !s.trim().is_empty() => Some(s.to_owned()),
            _ => {
                self.report(&format!("{key}.{lang}"), "missing or empty");
                None
            }
        };
        let (fr, en) = (text("fr"), text("en"));
        for extra in object.keys().filter(|k| *k != "fr" && *k != "en") {
            self.report(
                &format!("{key}.{extra}"),
                "unknown language (only fr and en)",
            );
        }
        Some(Localized { fr: fr?, en: en? })
    }

    /// Adds the problems a nested record's own reader found (a field that is an object
    /// read with its own [`Fields`]), in order.
    pub fn absorb(&mut self, found: Vec<Problem>) {
        self.problems.extend(found);
    }

    /// Reports the fields nobody asked for: most often a misspelt name, whose value would
    /// otherwise be silently ignored.
    pub fn finish(mut self) {
        let unknown: Vec<String> = self
            .object
            .keys()
            .filter(|k| !self.read.contains(&k.as_str()))
            .cloned()
            .collect();
        for key in unknown {
            self.report(&key, "unknown field (misspelt?)");
        }
    }
}

/// A JSON value's type, for messages.
pub(crate) fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn collects_every_problem_of_a_record() {
        let value = json!({"id": "Bad Id", "name": {"fr": "x"}, "rank": "1", "plcae": 3});
        let mut problems = Vec::new();
        let mut f = Fields::open("f.json", "place #0".into(), &value, &mut problems).unwrap();
        assert_eq!(f.id("id"), None);
        assert_eq!(f.localized("name"), None);
        assert_eq!(f.integer("rank", 1..=3), None);
        assert_eq!(f.str("place"), None);
        f.finish();
        let fields: Vec<_> = problems.iter().map(|p| p.field.clone().unwrap()).collect();
        assert_eq!(fields, ["id", "name.en", "rank", "place", "plcae"]);
    }
}
