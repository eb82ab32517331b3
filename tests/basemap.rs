#![cfg(not(target_arch = "wasm32"))]
//! The bundled basemap: files that any GeoJSON reader accepts, a coastline that puts every
//! place of the story on the right side of the water, and the size budget of the first view.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::str::FromStr;

use petrograd1917::basemap::{Basemap, CityLine, Level, ATTRIBUTION};
use petrograd1917::logic::geo::{projection, Limits, LonLat};

const FILES: [&str; 4] = [
    "region.geojson",
    "city.geojson",
    "railways.geojson",
    "city_1917.geojson",
];

/// All basemap files shipped together, gzipped: the budget.
const BUDGET_GZIP_BYTES: usize = 40 * 1024;

/// Places of the story that are on land, from the design notes (lat, lon).
const ON_LAND: [(&str, f64, f64); 16] = [
    ("Smolny", 59.9464, 30.3964),
    ("Warsaw station", 59.9077, 30.3072),
    ("Baltic station", 59.9071, 30.2988),
    ("General Staff", 59.9381, 30.3172),
    ("Narva gate", 59.9009, 30.2739),
    ("Putilov works", 59.8787, 30.2584),
    ("Izmailovsky regiment", 59.9141, 30.3095),
    ("Gatchina-Warsaw station", 59.5533, 30.1331),
    ("Gatchina-Baltic station", 59.5598, 30.1033),
    ("Gatchina palace", 59.5631, 30.1072),
    ("Krasnoye Selo", 59.733, 30.083),
    ("Tsarskoye Selo station", 59.7228, 30.4294),
    ("Kronstadt, Anchor Square", 59.9917, 29.7779),
    ("Oranienbaum", 59.917, 29.767),
    ("Peterhof", 59.8831, 29.9000),
    ("Pulkovo heights", 59.7718, 30.3260),
];

const NEVA_BAY: LonLat = LonLat::new(29.95, 59.95);
const SMOLNY: LonLat = LonLat::new(30.3964, 59.9464);

fn asset(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/basemap")
        .join(name)
}

