//! Reading the five data files into a [`Story`], file by file in dependency order (people,
//! text, places, journey, context), each checked against those already read.

mod context;
mod fields;
mod journey;
mod passage;
mod people;
mod places;
mod span;
mod text;

use super::model::{Person, Place};
use super::problem::{files, Problem};
use super::text::Text;
use super::{Story, StoryFiles};

/// What later files are checked against; `None` for a file that could not be read, so its
/// absence is reported once, not as a cascade of unknown ids.
pub(crate) struct Known<'a> {
    pub places: Option<&'a [Place]>,
    pub people: Option<&'a [Person]>,
    pub text: Option<&'a Text>,
}

/// Parses and validates all files; every problem found, or the story.
pub(crate) fn load(input: &StoryFiles<'_>) -> Result<Story, Vec<Problem>> {
    let mut problems = Vec::new();
    let people = people::parse(input.people, &mut problems);
    let targets = text::LinkTargets {
        people: people.as_ref().map(|(p, _)| p.as_slice()),
        works: people.as_ref().map(|(_, w)| w.as_slice()),
    };
    let text = text::parse(input.text, &targets, &mut problems);
    let places = places::parse(input.places, text.as_ref(), &mut problems);
    let known = Known {
        places: places.as_deref(),
        people: targets.people,
        text: text.as_ref(),
    };
    let journey = journey::parse(input.journey, &known, &mut problems);
    let context = context::parse(input.context, &known, &mut problems);
    if let Some(text) = &text {
        check_forms(
            text,
            people.as_ref().map(|(p, _)| p.as_slice()),
            places.as_deref(),
            &mut problems,
        );
    }
    match (people, text, places, journey, context) {
        (Some((people, works)), Some(text), Some(places), Some(steps), Some(context))
            if problems.is_empty() =>
        {
            if steps.is_empty() {
                return Err(vec![Problem::in_file(
                    files::JOURNEY,
                    "the journey has no steps",
                )]);
            }
            Ok(Story {
                places,
                people,
                works,
                text,
                steps,
                context,
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
