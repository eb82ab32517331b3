//! Label placement that never overlaps: the most important names first, each tried at a
//! few spots around its marker, the rest left out.
//!
//! Greedy by priority is what map readers expect (a big town's name beats a side street's)
//! and is deterministic, so labels don't flicker between frames at the same view. It is
//! O(n²) in the labels placed, fine for the story's few dozen places; re-run it when the
//! zoom or the screen size changes (a pan only shifts every box by the same amount, so the
//! result is unchanged except at the screen edges).

use super::{Bounds, Point};

/// Where a label sits relative to its anchor, in the order they are tried.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// Left edge of the text just right of the anchor; the usual cartographic choice.
    Right,
    /// Right edge of the text just left of the anchor.
    Left,
    /// Centred horizontally, above the anchor.
    Above,
    /// Centred horizontally, below the anchor.
    Below,
    /// Diagonally up and to the right: the corners are the fallback when a neighbour
    /// blocks all four sides, as on a phone where the region's towns crowd together.
    AboveRight,
    /// Diagonally up and to the left.
    AboveLeft,
    /// Diagonally down and to the right.
    BelowRight,
    /// Diagonally down and to the left.
    BelowLeft,
}

impl Side {
    /// The positions tried, most preferred first.
    pub const ALL: [Side; 8] = [
        Side::Right,
        Side::Left,
        Side::Above,
        Side::Below,
        Side::AboveRight,
        Side::AboveLeft,
        Side::BelowRight,
        Side::BelowLeft,
    ];

    /// The SVG `text-anchor` that matches [`PlacedLabel::text_at`] for this side, so text
    /// that turns out wider than estimated grows away from the marker.
    pub fn text_anchor(self) -> &'static str {
        match self {
            Side::Right | Side::AboveRight | Side::BelowRight => "start",
            Side::Left | Side::AboveLeft | Side::BelowLeft => "end",
            Side::Above | Side::Below => "middle",
        }
    }
}

/// A label that would like to be shown.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelCandidate<Id> {
    /// Caller's key (a place id), handed back on the placed label.
    pub id: Id,
    /// The marker's position in screen pixels.
    pub anchor: Point,
    /// Text width in pixels, measured or from [`estimate_text_width`].
    pub width: f64,
    /// Text height in pixels (about the font size).
    pub height: f64,
    /// Higher is placed first; equal priorities keep the input order.
    pub priority: i32,
}

/// Tuning for [`place_labels`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelOptions {
    /// Distance from the anchor to the nearest edge (or, diagonally, corner) of the text
    /// box, in pixels; at least the marker radius × √2 so no position covers the label's own
    /// [`marker_box`].
    pub offset: f64,
    /// Minimum clear space between two labels, in pixels, so neighbours stay legible.
    pub margin: f64,
    /// Labels must lie wholly inside this box (usually the screen), if given, so none is cut
    /// off at the edge; anchors outside it are not labelled.
    pub area: Option<Bounds>,
}

impl Default for LabelOptions {
    fn default() -> Self {
        Self {
            offset: 8.0,
            margin: 2.0,
            area: None,
        }
    }
}

/// A label that found a place.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedLabel<Id> {
    /// The candidate's key.
    pub id: Id,
    /// The side chosen.
    pub side: Side,
    /// The text's box in screen pixels; no two placed boxes overlap.
    pub rect: Bounds,
    /// Where to put the `<text>`: use `text-anchor` from [`Side::text_anchor`] and
    /// `dominant-baseline="central"`.
    pub text_at: Point,
    /// The candidate's priority, for styling the most important names.
    pub priority: i32,
}

/// A rough width for `text` at `font_px`, when measuring in the browser is not worth it:
/// 0.6 em per character suits a proportional sans-serif with Latin or Cyrillic text, and
/// errs wide, so estimated boxes overlap less often than the text itself would.
pub fn estimate_text_width(text: &str, font_px: f64) -> f64 {
    text.chars().count() as f64 * 0.6 * font_px
}

/// The box a round marker of `radius` occupies, to pass as an obstacle.
pub fn marker_box(centre: Point, radius: f64) -> Bounds {
    Bounds::new(
        Point::new(centre.x - radius, centre.y - radius),
        Point::new(centre.x + radius, centre.y + radius),
    )
}

/// The box and text position of a label of `w × h` at `side` of `anchor`.
fn layout(anchor: Point, w: f64, h: f64, offset: f64, side: Side) -> (Bounds, Point) {
    match side {
        Side::Right => {
            let min = Point::new(anchor.x + offset, anchor.y - h / 2.0);
            (
                Bounds::from_origin_size(min, w, h),
                Point::new(min.x, anchor.y),
            )
        }
        Side::Left => {
            let min = Point::new(anchor.x - offset - w, anchor.y - h / 2.0);
            (
                Bounds::from_origin_size(min, w, h),
                Point::new(anchor.x - offset, anchor.y),
            )
        }
        Side::Above => {
            let min = Point::new(anchor.x - w / 2.0, anchor.y - offset - h);
            (
                Bounds::from_origin_size(min, w, h),
                Point::new(anchor.x, min.y + h / 2.0),
            )
        }
        Side::Below => {
            let min = Point::new(anchor.x - w / 2.0, anchor.y + offset);
            (
                Bounds::from_origin_size(min, w, h),
                Point::new(anchor.x, min.y + h / 2.0),
            )
        }
        Side::AboveRight | Side::AboveLeft | Side::BelowRight | Side::BelowLeft => {
            let d = offset * std::f64::consts::FRAC_1_SQRT_2;
            let right = matches!(side, Side::AboveRight | Side::BelowRight);
            let above = matches!(side, Side::AboveRight | Side::AboveLeft);
            let x = if right {
                anchor.x + d
            } else {
                anchor.x - d - w
            };
            let y = if above {
                anchor.y - d - h
            } else {
                anchor.y + d
            };
            let text_x = if right { x } else { x + w };
            (
                Bounds::from_origin_size(Point::new(x, y), w, h),
                Point::new(text_x, y + h / 2.0),
            )
        }
    }
}

