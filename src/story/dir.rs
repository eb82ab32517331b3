//! A story folder read from disk into owned texts: the one way the `story` tool, `build.rs`
//! and the tests get a story that is not the bundled one (`STORY_DIR`).
//!
//! Reading and validating are kept apart: [`StoryDir::read`] only reads the files, and
//! reports each missing or unreadable one as a [`Problem`] naming it, all of them at once;
//! [`StoryDir::files`] then lends them to [`super::load`], which reports everything else.
//!
//! Each file is declared once, with whether it must exist ([`Need`]): an optional file
//! (a translation, say) is one more field, one more [`read_one`] call with
//! [`Need::Optional`] in [`StoryDir::read`], and one more line in [`StoryDir::files`].

use std::path::{Path, PathBuf};

use super::problem::{files, Problem};
use super::StoryFiles;

/// The story folder when none is given: the one the app is built from.
pub const DEFAULT_DIR: &str = "assets/story";

/// The environment variable naming another story folder, relative to the crate root
/// (`STORY_DIR=tests/fixtures/reed trunk build`).
pub const DIR_VARIABLE: &str = "STORY_DIR";

/// Whether a file of the folder must be there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// Missing is a problem.
    Required,
    /// Missing is allowed, and read as `None`.
    Optional,
}

/// The texts of a story folder's files, owned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoryDir {
    /// Where they were read from, for messages.
    pub path: PathBuf,
    /// `places.geojson`
    pub places: String,
    /// `journey.json`
    pub journey: String,
    /// `text.json`
    pub text: String,
    /// `people.json`
    pub people: String,
    /// `context.json`
    pub context: String,
    /// `text.en.json`, if the story has a translation.
    pub translation: Option<String>,
    /// `overlays.geojson`, if the story draws anything besides the journey.
    pub overlays: Option<String>,
}

impl StoryDir {
    /// Reads the five files of `dir`, and the translation and overlays if there are any; every file that is missing or unreadable is a
    /// problem naming it, so one run lists them all.
    pub fn read(dir: &Path) -> Result<StoryDir, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut required = |name: &str| match read_one(dir, name, Need::Required) {
            Ok(text) => text,
            Err(problem) => {
                problems.push(problem);
                None
            }
        };
        let places = required(files::PLACES);
        let journey = required(files::JOURNEY);
        let text = required(files::TEXT);
        let people = required(files::PEOPLE);
        let context = required(files::CONTEXT);
        let mut optional = |name: &str| match read_one(dir, name, Need::Optional) {
            Ok(text) => text,
            Err(problem) => {
                problems.push(problem);
                None
            }
        };
        let translation = optional(files::TRANSLATION);
        let overlays = optional(files::OVERLAYS);
        match (places, journey, text, people, context) {
            (Some(places), Some(journey), Some(text), Some(people), Some(context))
                if problems.is_empty() =>
            {
                Ok(StoryDir {
                    path: dir.to_owned(),
                    places,
                    journey,
                    text,
                    people,
                    context,
                    translation,
                    overlays,
                })
            }
            _ => Err(problems),
        }
    }

    /// The folder named by `STORY_DIR`, or [`DEFAULT_DIR`], as given: relative to the
    /// crate root unless absolute.
    pub fn dir_from_env() -> PathBuf {
        std::env::var_os(DIR_VARIABLE)
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| DEFAULT_DIR.into())
            .into()
    }

    /// The texts, lent to [`super::load`].
    pub fn files(&self) -> StoryFiles<'_> {
        StoryFiles {
            places: &self.places,
            journey: &self.journey,
            text: &self.text,
            people: &self.people,
            context: &self.context,
            translation: self.translation.as_deref(),
            overlays: self.overlays.as_deref(),
        }
    }
}

/// Reads and validates a story folder: the story, or every problem with its files.
pub fn load_dir(dir: &Path) -> Result<super::Story, Vec<Problem>> {
    let files = StoryDir::read(dir)?;
    super::load(&files.files())
}

/// Reads one file of `dir`: its text; `None` when an optional file is absent; a problem
/// naming the file when a required one is absent or any cannot be read (not UTF-8, a
/// folder, no permission).
pub fn read_one(dir: &Path, name: &str, need: Need) -> Result<Option<String>, Problem> {
    let path = dir.join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && need == Need::Optional => Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Problem::in_file(
            name,
            format!("missing: there is no {}", path.display()),
        )),
        Err(e) => Err(Problem::in_file(
            name,
            format!("cannot read {}: {e}", path.display()),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_DIR)
    }

    #[test]
    fn the_bundled_folder_reads_as_the_bundled_files() {
        let dir = StoryDir::read(&bundled()).expect("assets/story reads");
        let files = dir.files();
        assert_eq!(files.places, StoryFiles::BUNDLED.places);
        assert_eq!(files.journey, StoryFiles::BUNDLED.journey);
        assert_eq!(files.text, StoryFiles::BUNDLED.text);
        assert_eq!(files.people, StoryFiles::BUNDLED.people);
        assert_eq!(files.context, StoryFiles::BUNDLED.context);
    }

    #[test]
    fn a_missing_folder_names_every_file() {
        let problems = StoryDir::read(Path::new("/nonexistent/story")).unwrap_err();
        let names: Vec<&str> = problems.iter().map(|p| p.file.as_str()).collect();
        assert_eq!(
            names,
            [
                files::PLACES,
                files::JOURNEY,
                files::TEXT,
                files::PEOPLE,
                files::CONTEXT
            ]
        );
        assert!(problems[0]
            .to_string()
            .starts_with("places.geojson: missing"));
    }

    #[test]
    fn an_optional_file_may_be_absent_but_not_unreadable() {
        assert_eq!(
            read_one(&bundled(), "text.xx.json", Need::Optional),
            Ok(None)
        );
        assert!(read_one(&bundled(), "text.xx.json", Need::Required).is_err());
        // A folder where a file should be: present, but not readable as text.
        let err = read_one(
            Path::new(env!("CARGO_MANIFEST_DIR")),
            "assets",
            Need::Optional,
        )
        .unwrap_err();
        assert!(err.message.starts_with("cannot read"), "{err}");
    }
}
