//! Water, land, the Neva and, in the city, the canals, streets and bridges of 1917, at the
//! level of detail the zoom needs.
//!
//! The region level never changes: it is drawn once, in the page the build prerenders, and
//! the browser's app (the `hydrate` feature) adopts those paths without carrying the
//! region's data or building its paths again; it only hides them while the city level is
//! shown. Builds that render from nothing (the prerender itself, the component tests'
//! `csr`) draw it from the data compiled in. The city level is fetched after the first
//! view ([`load_city`], a `LocalResource` the map owns), and until it is there the region
//! level stands in for it; its paths are built once, when it arrives.

#[cfg(not(feature = "hydrate"))]
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use crate::baked;
use crate::basemap::{Basemap, CityLine, Level};
use crate::logic::geo::{LayerSpace, LonLat, PathBuilder, PathOptions, Point};
use crate::ui::fetch_baked::{baked_file, warn_not_loaded};

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

/// The city level, once its file has arrived and its paths are built; never if it cannot be
/// had (a broken build: the region level stays in its place), nor in the prerender.
pub type CityLevel = Memo<Option<Arc<LoadedLevel>>>;

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

#[cfg(not(feature = "hydrate"))]
thread_local! {
    /// The region level, once decoded and built: its paths and the railways' are drawn
    /// from the same decoding.
    static REGION: std::cell::OnceCell<Rc<LoadedLevel>> = const { std::cell::OnceCell::new() };
}

/// The region level, decoded and built from the data compiled in, once. A basemap that
/// fails to decode is logged and drawn empty: the story layers still work.
#[cfg(not(feature = "hydrate"))]
fn region() -> Rc<LoadedLevel> {
    REGION.with(|region| {
        region
            .get_or_init(|| {
                let map = match baked::region_basemap() {
                    Ok(map) => map,
                    Err(e) => {
                        leptos::logging::error!("basemap: {e}");
                        Basemap::empty(Level::Region)
                    }
                };
                let paths = build(&map, &LayerSpace::petrograd());
                Rc::new(LoadedLevel { map, paths })
            })
            .clone()
    })
}

/// The railways' path data, from the region level.
#[cfg(not(feature = "hydrate"))]
pub fn region_railways() -> String {
    region().paths.railways.clone()
}

/// Starts fetching the city level (in the browser only); decoded and built once, when it
/// arrives.
pub fn load_city() -> CityLevel {
    let bytes = baked_file("city basemap", Some(baked::CITY_BASEMAP_FILE));
    Memo::new_with_compare(
        move |_| {
            let map = bytes.map(|bytes| {
                baked::city_basemap(bytes.as_deref()?)
                    .map_err(|e| warn_not_loaded("city basemap", &e))
                    .ok()
            })??;
            let paths = build(&map, &LayerSpace::petrograd());
            Some(Arc::new(LoadedLevel { map, paths }))
        },
        // Changed only when it arrives: it is built once, and never compared field by field.
        |old, new| old.map(Option::is_some) != new.map(Option::is_some),
    )
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

/// The region level's water, land and Neva: drawn by builds that render from nothing,
/// adopted as they are by the browser's hydrating app (see the module's comment).
#[cfg(not(feature = "hydrate"))]
fn region_paths() -> impl IntoView {
    let region = region();
    let p = &region.paths;
    view! {
        <path class="water" d=p.water.clone()></path>
        <path class="land" d=p.land.clone() fill-rule="evenodd"></path>
        <path class="river" d=p.rivers.clone()></path>
    }
}

/// In the hydrating app, nothing: the prerendered paths stay in the page.
#[cfg(feature = "hydrate")]
fn region_paths() -> impl IntoView {}

/// The basemap under the journey, in layer space: water, land, the Neva and, in the city,
/// the canals (water lines), the avenues and the bridges (the railways are
/// [`super::railways::Railways`], drawn over them). `level` is the level to draw: the
/// region's group is hidden while the city's, drawn from the cached paths once its file
/// has arrived, is shown.
#[component]
pub fn Basemap(level: Memo<Level>, city: CityLevel) -> impl IntoView {
    let city_shown = move || level.get() == Level::City;
    view! {
        <g
            class="basemap"
            data-level="region"
            display=move || if city_shown() { "none" } else { "inline" }
        >
            {region_paths()}
        </g>
        {move || {
            city_shown().then(|| city.get()).flatten().map(|l| {
                let p = &l.paths;
                view! {
                    <g class="basemap" data-level="city">
                        <path class="water" d=p.water.clone()></path>
                        <path class="land" d=p.land.clone() fill-rule="evenodd"></path>
                        <path class="river" d=p.rivers.clone()></path>
                        {city_paths(p)}
                    </g>
                }
            })
        }}
    }
}
