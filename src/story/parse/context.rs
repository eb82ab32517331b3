//! `context.json`: events that are not his movements but shape the story, on their own
//! timeline track (Krasnov's troops take Gatchina).

use std::collections::HashSet;

use super::fields::{parse_json, Fields};
use super::{passage, span, Known};
use crate::story::ids::{EventId, PlaceId};
use crate::story::model::ContextEvent;
use crate::story::problem::{files::CONTEXT, Problem};

/// The events, or `None` when the file cannot be read at all.
pub(crate) fn parse(
    src: &str,
    known: &Known<'_>,
    problems: &mut Vec<Problem>,
) -> Option<Vec<ContextEvent>> {
    let root = parse_json(CONTEXT, src, problems)?;
    let mut f = Fields::open(CONTEXT, "file".into(), &root, problems)?;
    let calendar = span::read_calendar(&mut f);
    let items = f.array("events").unwrap_or(&[]);
    f.finish();

    let mut events = Vec::new();
    let mut ids = HashSet::new();
    for (i, item) in items.iter().enumerate() {
        let Some(mut f) = Fields::open(CONTEXT, format!("event #{i}"), item, problems) else {
            continue;
        };
        let id = f.id("id");
        if let Some(id) = id {
            f.rename(format!("event `{id}`"));
            if !ids.insert(id) {
                f.report("id", format!("duplicate event id `{id}`"));
            }
        }
        let title = f.localized("title");
        let place = f.opt_str("place").map(PlaceId::new);
        if let Some(place) = &place {
            if Known::lacks(known.place_ids, place.as_str()) {
                f.report("place", format!("unknown place id `{place}`"));
            }
        }
        let span = span::read(&mut f, calendar);
        let passages = passage::read_list(&mut f, "passages", known);
        if let Some(span) = &span {
            span::check_phrase(&mut f, span, &passages, known.text);
        }
        let note = f.opt_localized("note");
        f.finish();
        if let (Some(id), Some(title), Some(span)) = (id, title, span) {
            events.push(ContextEvent {
                id: EventId::new(id),
                title,
                place,
                span,
                passages,
                note,
            });
        }
    }
    events.sort_by_key(|e| (e.span.start, e.span.end));
    Some(events)
}
