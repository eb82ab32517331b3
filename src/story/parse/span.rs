//! The time fields every dated record shares: `start`, `end`, `certainty`, `phrase`.

use super::fields::Fields;
use crate::base::calendar::Calendar;
use crate::base::time::{Certainty, Instant, TimeSpan};
use crate::story::model::Passage;
use crate::story::text::Text;

/// Reads the file's `calendar`; on error, reports it and reads dates as Julian so that
/// the rest of the file is still checked.
pub(crate) fn read_calendar(f: &mut Fields<'_, '_>) -> Calendar {
    match f.str("calendar") {
        Some(name) => Calendar::from_name(name).unwrap_or_else(|| {
            f.report(
                "calendar",
                format!("unknown calendar `{name}` (julian or gregorian)"),
            );
            Calendar::Julian
        }),
        None => Calendar::Julian,
    }
}

/// Reads a record's span; `None` (with problems reported) if any part is wrong.
pub(crate) fn read(f: &mut Fields<'_, '_>, calendar: Calendar) -> Option<TimeSpan> {
    let instant = |f: &mut Fields<'_, '_>, key: &'static str| {
        let text = f.str(key)?;
        Instant::parse(text, calendar)
            .map_err(|m| f.report(key, m))
            .ok()
    };
    let start = instant(f, "start");
    let end = instant(f, "end");
    if let (Some(s), Some(e)) = (start, end) {
        if e <= s {
            f.report("end", format!("{e} is not after the start {s}"));
        }
    }
    let certainty = f.str("certainty").and_then(|name| {
        Certainty::from_name(name).or_else(|| {
            f.report(
                "certainty",
                format!("unknown certainty `{name}` (exact, approximate, part-of-day, inferred)"),
            );
            None
        })
    });
    let phrase = f.opt_str("phrase").map(str::to_owned);
    let (start, end) = (start?, end?);
    (end > start).then_some(TimeSpan {
        start,
        end,
        certainty: certainty?,
        phrase,
    })
}

/// The phrase that gives the time must be the text's own words, in one of the record's
/// passages, so the timeline never puts words in the author's mouth.
pub(crate) fn check_phrase(
    f: &mut Fields<'_, '_>,
    span: &TimeSpan,
    passages: &[Passage],
    text: Option<&Text>,
) {
    let (Some(phrase), Some(text)) = (&span.phrase, text) else {
        return;
    };
    let found = passages
        .iter()
        .filter_map(|p| text.block(p.block.as_str()))
        .any(|b| b.text.contains(phrase.as_str()));
    if !found {
        f.report(
            "phrase",
            format!("«{phrase}» is not in any paragraph of this record's passages"),
        );
    }
}