/// Places as many labels as fit, most important first: each candidate takes the first
/// [`Side`] whose box overlaps no label already placed (with `margin` to spare) and no
/// `obstacle` (markers, the traveller, controls), or is dropped. Same input, same output.
pub fn place_labels<Id: Clone>(
    candidates: &[LabelCandidate<Id>],
    obstacles: &[Bounds],
    opts: &LabelOptions,
) -> Vec<PlacedLabel<Id>> {
    let mut order: Vec<&LabelCandidate<Id>> = candidates
        .iter()
        .filter(|c| {
            c.anchor.is_finite()
                && c.width.is_finite()
                && c.height.is_finite()
                && c.width >= 0.0
                && c.height >= 0.0
        })
        .collect();
    // Stable: ties keep the caller's order.
    order.sort_by_key(|c| std::cmp::Reverse(c.priority));

    let mut placed: Vec<PlacedLabel<Id>> = Vec::new();
    for c in order {
        if let Some(area) = &opts.area {
            if !area.contains(c.anchor) {
                continue;
            }
        }
        let spot = Side::ALL.iter().find_map(|&side| {
            let (rect, text_at) = layout(c.anchor, c.width, c.height, opts.offset, side);
            let padded = rect.inflate(opts.margin.max(0.0));
            let fits = opts.area.is_none_or(|a| a.contains_bounds(&rect))
                && !obstacles.iter().any(|o| o.overlaps(&rect))
                && !placed.iter().any(|p| p.rect.overlaps(&padded));
            fits.then_some((side, rect, text_at))
        });
        if let Some((side, rect, text_at)) = spot {
            placed.push(PlacedLabel {
                id: c.id.clone(),
                side,
                rect,
                text_at,
                priority: c.priority,
            });
        }
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(
        id: &'static str,
        x: f64,
        y: f64,
        w: f64,
        priority: i32,
    ) -> LabelCandidate<&'static str> {
        LabelCandidate {
            id,
            anchor: Point::new(x, y),
            width: w,
            height: 12.0,
            priority,
        }
    }

    #[test]
    fn prefers_right_then_moves_then_drops() {
        let opts = LabelOptions::default();
        let cands = [
            cand("low", 100.0, 100.0, 40.0, 1),
            cand("high", 100.0, 100.0, 40.0, 5),
            cand("mid", 100.0, 100.0, 40.0, 3),
            cand("mid2", 100.0, 100.0, 40.0, 3),
            cand("last", 100.0, 100.0, 40.0, 0),
        ];
        let placed = place_labels(&cands, &[], &opts);
        let got: Vec<_> = placed.iter().map(|p| (p.id, p.side)).collect();
        assert_eq!(
            got,
            [
                ("high", Side::Right),
                ("mid", Side::Left),
                ("mid2", Side::Above),
                ("low", Side::Below)
            ]
        );
        let right = &placed[0];
        assert_eq!(right.rect.min, Point::new(108.0, 94.0));
        assert_eq!(right.text_at, Point::new(108.0, 100.0));
        assert_eq!(placed[1].text_at, Point::new(92.0, 100.0));
        assert_eq!(Side::Left.text_anchor(), "end");
    }

    #[test]
    fn respects_obstacles_and_area() {
        let obstacle = Bounds::new(Point::new(105.0, 90.0), Point::new(200.0, 110.0));
        let opts = LabelOptions {
            area: Some(Bounds::new(Point::new(0.0, 0.0), Point::new(300.0, 300.0))),
            ..LabelOptions::default()
        };
        let placed = place_labels(
            &[
                cand("a", 100.0, 100.0, 40.0, 1),
                cand("edge", 295.0, 20.0, 40.0, 9),
                cand("off", 400.0, 5.0, 10.0, 9),
                cand("nan", f64::NAN, 5.0, 10.0, 9),
            ],
            &[obstacle],
            &opts,
        );
        let got: Vec<_> = placed.iter().map(|p| (p.id, p.side)).collect();
        assert_eq!(got, [("edge", Side::Left), ("a", Side::Left)]);
    }

    #[test]
    fn diagonals_clear_the_marker_and_anchor_text_outwards() {
        let a = Point::new(50.0, 50.0);
        let marker = marker_box(a, 5.0);
        for side in Side::ALL {
            let (rect, text_at) = layout(a, 30.0, 10.0, 8.0, side);
            assert!(!rect.overlaps(&marker), "{side:?}");
            let x = match side.text_anchor() {
                "start" => rect.min.x,
                "end" => rect.max.x,
                _ => rect.centre().x,
            };
            assert_eq!(text_at, Point::new(x, rect.centre().y), "{side:?}");
        }
        let (rect, _) = layout(a, 30.0, 10.0, 8.0, Side::BelowLeft);
        assert!(rect.max.x < a.x && rect.min.y > a.y);
    }

    #[test]
    fn width_estimate() {
        assert_eq!(estimate_text_width("Smolny", 10.0), 36.0);
        assert_eq!(estimate_text_width("Смольный", 10.0), 48.0);
    }
}
