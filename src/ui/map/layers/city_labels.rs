//! The names of the city of 1917 — its districts and islands, the avenues and canals —
//! written at the city's zoom, in screen space (they keep their size), under the story's
//! places: a name that would cover a place, its label or another name is left out.

use leptos::prelude::*;

use super::basemap::{CityLevel, LoadedLevel};
use crate::basemap::{Level, Names};
use crate::logic::geo::{Bounds, LonLat, Point, Viewport};
use crate::state::AppState;
use crate::ui::i18n::strings;
use crate::ui::map::label_metrics::{
    line_height, plain_width, CITY_SPACING, DISTRICT_FONT, LINE_FONT, LINE_HEIGHT, TODAY_SCALE,
    TWO_LINES,
};
use crate::ui::map::places::{drawn_boxes, PlaceDraw};

/// Names are written from this scale in: at the city level's coarsest, the districts sit
/// a few dozen pixels apart and their names would only crowd the story's.
const MAX_METRES_PER_PIXEL: f64 = 15.0;

/// A name to write: where, at what angle, and what.
#[derive(Clone, Debug, PartialEq)]
pub struct CityLabel {
    /// The feature's id.
    pub id: String,
    /// `district`, `street` or `canal`: the label's style.
    pub kind: &'static str,
    /// The 1917 name.
    pub text: String,
    /// "today: …", when today's name differs.
    pub today: Option<String>,
    /// The centre of the first line, screen pixels.
    pub at: Point,
    /// Rotation in degrees, clockwise, within ±90 so the text reads left to right.
    pub angle: f64,
    /// Font size, px.
    pub font: f64,
}

impl CityLabel {
    /// Its SVG `transform`: at its spot, turned along its line.
    pub fn transform(&self) -> String {
        format!(
            "translate({:.1} {:.1}) rotate({:.1})",
            self.at.x, self.at.y, self.angle,
        )
    }

    /// The screen box the label covers (of its rotated box), for the collision test.
    pub fn bounds(&self) -> Bounds {
        let chars = |s: &str| plain_width(s, self.font);
        let w = self.today.as_deref().map_or(chars(&self.text), |t| {
            chars(&self.text).max(chars(t) * TODAY_SCALE)
        });
        let lines = if self.today.is_some() { TWO_LINES } else { 1.0 };
        let h = line_height(self.font) * lines;
        // The box's centre in the label's own frame: the first line is centred on `at`,
        // the second under it.
        let cy = (h - line_height(self.font)) / 2.0;
        let (sin, cos) = self.angle.to_radians().sin_cos();
        let centre = Point::new(self.at.x - cy * sin, self.at.y + cy * cos);
        let half_w = (w * cos.abs() + h * sin.abs()) / 2.0;
        let half_h = (w * sin.abs() + h * cos.abs()) / 2.0;
        Bounds::new(
            Point::new(centre.x - half_w, centre.y - half_h),
            Point::new(centre.x + half_w, centre.y + half_h),
        )
    }
}

/// Keeps, in order, the labels whose box lies inside `area` and clear of `obstacles` and
/// of the labels already kept. Same input, same output.
pub fn keep_clear(labels: Vec<CityLabel>, obstacles: &[Bounds], area: Bounds) -> Vec<CityLabel> {
    let mut kept: Vec<(CityLabel, Bounds)> = Vec::new();
    for label in labels {
        let b = label.bounds();
        let padded = b.inflate(CITY_SPACING.margin);
        let clear = area.contains_bounds(&b)
            && !obstacles.iter().any(|o| o.overlaps(&padded))
            && !kept.iter().any(|(_, k)| k.overlaps(&padded));
        if clear {
            kept.push((label, b));
        }
    }
    kept.into_iter().map(|(l, _)| l).collect()
}

/// The angle of the line `points` at its point nearest `at`, in screen degrees within ±90.
fn angle_at(view: &Viewport, points: &[LonLat], at: Point) -> f64 {
    let screen: Vec<Point> = points.iter().map(|p| view.lonlat_to_screen(*p)).collect();
    let nearest = screen.windows(2).min_by(|a, b| {
        let d = |s: &[Point]| s[0].distance_to(at) + s[1].distance_to(at) - s[0].distance_to(s[1]);
        d(a).total_cmp(&d(b))
    });
    let Some(seg) = nearest else { return 0.0 };
    let deg = (seg[1].y - seg[0].y)
        .atan2(seg[1].x - seg[0].x)
        .to_degrees();
    if deg > 90.0 {
        deg - 180.0
    } else if deg <= -90.0 {
        deg + 180.0
    } else {
        deg
    }
}

