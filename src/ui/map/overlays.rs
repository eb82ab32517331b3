//! The story's overlays at the clock — the map Lenin asked for, Krasnov's advance, the
//! Jäger regiment's march, the congress sitting — in screen space, so that their lines and
//! labels keep their size at every zoom. They are few and short (a range circle is a
//! hundred points), so each is projected again when the view moves.
//!
//! Which are shown is [`crate::logic::overlays::shown`]; the reader lists the same ones,
//! with their notes and sources, under "On the map".

use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::logic::geo::labels::estimate_text_width;
use crate::logic::geo::path::polyline_d;
use crate::logic::geo::{place_labels, LabelCandidate, LonLat, Point, Viewport};
use crate::logic::overlays::{label_arc, outline};
use crate::state::{AppState, Lang};
use crate::story::route::point_along;
use crate::story::{Overlay, OverlayShape, RouteCertainty};
use crate::ui::i18n::strings;
use crate::ui::map::label_metrics::{
    control_boxes, line_height, OVERLAY_FALLBACK_BOTTOM, OVERLAY_FALLBACK_DROP,
    OVERLAY_FALLBACK_SIDE, OVERLAY_FONT, OVERLAY_SPACING,
};
use crate::ui::map::places::{drawn_boxes, PlaceDraw};

/// The label as the map shows it, following the language.
fn label_text(
    state: AppState,
    overlay: &'static Overlay,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || label_words(overlay, state.lang.get())
}

/// The classes that say what it is and whose it is, and dash a doubtful way.
fn class(overlay: &Overlay) -> String {
    let doubtful = matches!(
        overlay.certainty,
        Some(RouteCertainty::Guess | RouteCertainty::Unknown)
    );
    format!(
        "overlay kind-{} side-{}{}",
        overlay.shape.kind_name(),
        overlay.side.name(),
        if doubtful { " guessed" } else { "" }
    )
}

/// The positions projected into the current view.
fn on_screen(view: &Viewport, points: &[LonLat]) -> Vec<Point> {
    points.iter().map(|p| view.lonlat_to_screen(*p)).collect()
}

