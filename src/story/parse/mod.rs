//! Reading the data files into a [`Story`], file by file in dependency order (people, text,
//! its translation, places, journey, context, overlays), each checked against those
//! already read.

mod context;
mod feature;
mod fields;
mod journey;
mod overlays;
mod passage;
mod people;
mod places;
mod span;
mod text;
mod translation;

use std::collections::HashSet;

use super::model::{Person, Place};
use super::problem::{files, Problem};
use super::text::Text;
use super::{Story, StoryFiles};

/// The ids a file declares, including those of records that failed to read: a reference
/// to a broken record is not reported a second time as unknown.
pub(crate) type Ids = HashSet<String>;

/// What later files are checked against; `None` for a file that could not be read, so its
/// absence is reported once, not as a cascade of unknown ids.
#[derive(Clone, Copy, Default)]
pub(crate) struct Known<'a> {
    pub places: Option<&'a [Place]>,
    pub place_ids: Option<&'a Ids>,
    pub people: Option<&'a [Person]>,
    pub person_ids: Option<&'a Ids>,
    pub work_ids: Option<&'a Ids>,
    pub text: Option<&'a Text>,
    pub block_ids: Option<&'a Ids>,
    /// Whether the story has a translation file at all: then quotations need their
    /// translated words.
    pub translating: bool,
    /// The translated text, when its file could be read.
    pub translation: Option<&'a Text>,
}

impl Known<'_> {
    /// Whether `id` is unknown to a file that could be read (`None`: not checkable).
    pub fn lacks(ids: Option<&Ids>, id: &str) -> bool {
        ids.is_some_and(|ids| !ids.contains(id))
    }
}

/// Parses and validates all files; every problem found, or the story.
pub(crate) fn load(input: &StoryFiles<'_>) -> Result<Story, Vec<Problem>> {
    let mut problems = Vec::new();
    let people = people::parse(input.people, &mut problems);
    let mut known = Known::default();
    if let Some(file) = &people {
        known.people = Some(&file.people);
        known.person_ids = Some(&file.person_ids);
        known.work_ids = Some(&file.work_ids);
    }
    let text = text::parse(input.text, &known, &mut problems);
    if let Some((text, ids)) = &text {
        known.text = Some(text);
        known.block_ids = Some(ids);
    }
    known.translating = input.translation.is_some();
    let translation = match (input.translation, known.text) {
        (Some(src), Some(text)) => translation::parse(src, text, &known, &mut problems),
        _ => None,
    };
    known.translation = translation.as_ref().map(|t| &t.text);
    let places = places::parse(input.places, &known, &mut problems);
    if let Some((places, ids)) = &places {
        known.places = Some(places);
        known.place_ids = Some(ids);
    }
    let journey = journey::parse(input.journey, &known, &mut problems);
    let context = context::parse(input.context, &known, &mut problems);
    let targets = overlays::Targets {
        steps: journey.as_deref(),
        events: context.as_deref(),
    };
    let overlays = match input.overlays {
        Some(src) => overlays::parse(src, &known, targets, &mut problems),
        None => Some(Vec::new()),
    };
    if let Some(text) = known.text {
        check_forms(text, known.people, known.places, &mut problems);
    }
    check_translation_forms(&known, &mut problems);
    match (people, text, places, journey, context, overlays) {
        (
            Some(people),
            Some((text, _)),
            Some((places, _)),
            Some(steps),
            Some(context),
            Some(overlays),
        ) if problems.is_empty() => {
            if steps.is_empty() {
                return Err(vec![Problem::in_file(
                    files::JOURNEY,
                    "the journey has no steps",
                )]);
            }
            Ok(Story {
                places,
                people: people.people,
                works: people.works,
                text,
                translation,
                steps,
                context,
                overlays,
            })
        }
        _ => Err(problems),
    }
}

/// Every form a person or place is given must be in the text: forms are how the reader
/// finds mentions, and a misspelt one would silently find nothing.
fn check_forms(
    text: &Text,
    people: Option<&[Person]>,
    places: Option<&[Place]>,
    problems: &mut Vec<Problem>,
) {
    let in_text = |form: &str| {
        text.paragraphs
            .iter()
            .chain(&text.footnotes)
            .any(|b| b.text.contains(form))
    };
    for person in people.unwrap_or(&[]) {
        for (i, form) in person.forms.iter().enumerate() {
            if !in_text(form) {
                problems.push(Problem::new(
                    files::PEOPLE,
                    &format!("person `{}`", person.id),
                    &format!("forms[{i}]"),
                    format!("«{form}» is not in the text"),
                ));
            }
        }
    }
    for place in places.unwrap_or(&[]) {
        for (i, form) in place.forms.iter().enumerate() {
            if !in_text(form) {
                problems.push(Problem::new(
                    files::PLACES,
                    &format!("place `{}`", place.id),
                    &format!("properties.forms[{i}]"),
                    format!("«{form}» is not in the text"),
                ));
            }
        }
    }
}

/// The translation's forms of a person must be in the translation, as the original's are
/// in the original; a story without a translation gives none.
fn check_translation_forms(known: &Known<'_>, problems: &mut Vec<Problem>) {
    for person in known.people.unwrap_or(&[]) {
        for (i, form) in person.translation_forms.iter().enumerate() {
            let message = match known.translation {
                Some(text)
                    if text
                        .paragraphs
                        .iter()
                        .chain(&text.footnotes)
                        .any(|b| b.text.contains(form.as_str())) =>
                {
                    continue
                }
                Some(_) => format!("«{form}» is not in the translation"),
                None if known.translating => continue,
                None => format!(
                    "«{form}»: the story has no translation ({})",
                    files::TRANSLATION
                ),
            };
            problems.push(Problem::new(
                files::PEOPLE,
                &format!("person `{}`", person.id),
                &format!("translation_forms[{i}]"),
                message,
            ));
        }
    }
}
