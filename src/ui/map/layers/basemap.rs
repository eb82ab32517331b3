//! Water, land, the Neva, railways and streets, at the level of detail the zoom needs.
//!
//! The paths of each level are built once and cached; the layer is drawn again when the
//! level changes.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::basemap::Level;
use crate::logic::geo::{LayerSpace, LonLat, PathBuilder, PathOptions, Point};

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
pub fn build(map: &crate::basemap::Basemap, space: &LayerSpace) -> BasemapPaths {
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
                        leptos::logging::error!("basemap: {e}");
                        BasemapPaths::default()
                    }
                })
            })
            .clone()
    })
}

/// The basemap under the journey, in layer space: water, land, the Neva and, in the city,
/// the streets (the railways are [`super::railways::Railways`], drawn over them). Drawn
/// again, from the cached paths, when the zoom crosses into the other level.
#[component]
pub fn Basemap(level: Memo<Level>) -> impl IntoView {
    move || {
        let level = level.get();
        let p = paths(level);
        let city = level == Level::City;
        view! {
            <g class="basemap" data-level=if city { "city" } else { "region" }>
                <path class="water" d=p.water.clone()></path>
                <path class="land" d=p.land.clone() fill-rule="evenodd"></path>
                <path class="river" d=p.rivers.clone()></path>
                {city.then(|| view! { <path class="street" d=p.streets.clone()></path> })}
            </g>
        }
    }
}
