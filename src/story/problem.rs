//! What the loader reports instead of panicking: every problem in the data, each naming the
//! file, the record and the field, so a data author can fix them all in one pass.

use std::fmt;

/// File names as they appear in messages (and in `assets/story/`).
pub mod files {
    /// The places (GeoJSON).
    pub const PLACES: &str = "places.geojson";
    /// The journey: stops, legs and gaps.
    pub const JOURNEY: &str = "journey.json";
    /// The restored text.
    pub const TEXT: &str = "text.json";
    /// People and works.
    pub const PEOPLE: &str = "people.json";
    /// Context events.
    pub const CONTEXT: &str = "context.json";
    /// The translation of the text (optional).
    pub const TRANSLATION: &str = "text.en.json";
    /// Map overlays (GeoJSON, optional).
    pub const OVERLAYS: &str = "overlays.geojson";
}

/// One thing wrong with the story data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The data file, e.g. `journey.json`.
    pub file: String,
    /// The record, e.g. ``stop `chasseurs-meeting` ``, or `None` for the file as a whole.
    pub record: Option<String>,
    /// The field inside the record, e.g. `place` or `passages[2].quote`.
    pub field: Option<String>,
    /// What is wrong, with the offending value.
    pub message: String,
}

impl Problem {
    /// A problem with a record's field; the usual case.
    pub fn new(file: &str, record: &str, field: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            record: Some(record.to_owned()),
            field: (!field.is_empty()).then(|| field.to_owned()),
            message: message.into(),
        }
    }

    /// A problem with a whole file (it is not JSON, or not the expected shape).
    pub fn in_file(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            record: None,
            field: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(record) = &self.record {
            write!(f, ": {record}")?;
        }
        if let Some(field) = &self.field {
            write!(f, " field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for Problem {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_record_and_field() {
        let p = Problem::new(
            files::JOURNEY,
            "stop `chasseurs-barracks`",
            "place",
            "unknown place id `chaseurs`",
        );
        assert_eq!(
            p.to_string(),
            "journey.json: stop `chasseurs-barracks` field `place`: unknown place id `chaseurs`"
        );
        assert_eq!(
            Problem::in_file(files::TEXT, "not JSON").to_string(),
            "text.json: not JSON"
        );
    }
}
