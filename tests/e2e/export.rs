//! `story.geojson`, as the app's download link serves it: read with serde_json alone (not
//! the geojson crate that wrote it), it has every place and step of the story, and the
//! times it gives are the times the app shows.

use fantoccini::Locator;
use serde_json::Value;

use petrograd1917::story::Story;

use crate::browser::{open_app, open_app_on, Browser};
use crate::server::{serve_dir, DistServer};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Opens the places panel and fetches what its download link points at, through the page.
pub async fn downloaded_geojson(browser: &Browser) -> Value {
    let link = browser.wait_for(".download a[download]").await;
    let href = link
        .prop("href")
        .await
        .expect("the link's href")
        .expect("an href");
    assert!(href.ends_with("/story.geojson"), "{href}");
    let text = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch(arguments[0]).then(r => r.ok ? r.text() : 'HTTP ' + r.status)
                 .then(done, e => done('failed: ' + e));",
            vec![Value::String(href.clone())],
        )
        .await
        .expect("fetch story.geojson");
    let text = text.as_str().expect("the file's text").to_string();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{href} is not JSON ({e}): {text:.200}"))
}

/// The features of a FeatureCollection, checked to be one.
pub fn features(geojson: &Value) -> &[Value] {
    assert_eq!(geojson["type"], "FeatureCollection");
    geojson["features"].as_array().expect("a features array")
}

/// The feature with id `id`.
pub fn feature<'a>(geojson: &'a Value, id: &str) -> &'a Value {
    features(geojson)
        .iter()
        .find(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("no feature `{id}` in story.geojson"))
}

/// Minutes from 8 November 1917 00:00 (Gregorian; 26 October, Julian) to an ISO 8601
/// local time `YYYY-MM-DDTHH:MM:SS`, computed here from the civil date alone.
fn story_minutes(iso: &str) -> i64 {
    let n = |range: std::ops::Range<usize>| -> i64 { iso[range].parse().expect(iso) };
    let days = days_from_civil(n(0..4), n(5..7), n(8..10)) - days_from_civil(1917, 11, 8);
    days * 24 * 60 + n(11..13) * 60 + n(14..16)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// "27 October 1917 (9 November N.S.), 02:00": the words the app's slider speaks for a
/// moment, built from the file's Gregorian `start` and Julian `start_julian`.
fn spoken_date(gregorian: &str, julian: &str) -> String {
    let n = |s: &str, range: std::ops::Range<usize>| -> usize { s[range].parse().expect(s) };
    format!(
        "{} {} {} ({} {} N.S.), {}",
        n(julian, 8..10),
        MONTHS[n(julian, 5..7) - 1],
        &julian[0..4],
        n(gregorian, 8..10),
        MONTHS[n(gregorian, 5..7) - 1],
        &julian[11..16],
    )
}

/// Every place and step of `story` is in the file, and each step's time, opened in the
/// app, is shown as the file gives it, with the step's title.
pub async fn assert_file_matches_app(
    story: &Story,
    geojson: &Value,
    server: impl Fn() -> DistServer,
    steps_to_open: &[usize],
) {
    for place in story.places() {
        let f = feature(geojson, &format!("place/{}", place.id));
        assert_eq!(f["properties"]["name_en"], place.name.en.as_str());
        let coordinates = &f["geometry"]["coordinates"];
        match place.point {
            Some(p) => assert_eq!(coordinates, &serde_json::json!([p.lon, p.lat])),
            None => assert!(f["geometry"].is_null(), "{}", place.id),
        }
    }
    for (i, step) in story.steps().iter().enumerate() {
        let f = feature(geojson, &format!("step/{}", step.id));
        assert_eq!(f["properties"]["order"], i);
    }
    for &i in steps_to_open {
        let step = &story.steps()[i];
        let props = &feature(geojson, &format!("step/{}", step.id))["properties"];
        let start = props["start"].as_str().expect("start");
        let julian = props["start_julian"].as_str().expect("start_julian");
        let t = story_minutes(start);
        let (_server, browser) = open_app_on(server(), &format!("?lang=en&t={t}"), 1280, 900).await;
        browser.wait_for(".now-step").await;
        assert_eq!(browser.slider_value().await, t, "{}", step.id);
        let spoken = browser
            .eval("return document.querySelector('[role=slider]').getAttribute('aria-valuetext')")
            .await;
        let expected = spoken_date(start, julian);
        assert!(
            spoken.as_str().is_some_and(|s| s.contains(&expected)),
            "{}: the app says {spoken}, the file {expected}",
            step.id
        );
        let now = browser
            .eval("return document.querySelector('.now-step').textContent")
            .await;
        let title = props["title_en"].as_str().expect("title_en");
        assert!(
            now.as_str().is_some_and(|s| s.contains(title)),
            "{}: the app shows {now} at {start}, the file's title is {title}",
            step.id
        );
        browser.close().await;
    }
}

#[tokio::test]
async fn the_downloaded_geojson_has_every_place_and_step_at_the_times_the_app_shows() {
    let story = Story::bundled().expect("the bundled story loads");
    let (_server, browser) = open_app("?lang=en&panel=places", 1280, 900).await;
    let geojson = downloaded_geojson(&browser).await;
    let link = browser
        .client
        .find(Locator::Css(".download a"))
        .await
        .expect("the download link");
    let words = link.text().await.expect("its text");
    assert!(words.contains("GeoJSON"), "{words}");
    browser
        .assert_no_console_errors("downloading story.geojson")
        .await;
    browser.close().await;
    assert_eq!(
        features(&geojson).len(),
        story.places().len()
            + story.steps().len()
            + story.context_events().len()
            + story.overlays().len()
    );
    // The first and last steps, and each kind and certainty of time once.
    let mut open = vec![0, story.steps().len() - 1];
    for (i, step) in story.steps().iter().enumerate() {
        let kind = std::mem::discriminant(&step.kind);
        let seen = open.iter().any(|&j| {
            let other = &story.steps()[j];
            std::mem::discriminant(&other.kind) == kind
                && other.span.certainty == step.span.certainty
        });
        if !seen {
            open.push(i);
        }
    }
    assert_file_matches_app(
        &story,
        &geojson,
        || serve_dir(crate::server::dist_dir(), ""),
        &open,
    )
    .await;
}
