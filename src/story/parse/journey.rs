//! `journey.json`: his steps in order (stops, legs and gaps), each dated, placed, peopled
//! and told by passages; then the checks that make the sequence one continuous path.

use std::collections::HashSet;

use serde_json::Value;

use super::fields::{parse_json, Fields};
use super::places::check_lon_lat;
use super::{passage, span, Known};
use crate::base::calendar::Calendar;
use crate::base::position::LonLat;
use crate::story::ids::{PersonId, PlaceId, StepId};
use crate::story::model::{Leg, Mode, RouteCertainty, Step, StepKind};
use crate::story::problem::{files::JOURNEY, Problem};
use crate::story::route::distance_m;

/// How far a route's ends may lie from its places' points (beyond their precision).
const ROUTE_END_TOLERANCE_M: f64 = 2_000.0;

/// The steps, or `None` when the file cannot be read at all.
pub(crate) fn parse(
    src: &str,
    known: &Known<'_>,
    problems: &mut Vec<Problem>,
) -> Option<Vec<Step>> {
    let root = parse_json(JOURNEY, src, problems)?;
    let mut f = Fields::open(JOURNEY, "file".into(), &root, problems)?;
    let calendar = span::read_calendar(&mut f);
    let items = f.array("steps").unwrap_or(&[]);
    if items.is_empty() && f.has("steps") {
        f.report("steps", "the journey has no steps");
    }
    f.finish();

    let mut steps = Vec::new();
    let mut ids = HashSet::new();
    let mut complete = true;
    for (i, item) in items.iter().enumerate() {
        match read_step(i, item, calendar, known, &mut ids, problems) {
            Some(step) => steps.push(step),
            None => complete = false,
        }
    }
    // With a step missing, its neighbours would look disconnected: check order only when
    // every step could be read.
    if complete {
        check_sequence(&steps, problems);
    }
    Some(steps)
}

fn read_step(
    index: usize,
    item: &Value,
    calendar: Calendar,
    known: &Known<'_>,
    ids: &mut HashSet<String>,
    problems: &mut Vec<Problem>,
) -> Option<Step> {
    let mut f = Fields::open(JOURNEY, format!("step #{index}"), item, problems)?;
    let kind_name = f.str("kind");
    let id = f.id("id");
    let label = kind_name.unwrap_or("step");
    if let Some(id) = id {
        f.rename(format!("{label} `{id}`"));
        if !ids.insert(id.to_owned()) {
            f.report("id", format!("duplicate step id `{id}`"));
        }
    }
    let kind = match kind_name {
        Some("stop") => read_place(&mut f, "place", known).map(|place| StepKind::Stop { place }),
        Some("leg") => read_leg(&mut f, known).map(StepKind::Leg),
        Some("gap") => Some(StepKind::Gap),
        Some(other) => {
            f.report("kind", format!("unknown kind `{other}` (stop, leg or gap)"));
            None
        }
        None => None,
    };
    let span = span::read(&mut f, calendar);
    let title = f.localized("title");
    let with = read_people(&mut f, known);
    let passages = passage::read_list(&mut f, "passages", known);
    if let Some(span) = &span {
        span::check_phrase(&mut f, span, &passages, known.text);
    }
    let planned = f.flag("planned");
    let note = f.opt_localized("note");
    f.finish();
    Some(Step {
        id: StepId::new(id?),
        kind: kind?,
        span: span?,
        title: title?,
        with,
        passages,
        planned,
        note,
    })
}

fn read_place(f: &mut Fields<'_, '_>, key: &'static str, known: &Known<'_>) -> Option<PlaceId> {
    let id = f.str(key)?;
    if Known::lacks(known.place_ids, id) {
        f.report(key, format!("unknown place id `{id}`"));
        return None;
    }
    Some(PlaceId::new(id))
}

fn read_people(f: &mut Fields<'_, '_>, known: &Known<'_>) -> Vec<PersonId> {
    let ids = f.strings("with");
    let mut out: Vec<PersonId> = Vec::new();
    for (i, id) in ids.into_iter().enumerate() {
        let field = format!("with[{i}]");
        if Known::lacks(known.person_ids, id) {
            f.report(&field, format!("unknown person id `{id}`"));
        } else if out.iter().any(|p| p.as_str() == id) {
            f.report(&field, format!("`{id}` is listed twice"));
        } else {
            out.push(PersonId::new(id));
        }
    }
    out
}

