#![cfg(not(target_arch = "wasm32"))]
//! Broken variants of the bundled data: each is rejected, and the message names the file,
//! the record and the field, so a data author knows where to look.

use petrograd1917::story::{load, Problem, StoryFiles};
use serde_json::{json, Value};

const B: StoryFiles<'static> = StoryFiles::BUNDLED;

fn parsed(text: &str) -> Value {
    serde_json::from_str(text).expect("bundled file is JSON")
}

fn to_text(value: &Value) -> String {
    serde_json::to_string_pretty(value).expect("serialises")
}

/// The record of `list` whose `key` is `id`.
fn find<'a>(value: &'a mut Value, list: &str, key: &str, id: &str) -> &'a mut Value {
    value[list]
        .as_array_mut()
        .expect("list")
        .iter_mut()
        .find(|r| r[key] == id)
        .unwrap_or_else(|| panic!("{id}"))
}

fn step<'a>(journey: &'a mut Value, id: &str) -> &'a mut Value {
    find(journey, "steps", "id", id)
}

fn edit(text: &str, change: impl FnOnce(&mut Value)) -> String {
    let mut value = parsed(text);
    change(&mut value);
    to_text(&value)
}

fn problems(files: StoryFiles<'_>) -> Vec<Problem> {
    match load(&files) {
        Ok(_) => panic!("broken data was accepted"),
        Err(problems) => problems,
    }
}

/// Asserts one problem has this file, record, field, and a message containing `says`.
fn expect(problems: &[Problem], file: &str, record: &str, field: &str, says: &str) {
    let found = problems.iter().any(|p| {
        p.file == file
            && p.record.as_deref() == Some(record)
            && p.field.as_deref() == Some(field)
            && p.message.contains(says)
    });
    let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        found,
        "no `{file}: {record} field `{field}`: …{says}…` among:\n{}",
        list.join("\n")
    );
    for p in problems {
        let shown = p.to_string();
        assert!(shown.starts_with(&p.file), "{shown}");
    }
}

#[test]
fn invalid_json_names_the_file() {
    let journey = &B.journey[..B.journey.len() / 2];
    let found = problems(StoryFiles { journey, ..B });
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].file, "journey.json");
    assert_eq!(found[0].record, None);
    assert!(found[0].message.contains("not valid JSON"), "{}", found[0]);
    assert!(found[0].message.contains("line"), "{}", found[0]);
}

