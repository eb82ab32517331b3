//! Water, land, the Neva, railways and streets, at the level of detail the zoom needs.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;

use crate::basemap::{Basemap, Level};
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
    static CACHE: RefCell<HashMap<Level, Rc<BasemapPaths>>> = RefCell::new(HashMap::new());
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
        cache
            .borrow_mut()
            .entry(level)
            .or_insert_with(|| {
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

/// The basemap layers at `level` (bottom to top), in layer space.
#[component]
pub fn BasemapLayer(level: Level) -> impl IntoView {
    let p = paths(level);
    let city = level == Level::City;
    view! {
        <g class="basemap" data-level=if city { "city" } else { "region" }>
            <path class="water" d=p.water.clone()/>
            <path class="land" d=p.land.clone() fill-rule="evenodd"/>
            <path class="river" d=p.rivers.clone()/>
            {city.then(|| view! { <path class="street" d=p.streets.clone()/> })}
            <path class="railway-bed" d=p.railways.clone()/>
            <path class="railway-ties" d=p.railways.clone()/>
        </g>
    }
}