fn read_leg(f: &mut Fields<'_, '_>, known: &Known<'_>) -> Option<Leg> {
    let from = read_place(f, "from", known);
    let to = read_place(f, "to", known);
    if let (Some(a), Some(b)) = (&from, &to) {
        if a == b {
            f.report(
                "to",
                format!("a leg must go somewhere: `from` and `to` are both `{a}`"),
            );
        }
    }
    let mode = f.str("mode").and_then(|name| {
        Mode::from_name(name).or_else(|| {
            f.report(
                "mode",
                format!("unknown mode `{name}` (train, car, foot, boat, unknown)"),
            );
            None
        })
    });
    let certainty = f.str("route_certainty").and_then(|name| {
        RouteCertainty::from_name(name).or_else(|| {
            f.report(
                "route_certainty",
                format!("unknown route certainty `{name}` (stated, likely, guess, unknown)"),
            );
            None
        })
    });
    let route = read_route(f)?;
    let (from, to, mode, certainty) = (from?, to?, mode?, certainty?);
    let point_of = |id: &PlaceId| {
        known
            .places
            .and_then(|places| places.iter().find(|p| &p.id == id))
            .map(|p| (p.point, p.precision_m.unwrap_or(0.0)))
    };
    let ends = (point_of(&from), point_of(&to));
    let route = match (certainty, route.is_empty()) {
        (RouteCertainty::Unknown, true) => match ends {
            (Some((Some(a), _)), Some((Some(b), _))) => vec![a, b],
            _ => Vec::new(),
        },
        (RouteCertainty::Unknown, false) => {
            f.report(
                "route",
                "a route of unknown certainty has no geometry: leave it empty",
            );
            return None;
        }
        (_, true) => {
            f.report(
                "route",
                "give the route's points, or set route_certainty to unknown",
            );
            return None;
        }
        (_, false) => {
            for (end, point, field) in [
                (&ends.0, route.first(), "from"),
                (&ends.1, route.last(), "to"),
            ] {
                if let (Some((Some(place), precision)), Some(point)) = (end, point) {
                    let d = distance_m(*place, *point);
                    if d > ROUTE_END_TOLERANCE_M + precision {
                        f.report(
                            "route",
                            format!(
                                "the route's {} point is {:.1} km from the `{field}` place",
                                if field == "from" { "first" } else { "last" },
                                d / 1000.0
                            ),
                        );
                    }
                }
            }
            route
        }
    };
    Some(Leg {
        from,
        to,
        mode,
        route,
        route_certainty: certainty,
    })
}

fn read_route(f: &mut Fields<'_, '_>) -> Option<Vec<LonLat>> {
    let items = f.opt_array("route");
    let mut route = Vec::new();
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let pair = item.as_array().and_then(|c| match c.as_slice() {
            [lon, lat] => Some((lon.as_f64()?, lat.as_f64()?)),
            _ => None,
        });
        let field = format!("route[{i}]");
        match pair {
            Some((lon, lat)) => match check_lon_lat(lon, lat) {
                Ok(()) => route.push(LonLat::new(lon, lat)),
                Err(m) => {
                    f.report(&field, m);
                    ok = false;
                }
            },
            None => {
                f.report(&field, "expected [longitude, latitude]");
                ok = false;
            }
        }
    }
    if route.len() == 1 {
        f.report("route", "a route needs at least two points");
        ok = false;
    }
    ok.then_some(route)
}

fn record(step: &Step) -> String {
    let kind = match step.kind {
        StepKind::Stop { .. } => "stop",
        StepKind::Leg(_) => "leg",
        StepKind::Gap => "gap",
    };
    format!("{kind} `{}`", step.id)
}

/// Steps must tile the time (so the clock always has one answer) and join in space (a
/// leg leaves from where the previous step ended), and nothing narrated follows a plan.
fn check_sequence(steps: &[Step], problems: &mut Vec<Problem>) {
    for pair in steps.windows(2) {
        let (prev, cur) = (&pair[0], &pair[1]);
        let here = record(cur);
        if cur.span.start < prev.span.end {
            problems.push(Problem::new(
                JOURNEY,
                &here,
                "start",
                format!(
                    "starts at {}, before the previous step `{}` ends ({}): steps must be in chronological order",
                    cur.span.start, prev.id, prev.span.end
                ),
            ));
        } else if cur.span.start > prev.span.end {
            problems.push(Problem::new(
                JOURNEY,
                &here,
                "start",
                format!(
                    "starts at {}, leaving a hole after `{}` (ends {}): add a gap step for a silence",
                    cur.span.start, prev.id, prev.span.end
                ),
            ));
        }
        if let (Some(was), Some(is)) = (prev.end_place(), cur.start_place()) {
            if was != is {
                let field = if cur.leg().is_some() { "from" } else { "place" };
                problems.push(Problem::new(
                    JOURNEY,
                    &here,
                    field,
                    format!("`{}` ends at `{was}` but this step starts at `{is}`: add a leg between them", prev.id),
                ));
            }
        }
        if prev.planned && !cur.planned {
            problems.push(Problem::new(
                JOURNEY,
                &here,
                "planned",
                format!(
                    "follows the planned step `{}`: only planned steps can come after a plan",
                    prev.id
                ),
            ));
        }
    }
}
