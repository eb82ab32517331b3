//! Water, land, the Neva, railways and streets, at the level of detail the zoom needs.
//!
//! Built by hand (`ui::dom`), as the whole map is, and drawn again when the level changes.

use std::cell::RefCell;
use std::rc::Rc;

use crate::ui::reactive::*;
use web_sys::Element;

use crate::basemap::{Basemap, Level};
use crate::logic::geo::{LayerSpace, LonLat, PathBuilder, PathOptions, Point};
use crate::ui::dom::El;
use crate::ui::effect::effect;

/// The `d` strings of one level, built once: the basemap never changes, only the view.
#[derive(Clone, Debug, Default)]
pub struct BasemapPaths {
    /// The sea and lakes under everything.
    pub water: String,
    /// Mainland and islands.
    pub land: String,
    /// The Neva upstream of the delta.
    pub rivers: String,
    /// The 1917 railways.
    pub railways: String,
    /// The main streets (drawn in the city only).
    pub streets: String,
}

thread_local! {
    /// One slot per level (region, city): a two-entry `HashMap` brought its hasher and
    /// table code into the wasm for nothing.
    static CACHE: RefCell<[Option<Rc<BasemapPaths>>; 2]> = const { RefCell::new([None, None]) };
}

fn project(space: &LayerSpace, pts: &[LonLat]) -> Vec<Point> {
    pts.iter().map(|ll| space.project(*ll)).collect()
}

/// Builds every path of `map` in `space`.
pub fn build(map: &Basemap, space: &LayerSpace) -> BasemapPaths {
    let polys = |polys: &[Vec<Vec<LonLat>>]| {
        let mut b = PathBuilder::new(PathOptions::default());
        for poly in polys {
            let rings: Vec<Vec<Point>> = poly.iter().map(|r| project(space, r)).collect();
            b.polygon(rings);
        }
        b.finish()
    };
    let lines = |lines: &mut dyn Iterator<Item = &Vec<LonLat>>| {
        let mut b = PathBuilder::new(PathOptions::default());
        for l in lines {
            b.polyline(&project(space, l));
        }
        b.finish()
    };
    BasemapPaths {
        water: polys(&map.water),
        land: polys(&map.land),
        rivers: lines(&mut map.rivers.iter().map(|r| &r.points)),
        railways: lines(&mut map.railways.iter().map(|r| &r.points)),
        streets: lines(&mut map.streets.iter().map(|s| &s.points)),
    }
}

/// The paths of `level`, decoded and built on first use and cached for the page's life.
/// A basemap that fails to decode is logged and drawn empty: the story layers still work.
pub fn paths(level: Level) -> Rc<BasemapPaths> {
    CACHE.with(|cache| {
        let slot = match level {
            Level::Region => 0,
            Level::City => 1,
        };
        cache.borrow_mut()[slot]
            .get_or_insert_with(|| {
                Rc::new(match crate::baked::basemap(level) {
                    Ok(map) => build(&map, &LayerSpace::petrograd()),
                    Err(e) => {
                        crate::ui::dom::log_error(&format!("basemap: {e}"));
                        BasemapPaths::default()
                    }
                })
            })
            .clone()
    })
}

/// The basemap layers at `level` (bottom to top), in layer space.
fn draw(level: Level) -> Element {
    let p = paths(level);
    let city = level == Level::City;
    let path = |class: &str, d: &str| El::svg("path").class(class).attr("d", d);
    El::svg("g")
        .class("basemap")
        .attr("data-level", if city { "city" } else { "region" })
        .child(path("water", &p.water))
        .child(path("land", &p.land).attr("fill-rule", "evenodd"))
        .child(path("river", &p.rivers))
        .child_opt(city.then(|| path("street", &p.streets)))
        .child(path("railway-bed", &p.railways))
        .child(path("railway-ties", &p.railways))
        .done()
}

/// Keeps the basemap at the zoom's `level` as the first child of `parent`, the group in
/// layer space, drawing it again when the level changes.
pub fn install(parent: &Element, level: Memo<Level>) {
    let parent = parent.clone();
    let mut shown: Option<Element> = None;
    effect(move || {
        let g = draw(level.get());
        match &shown {
            Some(old) => {
                let _ = old.replace_with_with_node_1(&g);
            }
            None => {
                let _ = parent.insert_before(&g, parent.first_child().as_ref());
            }
        }
        shown = Some(g);
    });
}