#[test]
fn unknown_place_id() {
    let journey = edit(B.journey, |j| {
        step(j, "chasseurs-meeting")["place"] = json!("chaseurs")
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "stop `chasseurs-meeting`",
        "place",
        "unknown place id `chaseurs`",
    );
    assert_eq!(
        found[0].to_string(),
        "journey.json: stop `chasseurs-meeting` field `place`: unknown place id `chaseurs`"
    );
}

#[test]
fn reversed_times() {
    let journey = edit(B.journey, |j| {
        let s = step(j, "train-to-gatchina");
        let (start, end) = (s["start"].clone(), s["end"].clone());
        s["start"] = end;
        s["end"] = start;
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "leg `train-to-gatchina`",
        "end",
        "is not after the start",
    );
}

#[test]
fn steps_out_of_order_or_with_holes() {
    let journey = edit(B.journey, |j| {
        step(j, "smolny-26-mandate")["start"] = json!("1917-10-26T11:00")
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "stop `smolny-26-mandate`",
        "start",
        "chronological order",
    );

    let journey = edit(B.journey, |j| {
        step(j, "smolny-26-mandate")["start"] = json!("1917-10-26T13:15")
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "stop `smolny-26-mandate`",
        "start",
        "hole",
    );
}

#[test]
fn coordinates_out_of_range() {
    let places = edit(B.places, |p| {
        find(p, "features", "id", "smolny")["geometry"]["coordinates"] = json!([30.3964, 159.9464]);
    });
    let found = problems(StoryFiles {
        places: &places,
        ..B
    });
    expect(
        &found,
        "places.geojson",
        "place `smolny`",
        "geometry.coordinates",
        "out of range",
    );

    let journey = edit(B.journey, |j| {
        step(j, "car-to-chasseurs")["route"][2] = json!([200.0, 59.93])
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "leg `car-to-chasseurs`",
        "route[2]",
        "out of range",
    );
}

#[test]
fn quote_not_in_the_text() {
    let journey = edit(B.journey, |j| {
        step(j, "chasseurs-meeting")["passages"][0] =
            json!({"paragraph": "p25", "quote": "Il était trois heures du matin."});
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "stop `chasseurs-meeting`",
        "passages[0].quote",
        "not found verbatim",
    );
}

#[test]
fn ambiguous_quote() {
    let places = edit(B.places, |p| {
        find(p, "features", "id", "smolny")["properties"]["mentions"][0] =
            json!({"paragraph": "p03", "quote": "Smolny"});
    });
    let found = problems(StoryFiles {
        places: &places,
        ..B
    });
    expect(
        &found,
        "places.geojson",
        "place `smolny`",
        "properties.mentions[0].quote",
        "occurs 2 times",
    );
}

#[test]
fn unknown_paragraph() {
    let journey = edit(B.journey, |j| {
        step(j, "chasseurs-meeting")["passages"][0]["paragraph"] = json!("p99")
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "stop `chasseurs-meeting`",
        "passages[0].paragraph",
        "unknown paragraph or footnote id `p99`",
    );
}

#[test]
fn duplicate_ids() {
    let people = edit(B.people, |p| {
        let roshal = find(p, "people", "id", "roshal").clone();
        p["people"].as_array_mut().expect("people").push(roshal);
    });
    let found = problems(StoryFiles {
        people: &people,
        ..B
    });
    expect(
        &found,
        "people.json",
        "person `roshal`",
        "id",
        "duplicate person id",
    );

    let journey = edit(B.journey, |j| {
        step(j, "smolny-26-mandate")["id"] = json!("smolny-26-morning")
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "stop `smolny-26-morning`",
        "id",
        "duplicate step id",
    );
}

#[test]
fn unknown_person_with_him() {
    let journey = edit(B.journey, |j| {
        step(j, "staff-27-lenin")["with"][1] = json!("trotski")
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "stop `staff-27-lenin`",
        "with[1]",
        "unknown person id `trotski`",
    );
}

#[test]
fn leg_that_does_not_join_the_previous_step() {
    let journey = edit(B.journey, |j| {
        step(j, "car-to-chasseurs")["from"] = json!("warsaw-station")
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "leg `car-to-chasseurs`",
        "from",
        "ends at `smolny`",
    );
    expect(
        &found,
        "journey.json",
        "leg `car-to-chasseurs`",
        "route",
        "km from the `from` place",
    );
}

#[test]
fn footnote_markers_and_footnotes_must_pair() {
    let text = B.text.replacen("^[1]", "^[9]", 1);
    let found = problems(StoryFiles { text: &text, ..B });
    expect(
        &found,
        "text.json",
        "paragraph `p08`",
        "text",
        "marker ^[9] has no footnote 9",
    );
    expect(
        &found,
        "text.json",
        "footnote `fn1`",
        "number",
        "0 markers ^[1]",
    );
}

#[test]
fn source_lines_used_twice() {
    let text = edit(B.text, |t| {
        find(t, "paragraphs", "id", "p05")["lines"] = json!([17])
    });
    let found = problems(StoryFiles { text: &text, ..B });
    expect(
        &found,
        "text.json",
        "paragraph `p05`",
        "lines[0]",
        "already used by paragraph `p04`",
    );
}

#[test]
fn links_must_name_a_known_person_by_one_of_their_forms() {
    let text = B.text.replacen("(person:zinoviev)", "(#)", 1);
    let found = problems(StoryFiles { text: &text, ..B });
    expect(
        &found,
        "text.json",
        "paragraph `p20`",
        "text",
        "write person:ID or work:ID",
    );

    let text = B.text.replacen("(person:zinoviev)", "(person:trotsky)", 1);
    let found = problems(StoryFiles { text: &text, ..B });
    expect(
        &found,
        "text.json",
        "paragraph `p20`",
        "text",
        "not among the forms of person `trotsky`",
    );
}

#[test]
fn unclosed_emphasis() {
    let text = B.text.replacen("*Petropavlovsk*", "*Petropavlovsk", 1);
    let found = problems(StoryFiles { text: &text, ..B });
    expect(
        &found,
        "text.json",
        "paragraph `p42`",
        "text",
        "never closed",
    );
}

#[test]
fn unknown_names_in_closed_lists() {
    let places = edit(B.places, |p| {
        find(p, "features", "id", "kresty")["properties"]["kind"] = json!("jail")
    });
    let found = problems(StoryFiles {
        places: &places,
        ..B
    });
    expect(
        &found,
        "places.geojson",
        "place `kresty`",
        "properties.kind",
        "unknown kind `jail`",
    );

    let journey = edit(B.journey, |j| {
        step(j, "train-to-gatchina")["mode"] = json!("tram")
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "leg `train-to-gatchina`",
        "mode",
        "unknown mode `tram`",
    );

    let context = edit(B.context, |c| {
        find(c, "events", "id", "chasseurs-leave")["certainty"] = json!("sure")
    });
    let found = problems(StoryFiles {
        context: &context,
        ..B
    });
    expect(
        &found,
        "context.json",
        "event `chasseurs-leave`",
        "certainty",
        "unknown certainty `sure`",
    );
}

#[test]
fn misspelt_field() {
    let journey = edit(B.journey, |j| {
        let s = step(j, "chasseurs-meeting");
        let place = s["place"].take();
        s.as_object_mut().expect("object").remove("place");
        s["plcae"] = place;
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "stop `chasseurs-meeting`",
        "plcae",
        "unknown field",
    );
    expect(
        &found,
        "journey.json",
        "stop `chasseurs-meeting`",
        "place",
        "missing",
    );
}

#[test]
fn malformed_timestamp() {
    let context = edit(B.context, |c| {
        find(c, "events", "id", "gatchina-occupied")["start"] = json!("27/10/1917 05:00")
    });
    let found = problems(StoryFiles {
        context: &context,
        ..B
    });
    expect(
        &found,
        "context.json",
        "event `gatchina-occupied`",
        "start",
        "YYYY-MM-DDTHH:MM",
    );
}

#[test]
fn a_time_phrase_must_be_the_texts_words() {
    let journey = edit(B.journey, |j| {
        step(j, "chasseurs-meeting")["phrase"] = json!("à deux heures précises")
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "stop `chasseurs-meeting`",
        "phrase",
        "is not in any paragraph",
    );
}

#[test]
fn forms_must_be_in_the_text() {
    let people = edit(B.people, |p| {
        find(p, "people", "id", "lenin")["forms"][1] = json!("Ilyich")
    });
    let found = problems(StoryFiles {
        people: &people,
        ..B
    });
    expect(
        &found,
        "people.json",
        "person `lenin`",
        "forms[1]",
        "«Ilyich» is not in the text",
    );
}

#[test]
fn parents_must_exist_and_not_loop() {
    let places = edit(B.places, |p| {
        find(p, "features", "id", "smolny")["properties"]["parent"] = json!("petersburg")
    });
    let found = problems(StoryFiles {
        places: &places,
        ..B
    });
    expect(
        &found,
        "places.geojson",
        "place `smolny`",
        "properties.parent",
        "unknown place id `petersburg`",
    );

    let places = edit(B.places, |p| {
        find(p, "features", "id", "petrograd")["properties"]["parent"] = json!("smolny")
    });
    let found = problems(StoryFiles {
        places: &places,
        ..B
    });
    expect(
        &found,
        "places.geojson",
        "place `smolny`",
        "properties.parent",
        "loop",
    );
}

#[test]
fn a_route_of_unknown_certainty_has_no_geometry() {
    let journey = edit(B.journey, |j| {
        step(j, "train-to-gatchina")["route_certainty"] = json!("unknown")
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "leg `train-to-gatchina`",
        "route",
        "leave it empty",
    );
}

#[test]
fn nothing_narrated_after_a_plan() {
    let journey = edit(B.journey, |j| {
        step(j, "staff-27-telegraph")["planned"] = json!(true)
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "gap `night-27-28`",
        "planned",
        "staff-27-telegraph",
    );
}

#[test]
fn every_problem_in_every_file_is_reported_at_once() {
    let journey = edit(B.journey, |j| {
        step(j, "chasseurs-meeting")["place"] = json!("chaseurs");
        step(j, "train-to-gatchina")["mode"] = json!("tram");
    });
    let places = edit(B.places, |p| {
        find(p, "features", "id", "kresty")["properties"]["rank"] = json!(7)
    });
    let people = edit(B.people, |p| {
        find(p, "people", "id", "lenin")["about"] = json!({"fr": "x"})
    });
    let found = problems(StoryFiles {
        journey: &journey,
        places: &places,
        people: &people,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "stop `chasseurs-meeting`",
        "place",
        "unknown place",
    );
    expect(
        &found,
        "journey.json",
        "leg `train-to-gatchina`",
        "mode",
        "tram",
    );
    expect(
        &found,
        "places.geojson",
        "place `kresty`",
        "properties.rank",
        "from 1 to 3",
    );
    expect(
        &found,
        "people.json",
        "person `lenin`",
        "about.en",
        "missing",
    );
    assert_eq!(
        found.len(),
        4,
        "no cascade of follow-on problems: {found:#?}"
    );
}

/// The bundled translation file.
fn translation() -> &'static str {
    B.translation.expect("the bundled story has a translation")
}

#[test]
fn every_block_needs_one_translation_and_no_other() {
    let changed = edit(translation(), |t| {
        let list = t["paragraphs"].as_array_mut().expect("paragraphs");
        list.retain(|b| b["id"] != "p12");
        list.push(json!({"id": "p99", "text": "A paragraph the memoir does not have."}));
        let twice = list[5].clone();
        list.push(twice);
    });
    let found = problems(StoryFiles {
        translation: Some(&changed),
        ..B
    });
    expect(
        &found,
        "text.en.json",
        "paragraph `p12`",
        "text",
        "missing: text.json's paragraph is not translated",
    );
    expect(
        &found,
        "text.en.json",
        "paragraph `p99`",
        "id",
        "text.json has no paragraph `p99`",
    );
    expect(
        &found,
        "text.en.json",
        "paragraph `p03`",
        "id",
        "translated twice",
    );
}

#[test]
fn a_translation_keeps_the_links_and_markers_in_order_and_is_never_empty() {
    let changed = edit(translation(), |t| {
        let p08 = find(t, "paragraphs", "id", "p08");
        let text = p08["text"].as_str().expect("text").replace("^[1]", "");
        p08["text"] = json!(text);
        let p02 = find(t, "paragraphs", "id", "p02");
        let text = p02["text"]
            .as_str()
            .expect("text")
            .replace("(person:kerensky)", "(person:lenin)");
        p02["text"] = json!(text);
        find(t, "footnotes", "id", "fn3")["text"] = json!("  ");
        t["paragraphs"]
            .as_array_mut()
            .expect("paragraphs")
            .swap(10, 11);
    });
    let found = problems(StoryFiles {
        translation: Some(&changed),
        ..B
    });
    expect(
        &found,
        "text.en.json",
        "paragraph `p08`",
        "text",
        "links and footnote markers [] differ from text.json's [^[1]]",
    );
    expect(
        &found,
        "text.en.json",
        "paragraph `p02`",
        "text",
        "link `Kerensky` is not among the translation_forms of person `lenin`",
    );
    expect(&found, "text.en.json", "footnote `fn3`", "text", "empty");
    expect(
        &found,
        "text.en.json",
        "paragraph `p08`",
        "id",
        "out of order",
    );
}

#[test]
fn a_quotation_needs_its_translated_words_once_and_verbatim() {
    let journey = edit(B.journey, |j| {
        let passages = &mut step(j, "gatchina-warsaw-station")["passages"];
        let first = passages
            .as_array_mut()
            .expect("passages")
            .iter_mut()
            .find(|p| p["quote"] == "Pas de cyclistes.")
            .expect("the quotation");
        first["translation"] = json!("No bicycles.");
        let room = &mut step(j, "room-26-morning")["passages"][0];
        room.as_object_mut().expect("passage").remove("translation");
        step(j, "smolny-26-morning")["passages"][1]["translation"] = json!("The whole block.");
    });
    let found = problems(StoryFiles {
        journey: &journey,
        ..B
    });
    let field = |j: &str, id: &str, quote: &str| {
        let value: Value = parsed(j);
        let steps = value["steps"].as_array().cloned().unwrap_or_default();
        let s = steps
            .iter()
            .find(|s| s["id"] == id)
            .cloned()
            .unwrap_or_default();
        let i = s["passages"]
            .as_array()
            .and_then(|ps| ps.iter().position(|p| p["quote"] == quote))
            .expect("passage");
        format!("passages[{i}].translation")
    };
    expect(
        &found,
        "journey.json",
        "stop `gatchina-warsaw-station`",
        &field(B.journey, "gatchina-warsaw-station", "Pas de cyclistes."),
        "«No bicycles.» is not found verbatim (markup removed) in text.en.json's `p14`",
    );
    expect(
        &found,
        "journey.json",
        "stop `room-26-morning`",
        "passages[0].translation",
        "missing: the words of text.en.json",
    );
    expect(
        &found,
        "journey.json",
        "stop `smolny-26-morning`",
        "passages[1].translation",
        "without a quote cites the whole block",
    );
}

#[test]
fn without_a_translation_file_no_translated_words_are_allowed() {
    let found = problems(StoryFiles {
        translation: None,
        ..B
    });
    expect(
        &found,
        "journey.json",
        "stop `room-26-morning`",
        "passages[0].translation",
        "the story has no translation (text.en.json) to point into",
    );
    expect(
        &found,
        "people.json",
        "person `lenin`",
        "translation_forms[0]",
        "the story has no translation",
    );
}

#[test]
fn a_translation_form_must_be_in_the_translation() {
    let people = B.people.replacen("\"Ilyich\"", "\"Ilich\"", 1);
    assert_ne!(people, B.people);
    let found = problems(StoryFiles {
        people: &people,
        ..B
    });
    expect(
        &found,
        "people.json",
        "person `lenin`",
        "translation_forms[1]",
        "«Ilich» is not in the translation",
    );
}

// ---- overlays.geojson ----

/// The bundled overlays with one feature changed.
fn overlays_with(id: &str, change: impl FnOnce(&mut Value)) -> String {
    edit(B.overlays.expect("the bundled story has overlays"), |v| {
        change(find(v, "features", "id", id));
    })
}

fn overlay_problems(overlays: &str) -> Vec<Problem> {
    problems(StoryFiles {
        overlays: Some(overlays),
        ..B
    })
}

#[test]
fn a_place_listed_within_a_range_it_lies_beyond_is_refused_with_its_distance() {
    let changed = overlays_with("range-12-inch", |f| {
        f["properties"]["within"] = json!(["oranienbaum", "gatchina"]);
        f["properties"]["beyond"] = json!(["krasnoye-selo"]);
    });
    let found = overlay_problems(&changed);
    expect(
        &found,
        "overlays.geojson",
        "overlay `range-12-inch`",
        "properties.within[1]",
        "km from the centre, beyond the 23.2 km range",
    );
    expect(
        &found,
        "overlays.geojson",
        "overlay `range-12-inch`",
        "properties.within[1]",
        "list it under `beyond`",
    );
}

#[test]
fn a_place_listed_beyond_a_range_it_lies_within_is_refused() {
    let changed = overlays_with("range-120-mm", |f| {
        f["properties"]["beyond"] = json!(["peterhof"]);
    });
    expect(
        &overlay_problems(&changed),
        "overlays.geojson",
        "overlay `range-120-mm`",
        "properties.beyond[0]",
        "list it under `within`",
    );
}

#[test]
fn a_range_without_radius_or_with_an_unknown_place_is_refused() {
    let changed = overlays_with("range-12-inch", |f| {
        let props = f["properties"].as_object_mut().expect("object");
        props.remove("radius_m");
        props.insert("within".into(), json!(["oranienbam"]));
    });
    let found = overlay_problems(&changed);
    expect(
        &found,
        "overlays.geojson",
        "overlay `range-12-inch`",
        "properties.radius_m",
        "missing",
    );
    expect(
        &found,
        "overlays.geojson",
        "overlay `range-12-inch`",
        "properties.within[0]",
        "unknown place id `oranienbam`",
    );
}

#[test]
fn an_overlay_shown_at_an_unknown_step_or_event_is_refused() {
    let steps = overlays_with("lenin-anchorage", |f| {
        f["properties"]["when"] = json!({"steps": ["staff-27-lenine"]});
    });
    expect(
        &overlay_problems(&steps),
        "overlays.geojson",
        "overlay `lenin-anchorage`",
        "properties.when.steps[0]",
        "unknown step id `staff-27-lenine`",
    );
    let event = overlays_with("krasnov-advance", |f| {
        f["properties"]["event"] = json!("gatchina-taken");
    });
    expect(
        &overlay_problems(&event),
        "overlays.geojson",
        "overlay `krasnov-advance`",
        "properties.event",
        "unknown context event id `gatchina-taken`",
    );
}

#[test]
fn an_overlay_shown_two_ways_or_with_a_backwards_span_is_refused() {
    let two = overlays_with("congress-in-session", |f| {
        f["properties"]["when"] =
            json!({"event": "congress-session-26", "steps": ["smolny-congress"]});
    });
    expect(
        &overlay_problems(&two),
        "overlays.geojson",
        "overlay `congress-in-session`",
        "properties.when",
        "exactly one of",
    );
    let backwards = overlays_with("krasnov-advance", |f| {
        f["properties"]["when"]["end"] = json!("1917-10-26T12:00");
    });
    expect(
        &overlay_problems(&backwards),
        "overlays.geojson",
        "overlay `krasnov-advance`",
        "properties.when.end",
        "is not after the start",
    );
}

#[test]
fn an_overlay_whose_geometry_does_not_fit_its_kind_is_refused() {
    let changed = overlays_with("sea-channel", |f| {
        f["geometry"] = json!({"type": "Point", "coordinates": [29.9, 59.95]});
    });
    expect(
        &overlay_problems(&changed),
        "overlays.geojson",
        "overlay `sea-channel`",
        "geometry.type",
        "needs a LineString geometry",
    );
}

#[test]
fn an_overlay_without_source_or_with_misplaced_fields_is_refused() {
    let changed = overlays_with("lenin-anchorage", |f| {
        let props = f["properties"].as_object_mut().expect("object");
        props.remove("source");
        props.insert("radius_m".into(), json!(1000));
        props.insert("certainty".into(), json!("likely"));
        props.insert("side".into(), json!("red"));
    });
    let found = overlay_problems(&changed);
    let record = "overlay `lenin-anchorage`";
    expect(
        &found,
        "overlays.geojson",
        record,
        "properties.source",
        "missing",
    );
    expect(
        &found,
        "overlays.geojson",
        record,
        "properties.radius_m",
        "only a range",
    );
    expect(
        &found,
        "overlays.geojson",
        record,
        "properties.certainty",
        "only lines and movements",
    );
    expect(
        &found,
        "overlays.geojson",
        record,
        "properties.side",
        "unknown side `red`",
    );
}

#[test]
fn an_overlay_quote_not_in_its_paragraph_is_refused() {
    let changed = overlays_with("sea-channel", |f| {
        f["properties"]["passages"][0]["quote"] = json!("le chenal était profond");
    });
    let found = overlay_problems(&changed);
    let list: Vec<String> = found.iter().map(ToString::to_string).collect();
    assert!(
        found.iter().any(|p| p.file == "overlays.geojson"
            && p.record.as_deref() == Some("overlay `sea-channel`")
            && p.field
                .as_deref()
                .is_some_and(|f| f.starts_with("properties.passages[0]"))),
        "{}",
        list.join("\n")
    );
}
