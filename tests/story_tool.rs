//! The `story` tool on real folders: the fixture story validates and bakes, broken copies
//! of it fail with the loader's messages and exit code 1, and the export is GeoJSON with
//! every place and step. The built binary is run as a user runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use petrograd1917::story::{export, load_dir, StepKind, Story, StoryDir};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/reed");
const SOURCE: &str =
    include_str!("fixtures/reed/source/reed-ten-days-that-shook-the-world-pp241-242.txt");

fn story_tool(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_story"))
        .args(args)
        .env_remove("STORY_DIR")
        .output()
        .expect("the story binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A copy of the fixture in a fresh temporary folder, with `edit` applied to it.
fn broken_copy(name: &str, edit: impl FnOnce(&Path)) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("story-tool-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    for file in [
        "places.geojson",
        "journey.json",
        "text.json",
        "people.json",
        "context.json",
    ] {
        std::fs::copy(Path::new(FIXTURE).join(file), dir.join(file)).expect("copy the fixture");
    }
    edit(&dir);
    dir
}

fn replace_in(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let before = std::fs::read_to_string(&path).expect("fixture file");
    assert!(before.contains(from), "{file} has no `{from}`");
    std::fs::write(&path, before.replacen(from, to, 1)).expect("write the broken copy");
}

fn fixture() -> Story {
    load_dir(Path::new(FIXTURE)).expect("the fixture story loads")
}

#[test]
fn check_passes_on_the_fixture_with_a_one_line_summary() {
    let out = story_tool(&["check", FIXTURE]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(
        stdout.contains("valid: 2 places, 3 steps (2 stops, 1 leg, 0 gaps)"),
        "{stdout}"
    );
}

#[test]
fn check_passes_on_the_bundled_story() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/story");
    let out = story_tool(&["check", dir]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn check_fails_on_broken_copies_with_the_loaders_messages() {
    let cases: [(&str, &str, &str, &str, &str); 4] = [
        (
            "unknown-place",
            "journey.json",
            "\"place\": \"gatchina\"",
            "\"place\": \"gatchna\"",
            "journey.json: stop `at-gatchina` field `place`: unknown place id `gatchna`",
        ),
        (
            "not-json",
            "people.json",
            "\"people\": [",
            "\"people\": [[",
            "people.json: not valid JSON",
        ),
        (
            "quote-not-in-text",
            "context.json",
            "about three o’clock (A. M.)",
            "about four o’clock (A. M.)",
            "context.json: event `krasnov-summoned` field `passages[0].quote`",
        ),
        (
            "bad-calendar-date",
            "journey.json",
            "\"1917-11-14T20:30\",\n      \"end\"",
            "\"1917-11-31T20:30\",\n      \"end\"",
            "journey.json: stop `in-petrograd` field `start`",
        ),
    ];
    for (name, file, from, to, expected) in cases {
        let dir = broken_copy(name, |dir| replace_in(dir, file, from, to));
        let out = story_tool(&["check", dir.to_str().expect("a UTF-8 path")]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(
            stderr.contains(expected),
            "{name}: expected «{expected}» in:\n{stderr}"
        );
        assert!(stderr.contains("the story does not validate"), "{stderr}");
        assert!(out.stdout.is_empty(), "{name}: nothing on stdout");
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[test]
fn check_names_a_missing_file_and_usage_errors_exit_2() {
    let dir = broken_copy("missing", |dir| {
        std::fs::remove_file(dir.join("context.json")).expect("remove");
    });
    let out = story_tool(&["check", dir.to_str().expect("a UTF-8 path")]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("context.json: missing"), "{stderr}");
    assert!(stderr.contains("1 problem,"), "{stderr}");
    let _ = std::fs::remove_dir_all(dir);

    let out = story_tool(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("usage: story check"));
}

#[test]
fn the_fixture_bakes_as_build_rs_bakes_it() {
    let story = fixture();
    let bytes = postcard::to_allocvec(&story).expect("the story encodes");
    let back: Story = postcard::from_bytes(&bytes).expect("the bytes decode");
    assert_eq!(back, story);
}

#[test]
fn the_fixture_is_in_the_gregorian_calendar_and_the_instants_agree() {
    let story = fixture();
    let first = &story.steps()[0];
    assert_eq!(
        export::iso_gregorian(first.span.start),
        "1917-11-14T12:00:00"
    );
    assert_eq!(export::julian(first.span.start), "1917-11-01T12:00");
}

#[test]
fn every_fixture_block_is_its_source_line_and_every_line_is_used_once() {
    let story = fixture();
    let lines: Vec<&str> = SOURCE.lines().collect();
    let mut used = Vec::new();
    for block in &story.text().paragraphs {
        let joined: Vec<&str> = block
            .source_lines
            .iter()
            .map(|&n| lines[n as usize - 1])
            .collect();
        assert_eq!(block.text, joined.join(" "), "{}", block.id);
        used.extend(block.source_lines.iter().copied());
    }
    used.sort_unstable();
    let nonempty: Vec<u32> = (1..=lines.len() as u32)
        .filter(|&n| !lines[n as usize - 1].trim().is_empty())
        .collect();
    assert_eq!(used, nonempty);
}

#[test]
fn story_dir_reads_the_fixture_as_the_tool_does() {
    let dir = StoryDir::read(Path::new(FIXTURE)).expect("the fixture reads");
    assert!(dir.files().journey.contains("\"calendar\": \"gregorian\""));
}

/// Every place and step of `story` is a feature of `geojson`, with its geometry.
fn assert_exports_everything(story: &Story, geojson: &str) {
    let fc: geojson::FeatureCollection = geojson.parse().expect("the export is GeoJSON");
    let ids: Vec<String> = fc
        .features
        .iter()
        .map(|f| match &f.id {
            Some(geojson::feature::Id::String(id)) => id.clone(),
            other => panic!("a feature without a string id: {other:?}"),
        })
        .collect();
    for place in story.places() {
        let id = format!("place/{}", place.id);
        let feature = &fc.features[ids.iter().position(|i| *i == id).expect(&id)];
        assert_eq!(feature.geometry.is_some(), place.point.is_some(), "{id}");
    }
    for step in story.steps() {
        let id = format!("step/{}", step.id);
        let feature = &fc.features[ids.iter().position(|i| *i == id).expect(&id)];
        let props = feature.properties.as_ref().expect("properties");
        assert_eq!(
            props["start"],
            serde_json::json!(export::iso_gregorian(step.span.start))
        );
        let geometry = feature.geometry.as_ref().map(|g| g.value.type_name());
        let expected = match &step.kind {
            StepKind::Leg(leg) if leg.route.len() >= 2 => Some("LineString"),
            StepKind::Stop { place } => story
                .place(place.as_str())
                .and_then(|p| p.point)
                .map(|_| "Point"),
            _ => None,
        };
        assert_eq!(geometry, expected, "{id}");
    }
    for overlay in story.overlays() {
        let id = format!("overlay/{}", overlay.id);
        let feature = &fc.features[ids.iter().position(|i| *i == id).expect(&id)];
        let geometry = feature.geometry.as_ref().map(|g| g.value.type_name());
        let expected = match overlay.shape {
            petrograd1917::story::OverlayShape::Point(_) => "Point",
            petrograd1917::story::OverlayShape::Line(_)
            | petrograd1917::story::OverlayShape::Movement(_) => "LineString",
            _ => "Polygon",
        };
        assert_eq!(geometry, Some(expected), "{id}");
    }
    assert_eq!(
        fc.features.len(),
        story.places().len()
            + story.steps().len()
            + story.context_events().len()
            + story.overlays().len()
    );
}

#[test]
fn export_writes_every_place_and_step_of_the_fixture() {
    let out = std::env::temp_dir().join(format!("story-export-{}.geojson", std::process::id()));
    let result = story_tool(&["export", FIXTURE, "-o", out.to_str().expect("UTF-8 path")]);
    assert_eq!(result.status.code(), Some(0), "{}", text(&result.stderr));
    let written = std::fs::read_to_string(&out).expect("the export was written");
    assert_exports_everything(&fixture(), &written);
    assert!(written.contains("All mine now! My Petrograd!"));
    let _ = std::fs::remove_file(out);
}

#[test]
fn the_bundled_story_exports_every_place_and_step() {
    let story = Story::bundled().expect("the bundled story loads");
    assert_exports_everything(&story, &export::to_geojson_string(&story));
}
