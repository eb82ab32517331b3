//! Water, land, the Neva and, in the city, the canals, streets and bridges of 1917, at the
//! level of detail the zoom needs.
//!
//! The region level is compiled into the app; the city level is fetched after the first
//! view ([`load_city`]), and until it is there the region level stands in for it. The
//! paths of each level are built once and cached; the layer is drawn again when the level
//! changes.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::baked;
use crate::basemap::{Basemap, CityLine, Level};
use crate::logic::geo::{LayerSpace, LonLat, PathBuilder, PathOptions, Point};
use crate::ui::fetch_baked::{fetch_baked, warn_undecodable};

/// One street, canal or bridge, drawn as its own path so it can be told apart (its id is
/// on the element).
#[derive(Clone, Debug, Default)]
pub struct CityPath {
    /// The feature's id, e.g. `fontanka`.
    pub id: String,
    /// Path data in layer space.
    pub d: String,
}

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
    /// The main avenues of 1917 (city level only).
    pub streets: Vec<CityPath>,
    /// The canals (city level only).
    pub canals: Vec<CityPath>,
    /// The Neva bridges of 1917 (city level only).
    pub bridges: Vec<CityPath>,
}

/// A decoded level with its paths: the labels read names and positions from the map.
pub struct LoadedLevel {
    /// The data.
    pub map: Basemap,
    /// Its paths in [`LayerSpace::petrograd`].
    pub paths: BasemapPaths,
}

thread_local! {
    /// One slot per level (region, city): a two-entry `HashMap` brought its hasher and
    /// table code into the wasm for nothing. The city's slot stays empty until its file
    /// has arrived.
    static CACHE: RefCell<[Option<Rc<LoadedLevel>>; 2]> = const { RefCell::new([None, None]) };
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
    let each = |features: &[CityLine]| -> Vec<CityPath> {
        features
            .iter()
            .map(|f| CityPath {
                id: f.id.clone(),
                d: lines(&mut std::iter::once(&f.points)),
            })
            .collect()
    };
    BasemapPaths {
        water: polys(&map.water),
        land: polys(&map.land),
        rivers: lines(&mut map.rivers.iter().map(|r| &r.points)),
        railways: lines(&mut map.railways.iter().map(|r| &r.points)),
        streets: each(&map.streets),
        canals: each(&map.canals),
        bridges: each(&map.bridges),
    }
}

fn slot(level: Level) -> usize {
    match level {
        Level::Region => 0,
        Level::City => 1,
    }
}

/// The region level, decoded and built on first use and cached for the page's life. A
/// basemap that fails to decode is logged and drawn empty: the story layers still work.
fn region() -> Rc<LoadedLevel> {
    CACHE.with(|cache| {
        cache.borrow_mut()[slot(Level::Region)]
            .get_or_insert_with(|| {
                let map = match baked::region_basemap() {
                    Ok(map) => map,
                    Err(e) => {
                        leptos::logging::error!("basemap: {e}");
                        Basemap {
                            level: Level::Region,
                            water: Vec::new(),
                            land: Vec::new(),
                            rivers: Vec::new(),
                            railways: Vec::new(),
                            stations: Vec::new(),
                            streets: Vec::new(),
                            canals: Vec::new(),
                            bridges: Vec::new(),
                            districts: Vec::new(),
                        }
                    }
                };
                let paths = build(&map, &LayerSpace::petrograd());
                Rc::new(LoadedLevel { map, paths })
            })
            .clone()
    })
}

/// The level to draw for `level`: the city's once its file has arrived, else the region's.
pub fn loaded(level: Level) -> Rc<LoadedLevel> {
    CACHE
        .with(|cache| cache.borrow()[slot(level)].clone())
        .unwrap_or_else(region)
}

/// Starts fetching the city level; `ready` turns true once it is decoded and its paths
/// are cached. If it cannot be had (a broken build), the region level stays in its place.
pub fn load_city(ready: RwSignal<bool>) {
    fetch_baked(
        "city basemap",
        baked::CITY_BASEMAP_FILE,
        Box::new(move |bytes| {
            let map = bytes.and_then(|bytes| {
                baked::city_basemap(&bytes)
                    .map_err(|e| warn_undecodable("city basemap", &e))
                    .ok()
            });
            if let Some(map) = map {
                let paths = build(&map, &LayerSpace::petrograd());
                CACHE.with(|cache| {
                    cache.borrow_mut()[slot(Level::City)] =
                        Some(Rc::new(LoadedLevel { map, paths }));
                });
                // The map may be gone by now (a test that unmounts it): nothing to tell then.
                let _ = ready.try_set(true);
            }
        }),
    );
}

/// The city's lines in drawing order (canals, then avenues, then bridges, each over its
/// casing), one path per feature with its id: one list, so the view is one type.
fn city_paths(p: &BasemapPaths) -> impl IntoView + use<> {
    let canals = p.canals.iter().map(|c| ("canal", c));
    let streets = p.streets.iter().map(|s| ("street", s));
    let casings = p.bridges.iter().map(|b| ("bridge-casing", b));
    let bridges = p.bridges.iter().map(|b| ("bridge", b));
    canals
        .chain(streets)
        .chain(casings)
        .chain(bridges)
        .map(|(class, f)| view! { <path class=class data-id=f.id.clone() d=f.d.clone()></path> })
        .collect_view()
}

/// The basemap under the journey, in layer space: water, land, the Neva and, in the city,
/// the canals (water lines), the avenues and the bridges (the railways are
/// [`super::railways::Railways`], drawn over them). `level` is the level to draw, the
/// region's until the city's has arrived; drawn again, from the cached paths, when it
/// changes.
#[component]
pub fn Basemap(level: Memo<Level>) -> impl IntoView {
    move || {
        let level = level.get();
        let l = loaded(level);
        let p = &l.paths;
        let city = level == Level::City;
        view! {
            <g class="basemap" data-level=if city { "city" } else { "region" }>
                <path class="water" d=p.water.clone()></path>
                <path class="land" d=p.land.clone() fill-rule="evenodd"></path>
                <path class="river" d=p.rivers.clone()></path>
                {city.then(|| city_paths(p))}
            </g>
        }
    }
}
