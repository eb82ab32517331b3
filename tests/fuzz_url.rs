#![cfg(not(target_arch = "wasm32"))]
//! Generated URLs for the URL-state parser: 100,000 hostile or random query strings, none
//! of which may panic, and each parameter either parsed into an in-range value or dropped.

use petrograd1917::state::url::{parse, to_query, UrlState};
use proptest::prelude::*;

/// Keys the parser knows, and a few it does not, so generated queries hit real parameters.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("place".to_string()),
        Just("t".to_string()),
        Just("map".to_string()),
        Just("lang".to_string()),
        Just("panel".to_string()),
        "[a-z]{0,6}",
        ".{0,8}",
    ]
}

/// Values from the plausible to the hostile.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<script>alert(1)</script>".to_string()),
        Just("NaN,inf,-inf".to_string()),
        Just("1e309".to_string()),
        Just("99999999999999999999".to_string()),
        Just("%3Cscript%3E".to_string()),
        "-?[0-9]{0,12}",
        "-?[0-9]{1,3}\\.[0-9]{0,8},-?[0-9]{1,3}\\.[0-9]{0,8},[0-9]{1,2}(\\.[0-9]{0,3})?",
        "[a-z-]{0,70}",
        ".{0,80}",
    ]
}

fn query() -> impl Strategy<Value = String> {
    prop::collection::vec((key(), value(), prop::bool::ANY), 0..8).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v, with_eq)| if with_eq { format!("{k}={v}") } else { k })
            .collect::<Vec<_>>()
            .join("&")
    })
}

fn check(state: &UrlState) {
    if let Some(place) = &state.place {
        assert!(!place.is_empty() && place.len() <= 64);
        assert!(place
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
    }
    if let Some(minutes) = state.minutes {
        assert!(minutes.abs() <= 10 * 24 * 60);
    }
    if let Some(map) = state.map {
        assert!(map.lat.is_finite() && map.lon.is_finite() && map.zoom.is_finite());
        assert!((0.0..=24.0).contains(&map.zoom));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 50_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn structured_queries_never_panic_and_stay_in_range(q in query()) {
        let state = parse(&q);
        check(&state);
        // What the app writes back is valid, and writing it again changes nothing (the map
        // view is rounded once, to 1 m, then stays put).
        let written = parse(&to_query(&state));
        check(&written);
        prop_assert_eq!(parse(&to_query(&written)), written.clone());
        prop_assert_eq!(written.place, state.place);
        prop_assert_eq!(written.minutes, state.minutes);
    }

    #[test]
    fn arbitrary_text_never_panics(q in ".{0,200}") {
        check(&parse(&q));
    }
}
