#![cfg(not(target_arch = "wasm32"))]
//! Generated broken stories: random edits of the bundled files (a value replaced, a key
//! removed, a record duplicated, a file cut short). The loader must never panic, and every
//! problem it reports must name its file and say something.

use petrograd1917::story::{load, StoryFiles};
use proptest::prelude::*;
use serde_json::Value;

const FILES: [&str; 7] = [
    "places.geojson",
    "journey.json",
    "text.json",
    "people.json",
    "context.json",
    "text.en.json",
    "overlays.geojson",
];

fn bundled_text(file: usize) -> &'static str {
    let b = StoryFiles::BUNDLED;
    let translation = b.translation.expect("the bundled story has a translation");
    let overlays = b.overlays.expect("the bundled story has overlays");
    [
        b.places,
        b.journey,
        b.text,
        b.people,
        b.context,
        translation,
        overlays,
    ][file]
}

/// A replacement value of any JSON type, including hostile strings.
fn json_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON numbers are finite", |f| f.is_finite())
            .prop_map(Value::from),
        "<script>alert(1)</script>|[a-z-]{0,12}|.{0,20}".prop_map(Value::String),
        Just(Value::Array(vec![])),
        Just(serde_json::json!({})),
    ]
}

#[derive(Clone, Debug)]
enum Edit {
    Replace(usize, Value),
    Remove(usize),
    Duplicate(usize),
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), json_value()).prop_map(|(i, v)| Edit::Replace(i, v)),
        any::<usize>().prop_map(Edit::Remove),
        any::<usize>().prop_map(Edit::Duplicate),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

/// Every node of a JSON tree as a path of keys and indices, in a fixed order.
fn paths(value: &Value, prefix: &mut Vec<PathPart>, out: &mut Vec<Vec<PathPart>>) {
    out.push(prefix.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                prefix.push(PathPart::Key(k.clone()));
                paths(v, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                prefix.push(PathPart::Index(i));
                paths(v, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum PathPart {
    Key(String),
    Index(usize),
}

fn node_mut<'a>(value: &'a mut Value, path: &[PathPart]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, part| match part {
        PathPart::Key(k) => v.get_mut(k.as_str()),
        PathPart::Index(i) => v.get_mut(*i),
    })
}

fn apply(text: &str, edit: &Edit) -> String {
    if let Edit::Truncate(at) = edit {
        let mut cut = at % text.len().max(1);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        return text[..cut].to_string();
    }
    let Ok(mut value) = serde_json::from_str::<Value>(text) else {
        return text.to_string();
    };
    let mut all = Vec::new();
    paths(&value, &mut Vec::new(), &mut all);
    let pick = |i: &usize| all[i % all.len()].clone();
    match edit {
        Edit::Replace(i, new) => {
            if let Some(node) = node_mut(&mut value, &pick(i)) {
                *node = new.clone();
            }
        }
        Edit::Remove(i) | Edit::Duplicate(i) => {
            let path = pick(i);
            if let Some((last, parent_path)) = path.split_last() {
                if let Some(parent) = node_mut(&mut value, parent_path) {
                    match (parent, last, edit) {
                        (Value::Object(map), PathPart::Key(k), Edit::Remove(_)) => {
                            map.remove(k);
                        }
                        (Value::Array(items), PathPart::Index(i), Edit::Remove(_)) => {
                            items.remove(*i);
                        }
                        (Value::Array(items), PathPart::Index(i), _) => {
                            let copy = items[*i].clone();
                            items.insert(*i, copy);
                        }
                        _ => {}
                    }
                }
            }
        }
        Edit::Truncate(_) => {}
    }
    value.to_string()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn broken_stories_are_reported_never_panicked_on(file in 0usize..FILES.len(), edits in prop::collection::vec(edit(), 1..4)) {
        let mut texts: Vec<String> = (0..FILES.len()).map(|i| bundled_text(i).to_string()).collect();
        for e in &edits {
            texts[file] = apply(&texts[file], e);
        }
        let files = StoryFiles {
            places: &texts[0],
            journey: &texts[1],
            text: &texts[2],
            people: &texts[3],
            context: &texts[4],
            translation: Some(&texts[5]),
            overlays: Some(&texts[6]),
        };
        if let Err(problems) = load(&files) {
            prop_assert!(!problems.is_empty());
            for p in &problems {
                let shown = p.to_string();
                prop_assert!(FILES.contains(&p.file.as_str()), "unknown file in {shown}");
                prop_assert!(shown.starts_with(p.file.as_str()), "{shown}");
                prop_assert!(shown.len() > p.file.len() + 5, "no message in {shown}");
            }
        }
    }
}