/// Where each shown overlay's label goes (by overlay index): the text's point and its
/// `text-anchor`. Placed by the map's own label placer, around the overlay's anchor and
/// clear of the place markers and their labels; one that finds no room sits centred under
/// its anchor, kept inside the map.
pub type LabelSpots = Vec<(usize, Point, &'static str)>;

/// Lays out the labels of the shown overlays but the ranges (whose labels follow their
/// rings).
fn label_spots(state: &AppState, shown: &[usize], draws: &[Option<PlaceDraw>]) -> LabelSpots {
    let view = state.viewport.get();
    let lang = state.lang.get();
    let overlays = state.story.overlays();
    let texts: Vec<(usize, Point, f64)> = shown
        .iter()
        .filter_map(|&i| {
            let o = overlays.get(i)?;
            if matches!(o.shape, OverlayShape::Range(_)) {
                return None;
            }
            let at = view.lonlat_to_screen(label_anchor(o)?);
            let width = estimate_text_width(&label_words(o, lang), OVERLAY_FONT);
            Some((i, at, width))
        })
        .collect();
    let candidates: Vec<LabelCandidate<usize>> = texts
        .iter()
        .map(|&(id, anchor, width)| LabelCandidate {
            id,
            anchor,
            width,
            height: line_height(OVERLAY_FONT),
            priority: 0,
        })
        .collect();
    let opts = OVERLAY_SPACING.options(view.width, view.height);
    let mut obstacles = control_boxes(view.width, view.height);
    obstacles.extend(drawn_boxes(
        state.story,
        draws,
        lang.code(),
        OVERLAY_SPACING.marker_pad,
    ));
    let placed = place_labels(&candidates, &obstacles, &opts);
    texts
        .iter()
        .map(
            |&(id, at, width)| match placed.iter().find(|p| p.id == id) {
                Some(p) => (id, p.text_at, p.side.text_anchor()),
                None => {
                    let half = width / 2.0;
                    let left = OVERLAY_FALLBACK_SIDE + half;
                    let right = (view.width - OVERLAY_FALLBACK_SIDE - half).max(left);
                    let x = at.x.clamp(left, right);
                    let y =
                        (at.y + OVERLAY_FALLBACK_DROP).min(view.height - OVERLAY_FALLBACK_BOTTOM);
                    (id, Point::new(x, y), "middle")
                }
            },
        )
        .collect()
}

/// The point an overlay's label is placed around: a point's spot, the middle of a line,
/// the head of a movement, the first corner of an area.
fn label_anchor(overlay: &Overlay) -> Option<LonLat> {
    match &overlay.shape {
        OverlayShape::Point(p) => Some(*p),
        OverlayShape::Line(line) => point_along(line, 0.5),
        OverlayShape::Movement(line) | OverlayShape::Area(line) => line.last().copied(),
        OverlayShape::Range(_) => None,
    }
}

/// The label's words in `lang`, "approximate" added when it is.
fn label_words(overlay: &Overlay, lang: Lang) -> String {
    let label = overlay.label.get(lang.code());
    if overlay.approximate {
        format!("{label} ({})", strings(lang).map.approximate_overlay)
    } else {
        label.to_owned()
    }
}

/// A label at its spot in `spots`.
fn placed_label(
    index: usize,
    spots: Memo<LabelSpots>,
    text: impl Fn() -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let spot = move || spots.with(|s| s.iter().find(|(i, _, _)| *i == index).copied());
    view! {
        <text
            class="overlay-label"
            dominant-baseline="central"
            text-anchor=move || spot().map(|(_, _, anchor)| anchor)
            x=move || spot().map(|(_, p, _)| format!("{:.1}", p.x))
            y=move || spot().map(|(_, p, _)| format!("{:.1}", p.y))
        >
            {text}
        </text>
    }
}

/// An arrowhead at the end of a movement, turned along its last stretch on screen.
fn arrow_at(points: &[Point]) -> Option<String> {
    let [.., a, b] = points else {
        return None;
    };
    let angle = (b.y - a.y).atan2(b.x - a.x).to_degrees();
    Some(format!(
        "translate({:.1} {:.1}) rotate({:.1})",
        b.x, b.y, angle
    ))
}

/// One overlay: its shape and its label, following the view.
fn overlay_view(
    state: AppState,
    index: usize,
    overlay: &'static Overlay,
    spots: Memo<LabelSpots>,
) -> impl IntoView {
    let view = move || state.viewport.get();
    let text = label_text(state, overlay);
    let id = overlay.id.as_str();
    let points = outline(overlay);
    let shape = match &overlay.shape {
        OverlayShape::Point(p) => {
            let p = *p;
            let at = move || view().lonlat_to_screen(p);
            EitherOf3::A(view! {
                <circle
                    class="overlay-mark"
                    r="12"
                    cx=move || format!("{:.1}", at().x)
                    cy=move || format!("{:.1}", at().y)
                ></circle>
                {placed_label(index, spots, text)}
            })
        }
        OverlayShape::Range(ring) => {
            let arc_id = format!("overlay-arc-{id}");
            let href = format!("#{arc_id}");
            let arc = label_arc(ring);
            let ring_d = move || polyline_d(&on_screen(&view(), &points));
            let arc_d = move || polyline_d(&on_screen(&view(), &arc));
            EitherOf3::B(view! {
                <path class="overlay-shape" d=ring_d></path>
                <path class="overlay-arc" id=arc_id d=arc_d></path>
                <text class="overlay-label" dy="-5">
                    <textPath href=href startOffset="50%" text-anchor="middle">{text}</textPath>
                </text>
            })
        }
        OverlayShape::Line(_) | OverlayShape::Movement(_) | OverlayShape::Area(_) => {
            let moving = matches!(overlay.shape, OverlayShape::Movement(_));
            let d = move || polyline_d(&on_screen(&view(), &points));
            let head = {
                let points = outline(overlay);
                move || arrow_at(&on_screen(&view(), &points))
            };
            EitherOf3::C(view! {
                <path class="overlay-shape" d=d></path>
                {moving.then(|| view! {
                    <path class="overlay-arrow" d="M-14,-8 L0,0 L-14,8" transform=head></path>
                })}
                {placed_label(index, spots, text)}
            })
        }
    };
    view! {
        <g class=class(overlay) data-overlay=id>
            {shape}
        </g>
    }
}

/// The overlays shown at the clock, in file order, under the places and the traveller.
#[component]
pub fn Overlays(shown: Memo<Vec<usize>>, draws: Memo<Vec<Option<PlaceDraw>>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let story = state.story;
    // Laid out again when the overlays shown, the places' drawings, the view or the
    // language change; a clock tick that changes none of them leaves it be.
    let spots = Memo::new(move |_| shown.with(|ids| draws.with(|d| label_spots(&state, ids, d))));
    view! {
        <g class="overlays">
            {move || {
                shown
                    .get()
                    .into_iter()
                    .filter_map(|i| Some((i, story.overlays().get(i)?)))
                    .map(|(i, o)| overlay_view(state, i, o, spots))
                    .collect_view()
            }}
        </g>
    }
}