fn read(name: &str) -> String {
    std::fs::read_to_string(asset(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn both() -> Vec<Basemap> {
    Level::ALL
        .iter()
        .map(|&l| Basemap::bundled(l).unwrap_or_else(|e| panic!("{l:?}: {e}")))
        .collect()
}

/// Metres between two nearby positions (equirectangular: exact enough over a few km).
fn metres(a: LonLat, b: LonLat) -> (f64, f64) {
    let k = (a.lat.to_radians()).cos();
    ((b.lon - a.lon) * 111_320.0 * k, (b.lat - a.lat) * 110_574.0)
}

fn distance_to_segment_m(p: LonLat, a: LonLat, b: LonLat) -> f64 {
    let (dx, dy) = metres(a, b);
    let (px, py) = metres(a, p);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        ((px * dx + py * dy) / len2).clamp(0.0, 1.0)
    };
    (px - t * dx).hypot(py - t * dy)
}

fn vertex_count(map: &Basemap) -> usize {
    map.land.iter().flatten().map(Vec::len).sum::<usize>()
        + map.rivers.iter().map(|r| r.points.len()).sum::<usize>()
}

#[test]
fn every_file_is_geojson_with_valid_polygons() {
    use geojson::{GeoJson, GeometryValue, Position};
    fn check_rings(name: &str, rings: &[Vec<Position>]) {
        for ring in rings {
            assert!(
                ring.len() >= 4,
                "{name}: a ring of {} positions",
                ring.len()
            );
            assert_eq!(
                ring.first(),
                ring.last(),
                "{name}: a ring that is not closed"
            );
        }
    }
    for name in FILES {
        let parsed = GeoJson::from_str(&read(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let GeoJson::FeatureCollection(fc) = parsed else {
            panic!("{name}: not a FeatureCollection");
        };
        assert!(!fc.features.is_empty(), "{name}: no features");
        for f in &fc.features {
            let geometry = f.geometry.as_ref().expect("every feature has a geometry");
            match &geometry.value {
                GeometryValue::Polygon { coordinates } => check_rings(name, coordinates),
                GeometryValue::MultiPolygon { coordinates } => {
                    coordinates.iter().for_each(|p| check_rings(name, p))
                }
                _ => {}
            }
            let kind = f.property("kind").and_then(|k| k.as_str());
            assert!(kind.is_some(), "{name}: a feature without `kind`");
        }
    }
}

#[test]
fn both_levels_decode_with_the_drawn_layers() {
    for map in both() {
        assert_eq!(map.water.len(), 1, "{:?}: the extent", map.level);
        assert!(map.land.len() > 20, "{:?}: islands missing", map.level);
        assert_eq!(map.rivers.len(), 1, "{:?}: the Neva", map.level);
        assert_eq!(map.rivers[0].name, "Neva");
        let ids: Vec<&str> = map.railways.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["baltic", "warsaw", "tsarskoye-selo", "oranienbaum"]);
        // The city of 1917 is the city level's alone: the first view does without it.
        let city = [
            map.streets.len(),
            map.canals.len(),
            map.bridges.len(),
            map.districts.len(),
        ];
        match map.level {
            Level::Region => assert_eq!(city, [0; 4]),
            Level::City => assert_eq!(city, [6, 4, 7, 5]),
        }
    }
}

fn city() -> Basemap {
    Basemap::bundled(Level::City).expect("city basemap")
}

fn city_lines(map: &Basemap) -> impl Iterator<Item = &CityLine> {
    map.streets.iter().chain(&map.canals).chain(&map.bridges)
}

/// Points every `step` metres along a line, with their distance from its start.
fn along(points: &[LonLat], step: f64) -> Vec<(LonLat, f64)> {
    let mut out = Vec::new();
    let mut done = 0.0;
    for w in points.windows(2) {
        let (dx, dy) = metres(w[0], w[1]);
        let len = dx.hypot(dy);
        let n = (len / step).ceil().max(1.0) as usize;
        for k in 0..n {
            let t = k as f64 / n as f64;
            let p = LonLat::new(
                w[0].lon + (w[1].lon - w[0].lon) * t,
                w[0].lat + (w[1].lat - w[0].lat) * t,
            );
            out.push((p, done + len * t));
        }
        done += len;
    }
    if let Some(&last) = points.last() {
        out.push((last, done));
    }
    out
}

#[test]
fn every_drawn_feature_has_a_source_and_is_marked_approximate() {
    let map = city();
    for line in city_lines(&map) {
        assert!(line.approximate, "{} is not marked approximate", line.id);
        assert!(
            line.source.contains("by the project"),
            "{}: {}",
            line.id,
            line.source
        );
    }
    for d in &map.districts {
        assert!(d.approximate, "{} is not marked approximate", d.id);
        assert!(
            d.source.contains("by the project"),
            "{}: {}",
            d.id,
            d.source
        );
    }
    for rail in &map.railways {
        assert!(rail.approximate && !rail.source.is_empty(), "{}", rail.id);
    }
}

#[test]
fn the_districts_the_memoir_names_are_there_in_both_languages() {
    let map = city();
    let names: Vec<(&str, &str)> = map
        .districts
        .iter()
        .map(|d| (d.name.get("en"), d.name.get("fr")))
        .collect();
    assert_eq!(
        names,
        [
            ("Vasilievsky Island", "île Vassilievski"),
            ("Petrograd side", "côté de Pétrograd"),
            ("Vyborg side", "côté de Vyborg"),
            ("Okhta", "Okhta"),
            ("Narva district", "quartier de Narva"),
        ]
    );
    // Every name in both languages, and today's in both where it is given.
    let all = city_lines(&map)
        .map(|l| (&l.id, &l.name))
        .chain(map.districts.iter().map(|d| (&d.id, &d.name)));
    for (id, name) in all {
        assert!(
            !name.en.trim().is_empty() && !name.fr.trim().is_empty(),
            "{id}"
        );
        if let Some((en, fr)) = &name.today {
            assert!(!en.trim().is_empty() && !fr.trim().is_empty(), "{id}");
            assert_ne!(en, &name.en, "{id}: today's name is the 1917 one");
        }
    }
    let named = |id: &str| {
        city_lines(&map)
            .find(|l| l.id == id)
            .unwrap_or_else(|| panic!("{id} missing"))
            .name
            .clone()
    };
    assert_eq!(named("zabalkansky").today("en"), Some("Moskovsky Prospekt"));
    assert_eq!(named("ekaterininsky").today("fr"), Some("canal Griboïedov"));
    assert_eq!(
        named("nikolaevsky").today("en"),
        Some("Blagoveshchensky Bridge")
    );
}

/// Only the bridges that stood in October 1917, each with what is known of its state.
#[test]
fn the_bridges_are_those_of_1917() {
    let map = city();
    let ids: Vec<&str> = map.bridges.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "nikolaevsky",
            "dvortsovy",
            "troitsky",
            "liteyny-bridge",
            "peter-the-great",
            "tuchkov",
            "birzhevoy"
        ]
    );
    let palace = &map.bridges[1];
    let note = palace.note.as_deref().unwrap_or_default();
    assert!(
        note.contains("1916") && note.contains("unfinished"),
        "{note}"
    );
    for b in &map.bridges {
        assert_eq!(b.points.len(), 2, "{}: a bridge is its two ends", b.id);
    }
}

#[test]
fn the_city_lies_inside_the_story_area_and_the_frame() {
    let map = city();
    let limits = Limits::petrograd();
    let inside = |p: LonLat| {
        (29.4..=30.9).contains(&p.lon)
            && (59.45..=60.15).contains(&p.lat)
            && limits.bounds.contains(projection::project(p))
    };
    for line in city_lines(&map) {
        assert!(line.points.iter().all(|&p| inside(p)), "{}", line.id);
    }
    for d in &map.districts {
        assert!(inside(d.pos), "{}", d.id);
    }
}

/// A name is written on its line: its point within 30 m of it.
#[test]
fn line_names_are_written_on_their_lines() {
    let map = city();
    let mut written = 0;
    for line in city_lines(&map) {
        let Some(at) = line.label_at else { continue };
        let d = line
            .points
            .windows(2)
            .map(|w| distance_to_segment_m(at, w[0], w[1]))
            .fold(f64::INFINITY, f64::min);
        assert!(d < 30.0, "{}: its name is {d:.0} m from it", line.id);
        written += 1;
    }
    assert!(written >= 6, "only {written} names");
}

/// The pan limits are the basemap's extent: the view can never show beyond the data
/// unless it is larger than the whole extent.
#[test]
fn the_pan_limits_are_the_basemap_extent() {
    for map in both() {
        let ring = &map.water[0][0];
        let extent = petrograd1917::logic::geo::Bounds::from_lonlats(ring.iter().copied())
            .expect("the extent has corners");
        let limits = Limits::petrograd().bounds;
        for (a, b) in [
            (extent.min.x, limits.min.x),
            (extent.min.y, limits.min.y),
            (extent.max.x, limits.max.x),
            (extent.max.y, limits.max.y),
        ] {
            assert!((a - b).abs() < 1e-12, "{:?}: {a} against {b}", map.level);
        }
    }
}

#[test]
fn railways_are_marked_as_drawn_and_join_their_stations() {
    let map = Basemap::bundled(Level::City).expect("city basemap");
    for rail in &map.railways {
        assert!(rail.approximate, "{} is not marked approximate", rail.id);
        assert_eq!(rail.source, "drawn by the project from station positions");
        let served: Vec<&_> = map
            .stations
            .iter()
            .filter(|s| s.lines.contains(&rail.id))
            .collect();
        assert!(served.len() >= 4, "{}: {} stations", rail.id, served.len());
        for station in served {
            assert!(
                rail.points.contains(&station.pos),
                "{} does not pass through {}",
                rail.id,
                station.id
            );
        }
        let first = rail.points[0];
        let last = rail.points[rail.points.len() - 1];
        assert!(
            map.stations.iter().any(|s| s.pos == first),
            "{} starts nowhere",
            rail.id
        );
        assert!(
            map.stations.iter().any(|s| s.pos == last),
            "{} ends nowhere",
            rail.id
        );
    }
    let on_two = map
        .stations
        .iter()
        .find(|s| s.id == "ligovo")
        .expect("Ligovo");
    assert_eq!(on_two.lines, ["baltic", "oranienbaum"]);
}

#[test]
fn story_places_are_on_land_and_the_bay_is_water() {
    for map in both() {
        for (name, lat, lon) in ON_LAND {
            assert!(
                map.is_on_land(LonLat::new(lon, lat)),
                "{:?}: {name} is in the water",
                map.level
            );
        }
        for station in &map.stations {
            assert!(
                map.is_on_land(station.pos),
                "{:?}: {} is in the water",
                map.level,
                station.id
            );
        }
        assert!(
            !map.is_on_land(NEVA_BAY),
            "{:?}: the Neva bay is land",
            map.level
        );
        // The Great Neva between the Winter Palace and the Peter and Paul fortress.
        assert!(
            !map.is_on_land(LonLat::new(30.3160, 59.9445)),
            "{:?}: Great Neva",
            map.level
        );
        assert!(
            !map.is_on_land(LonLat::new(28.0, 59.9)),
            "outside the extent is not land"
        );
    }
}

/// The story's own places (assets/story/places.geojson): a place of kind `water` (the Neva
/// mouth) is on water, every other place with a position on land, at both levels.
#[test]
fn the_story_places_file_agrees_with_the_coastline() {
    use geojson::{GeoJson, GeometryValue};
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/story/places.geojson");
    let text = std::fs::read_to_string(&path).expect("assets/story/places.geojson");
    let GeoJson::FeatureCollection(places) = GeoJson::from_str(&text).expect("places parse") else {
        panic!("places.geojson is not a FeatureCollection");
    };
    let maps = both();
    let mut checked = 0;
    for place in &places.features {
        let Some(GeometryValue::Point { coordinates }) = place.geometry.as_ref().map(|g| &g.value)
        else {
            continue;
        };
        let p = LonLat::new(coordinates[0], coordinates[1]);
        let water = place.property("kind").and_then(|k| k.as_str()) == Some("water");
        let id = place
            .id
            .as_ref()
            .map(|id| format!("{id:?}"))
            .unwrap_or_default();
        for map in &maps {
            assert_eq!(map.is_on_land(p), !water, "{:?}: place {id}", map.level);
        }
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} places with a position");
}

#[test]
fn kotlin_and_the_kronstadt_forts_are_kept_at_both_levels() {
    for map in both() {
        let near_kronstadt = map
            .land
            .iter()
            .filter(|poly| {
                poly[0]
                    .iter()
                    .all(|p| (29.6..29.96).contains(&p.lon) && (59.94..60.09).contains(&p.lat))
            })
            .count();
        assert!(
            near_kronstadt >= 15,
            "{:?}: {near_kronstadt} islands",
            map.level
        );
    }
}

#[test]
fn the_neva_passes_smolny_on_its_left_bank() {
    for map in both() {
        let neva = &map.rivers[0].points;
        // Stored downstream: from the east edge towards the delta.
        assert!(neva[0].lon > neva[neva.len() - 1].lon);
        let (a, b) = neva
            .windows(2)
            .map(|w| (w[0], w[1]))
            .min_by(|x, y| {
                let dx = distance_to_segment_m(SMOLNY, x.0, x.1);
                let dy = distance_to_segment_m(SMOLNY, y.0, y.1);
                dx.total_cmp(&dy)
            })
            .expect("the Neva has segments");
        let d = distance_to_segment_m(SMOLNY, a, b);
        assert!(
            d <= 500.0,
            "{:?}: the Neva is {d:.0} m from Smolny",
            map.level
        );
        let (dx, dy) = metres(a, b);
        let (px, py) = metres(a, SMOLNY);
        assert!(
            dx * py - dy * px > 0.0,
            "{:?}: Smolny is on the right bank",
            map.level
        );
    }
}

/// Railways and streets drawn by the project must not run through the sea or the delta,
/// checked every 50 m on the city coastline; nor a canal, but for its last 300 m at each
/// end, where it meets the Neva at GSHHG's accuracy; a district's name is on land.
#[test]
fn drawn_lines_stay_on_land() {
    let map = city();
    let lines = map
        .railways
        .iter()
        .map(|r| (&r.id, &r.points, 0.0))
        .chain(map.streets.iter().map(|s| (&s.id, &s.points, 0.0)))
        .chain(map.canals.iter().map(|c| (&c.id, &c.points, 300.0)));
    for (id, points, margin) in lines {
        let samples = along(points, 50.0);
        let total = samples.last().map_or(0.0, |s| s.1);
        for (p, d) in samples {
            if d >= margin && d <= total - margin {
                assert!(map.is_on_land(p), "{id} crosses water at {p:?}");
            }
        }
    }
    for d in &map.districts {
        assert!(map.is_on_land(d.pos), "{} is in the water", d.id);
    }
}

/// A bridge stands on both banks and spans the water: over GSHHG's water in the delta, or
/// across the Neva's line upstream of it (the Liteyny and Peter the Great bridges).
#[test]
fn bridges_span_the_neva() {
    let map = city();
    let neva = &map.rivers[0].points;
    let crosses = |a: LonLat, b: LonLat| {
        neva.windows(2).any(|w| {
            let side = |p: LonLat, q: LonLat, r: LonLat| {
                (q.lon - p.lon) * (r.lat - p.lat) - (q.lat - p.lat) * (r.lon - p.lon)
            };
            side(a, b, w[0]) * side(a, b, w[1]) < 0.0
                && side(w[0], w[1], a) * side(w[0], w[1], b) < 0.0
        })
    };
    for b in &map.bridges {
        let (start, end) = (b.points[0], b.points[1]);
        assert!(
            map.is_on_land(start) && map.is_on_land(end),
            "{}: an end in the water",
            b.id
        );
        let wet = along(&b.points, 10.0)
            .iter()
            .any(|(p, _)| !map.is_on_land(*p));
        assert!(wet || crosses(start, end), "{} spans no water", b.id);
    }
}

#[test]
fn the_region_level_carries_far_fewer_vertices() {
    let [region, city] = [Level::Region, Level::City]
        .map(|l| vertex_count(&Basemap::bundled(l).unwrap_or_else(|e| panic!("{l:?}: {e}"))));
    assert!(region * 2 < city, "region {region} vertices, city {city}");
}

#[test]
fn the_level_follows_the_scale() {
    assert_eq!(Level::for_metres_per_pixel(90.0), Level::Region);
    assert_eq!(Level::for_metres_per_pixel(5.0), Level::City);
}

#[test]
fn the_attribution_credits_gshhg_and_its_licence() {
    assert!(ATTRIBUTION.contains("GSHHG") && ATTRIBUTION.contains("LGPL-3+"));
    let notice = read("NOTICE.md");
    assert!(notice.contains("GSHHG") && notice.contains("LGPL"));
}

/// Every file in assets/basemap/ that the app reads counts against the budget, whatever
/// wrote it.
#[test]
fn all_basemap_files_fit_the_gzip_budget() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/basemap");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("assets/basemap")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".geojson"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = FILES.iter().map(|f| f.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "a basemap file the budget does not count");
    let mut total = 0;
    for name in FILES {
        let mut gzip = Command::new("gzip")
            .args(["-9c", "-n"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("gzip on PATH");
        gzip.stdin
            .take()
            .expect("stdin")
            .write_all(read(name).as_bytes())
            .expect("write to gzip");
        let out = gzip.wait_with_output().expect("gzip output");
        assert!(out.status.success());
        total += out.stdout.len();
    }
    assert!(
        total <= BUDGET_GZIP_BYTES,
        "{total} B gzipped, budget {BUDGET_GZIP_BYTES} B"
    );
}