/// Every name of the city at `view`, districts first, before the collision test.
fn candidates(state: &AppState, city: &LoadedLevel, view: &Viewport, lang: &str) -> Vec<CityLabel> {
    let map = &city.map;
    let today_word = strings(state.lang.get()).map.modern_name;
    let today = |n: &Names| n.today(lang).map(|t| format!("{today_word}: {t}"));
    let districts = map.districts.iter().map(|d| CityLabel {
        id: d.id.clone(),
        kind: "district",
        text: d.name.get(lang).to_owned(),
        today: today(&d.name),
        at: view.lonlat_to_screen(d.pos),
        angle: 0.0,
        font: DISTRICT_FONT,
    });
    let lines = [("street", &map.streets), ("canal", &map.canals)]
        .into_iter()
        .flat_map(|(kind, lines)| lines.iter().map(move |l| (kind, l)))
        .filter_map(|(kind, l)| {
            let at = view.lonlat_to_screen(l.label_at?);
            Some(CityLabel {
                id: l.id.clone(),
                kind,
                text: l.name.get(lang).to_owned(),
                today: today(&l.name),
                at,
                angle: angle_at(view, &l.points, at),
                font: LINE_FONT,
            })
        });
    districts.chain(lines).collect()
}

/// What a kept name writes, apart from where: the part of the view that changes only when
/// a name comes or goes, not at every frame of a pan.
#[derive(Clone, Debug, PartialEq)]
struct Written {
    id: String,
    kind: &'static str,
    text: String,
    today: Option<String>,
}

impl From<&CityLabel> for Written {
    fn from(l: &CityLabel) -> Self {
        Self {
            id: l.id.clone(),
            kind: l.kind,
            text: l.text.clone(),
            today: l.today.clone(),
        }
    }
}

/// The names of the city, when the city level is drawn (`level`) and the zoom is close
/// enough; in the current language, each as the 1917 name with today's under it where it
/// differs. `draws` are the places' drawings, which the names keep clear of.
///
/// Two memos: the names kept and where (`labels`, from the level, the view, the language
/// and the places' drawings, so never from the clock alone), and what they write
/// (`written`). The `<text>` elements are built again only when `written` changes; a pan
/// or zoom frame only moves them.
#[component]
pub fn CityLabels(
    level: Memo<Level>,
    city: CityLevel,
    draws: Memo<Vec<Option<PlaceDraw>>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let labels = Memo::new(move |_| {
        let view = state.viewport.get();
        if level.get() != Level::City || view.metres_per_pixel() > MAX_METRES_PER_PIXEL {
            return Vec::new();
        }
        let Some(city) = city.get() else {
            return Vec::new();
        };
        let lang = state.lang.get().code();
        let obstacles = draws.with(|d| drawn_boxes(state.story, d, lang, CITY_SPACING.marker_pad));
        let area = CITY_SPACING.area(view.width, view.height);
        keep_clear(candidates(&state, &city, &view, lang), &obstacles, area)
    });
    let written =
        Memo::new(move |_| labels.with(|ls| ls.iter().map(Written::from).collect::<Vec<_>>()));
    view! {
        <g class="city-labels" aria-hidden="true">
            {move || {
                written
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, w)| {
                        // `labels` holds the names of `written` in the same order.
                        let transform =
                            move || labels.with(|ls| ls.get(i).map(CityLabel::transform));
                        view! {
                            <text
                                class=format!("city-label {}", w.kind)
                                data-id=w.id
                                transform=transform
                                text-anchor="middle"
                                dominant-baseline="central"
                            >
                                {w.text}
                                {w
                                    .today
                                    .map(|t| {
                                        view! {
                                            <tspan
                                                class="today"
                                                x="0"
                                                dy=format!("{LINE_HEIGHT}em")
                                            >
                                                {t}
                                            </tspan>
                                        }
                                    })}
                            </text>
                        }
                    })
                    .collect_view()
            }}
        </g>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(id: &str, x: f64, y: f64, angle: f64) -> CityLabel {
        CityLabel {
            id: id.to_owned(),
            kind: "district",
            text: "Vyborg side".to_owned(),
            today: None,
            at: Point::new(x, y),
            angle,
            font: 12.0,
        }
    }

    #[test]
    fn a_label_over_a_place_or_another_label_is_left_out() {
        let area = Bounds::from_origin_size(Point::new(0.0, 0.0), 800.0, 600.0);
        let place = Bounds::from_origin_size(Point::new(95.0, 95.0), 10.0, 10.0);
        let kept = keep_clear(
            vec![
                label("over-place", 100.0, 100.0, 0.0),
                label("free", 400.0, 300.0, 0.0),
                label("over-free", 410.0, 305.0, 0.0),
                label("outside", 2.0, 300.0, 0.0),
            ],
            &[place],
            area,
        );
        let ids: Vec<&str> = kept.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["free"]);
    }

    #[test]
    fn a_vertical_label_is_tall_and_narrow() {
        let flat = label("a", 100.0, 100.0, 0.0).bounds();
        let upright = label("a", 100.0, 100.0, 90.0).bounds();
        assert!(flat.width() > flat.height());
        assert!(upright.height() > upright.width());
        assert!((flat.width() - upright.height()).abs() < 1e-9);
    }
}
