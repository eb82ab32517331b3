//! The bytes `build.rs` bakes into the app decode to exactly what the loaders read from
//! `assets/`: no coordinate rounded, no field lost on the way.

use petrograd1917::baked;
use petrograd1917::basemap::{Basemap, Level};
use petrograd1917::story::Story;

#[test]
fn the_baked_story_is_the_story_in_assets() {
    let (from_json, translated_text) = Story::bundled()
        .expect("assets/story loads")
        .split_translated_text();
    let baked = baked::story().expect("the baked story decodes");
    assert_eq!(baked, from_json);
    // The translated text is baked apart, into the file the app fetches.
    let file = baked::TRANSLATION_FILE.expect("the story has a translation");
    let bytes = std::fs::read(std::path::Path::new(env!("OUT_DIR")).join(file))
        .expect("build.rs wrote the translated text");
    let text = baked::translated_text(&bytes).expect("it decodes");
    assert_eq!(Some(text), translated_text);
    assert!(from_json
        .translation()
        .is_some_and(|t| t.text.paragraphs.is_empty()));
}

#[test]
fn the_baked_basemap_is_the_basemap_in_assets_at_every_level() {
    let region = baked::region_basemap().expect("the baked region level decodes");
    assert_eq!(
        region,
        Basemap::bundled(Level::Region).expect("assets/basemap loads")
    );
    assert_eq!(
        baked_city(),
        Basemap::bundled(Level::City).expect("assets/basemap loads")
    );
}

/// The city level, baked apart into the file the app fetches after the first view.
fn baked_city() -> Basemap {
    let bytes = std::fs::read(std::path::Path::new(env!("OUT_DIR")).join(baked::CITY_BASEMAP_FILE))
        .expect("build.rs wrote the city level");
    baked::city_basemap(&bytes).expect("it decodes")
}

#[test]
fn the_baked_files_are_smaller_than_the_json() {
    let json: usize = [
        include_str!("../assets/story/places.geojson"),
        include_str!("../assets/story/journey.json"),
        include_str!("../assets/story/text.json"),
        include_str!("../assets/story/people.json"),
        include_str!("../assets/story/context.json"),
        include_str!("../assets/story/text.en.json"),
    ]
    .iter()
    .map(|file| file.len())
    .sum();
    let [(_, story), (_, region)] = baked::sizes();
    let city =
        std::fs::metadata(std::path::Path::new(env!("OUT_DIR")).join(baked::CITY_BASEMAP_FILE))
            .expect("build.rs wrote the city level")
            .len() as usize;
    assert!(
        story * 3 < json * 2,
        "story {story} B against {json} B of JSON"
    );
    let basemap_json = include_str!("../assets/basemap/region.geojson").len()
        + include_str!("../assets/basemap/city.geojson").len()
        + include_str!("../assets/basemap/city_1917.geojson").len();
    assert!(
        region + city < basemap_json / 3,
        "basemap {} B against {basemap_json} B",
        region + city
    );
}
