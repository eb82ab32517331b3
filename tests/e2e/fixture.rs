//! The app built from another story (`tests/fixtures/reed`, John Reed, Gregorian dates)
//! into `dist-fixture/`: it shows that story's places and passages, not the bundled one's,
//! and its `story.geojson` is that story's.

use std::path::Path;

use fantoccini::Locator;

use petrograd1917::story::load_dir;

use crate::browser::open_app_on;
use crate::export::{assert_file_matches_app, downloaded_geojson};
use crate::server::{fixture_dist_dir, serve_dir};

fn server() -> crate::server::DistServer {
    serve_dir(fixture_dist_dir(), "")
}

#[tokio::test]
async fn the_fixture_app_shows_its_places_and_passages() {
    let story = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reed"))
        .expect("the fixture loads");
    // 14 November 1917 (N.S.), 19:00: on the truck back to Petrograd.
    let (_server, browser) = open_app_on(server(), "?lang=en&t=9780", 1280, 900).await;
    let passages = browser.wait_for("#reader .passage").await;
    let words = passages.text().await.expect("the passage's words");
    assert!(
        words.contains("I went back to Petrograd riding on the front seat of an auto truck"),
        "{words}"
    );
    let now = browser
        .eval("return document.querySelector('.now-step').textContent")
        .await;
    assert!(
        now.as_str()
            .is_some_and(|s| s.contains("By truck to Petrograd")),
        "{now}"
    );
    // The map draws the story's places, and only them.
    let marked = browser
        .eval(
            "return [...document.querySelectorAll('#map [data-place]')].map(e => e.dataset.place)",
        )
        .await;
    let mut marked: Vec<&str> = marked
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    marked.sort_unstable();
    marked.dedup();
    assert_eq!(marked, ["gatchina", "petrograd"]);
    // The places list names them; the download is this story.
    browser
        .wait_for("#tab-places")
        .await
        .click()
        .await
        .expect("places tab");
    for (id, name) in [("gatchina", "Gatchina"), ("petrograd", "Petrograd")] {
        let button = browser
            .wait_for(&format!(".places-list button[data-place={id}]"))
            .await;
        assert_eq!(button.text().await.expect("name"), name);
    }
    let geojson = downloaded_geojson(&browser).await;
    browser
        .client
        .find(Locator::Css(".download a"))
        .await
        .expect("the download link");
    browser
        .assert_no_console_errors("in the fixture's app")
        .await;
    browser.close().await;
    let every_step: Vec<usize> = (0..story.steps().len()).collect();
    assert_file_matches_app(&story, &geojson, server, &every_step).await;
}
