#![cfg(not(target_arch = "wasm32"))]
//! The map's labels, natively: laid out again only when what they depend on changes (the
//! view, the places' states, the language), never at a clock tick that changes no place;
//! and laid out with the font sizes `map.css` draws them at.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use leptos::prelude::*;
use petrograd1917::logic::{clock, story_view};
use petrograd1917::state::{AppState, Lang};
use petrograd1917::story::{Step, Story};
use petrograd1917::ui::map::derived::MapMemos;
use petrograd1917::ui::map::label_metrics::{DISTRICT_FONT, LINE_FONT, OVERLAY_FONT, TODAY_SCALE};
use petrograd1917::ui::map::places;

fn story() -> &'static Story {
    Box::leak(Box::new(Story::bundled().expect("the bundled story loads")))
}

/// The first stop long enough to tick through, followed by a step of its own.
fn long_stop(story: &Story) -> &Step {
    let steps = story.steps();
    steps[..steps.len().saturating_sub(1)]
        .iter()
        .find(|s| s.place().is_some() && s.span.minutes() >= 10)
        .expect("a stop of ten minutes or more before the last step")
}

#[test]
fn a_clock_tick_that_changes_no_place_lays_no_label_out() {
    let story = story();
    let owner = Owner::new();
    owner.with(|| {
        let view = story_view::whole_story(story, 412.0, 823.0);
        let state = AppState::new(story, view, Lang::default());
        let runs = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&runs);
        let memos = MapMemos::with_layout(state, move |story, view, states, lang| {
            counted.fetch_add(1, Ordering::SeqCst);
            places::layout(story, view, states, lang)
        });
        let layouts = || runs.load(Ordering::SeqCst);
        let draw = || memos.draws.with(|d| d.iter().flatten().count());

        let stop = long_stop(story);
        state.set_clock(stop.span.start);
        assert!(draw() > 0, "no place drawn");
        let before = layouts();
        let states = memos.states.get();
        for minute in 1..stop.span.minutes() {
            state.set_clock(stop.span.start.plus_minutes(minute));
            draw();
            assert_eq!(memos.states.get(), states, "a place changed state mid-stop");
            assert_eq!(
                layouts(),
                before,
                "the labels were laid out again at {}, {minute} min into stop {}",
                state.clock.get_untracked(),
                stop.id.as_str()
            );
        }

        // The count is live: the next step changes the stop's place (current, then
        // visited), and a pan moves every marker; each lays the labels out once.
        state.set_clock(stop.span.end);
        draw();
        assert_ne!(memos.states.get(), states);
        assert_eq!(layouts(), before + 1, "a new state, no new layout");
        state.viewport.update(|v| *v = v.pan_by(5.0, 0.0));
        draw();
        assert_eq!(layouts(), before + 2, "a pan, no new layout");
        assert_eq!(
            clock::step_index_at(story, state.clock.get_untracked()),
            state.step.get_untracked()
        );
    });
}

/// The value of `property` in the rule of `map.css` whose selector is exactly `selector`.
fn css_value(css: &str, selector: &str, property: &str) -> Option<String> {
    let open = format!("{selector} {{");
    let rule = css
        .lines()
        .position(|l| l.trim_start().starts_with(&open))
        .map(|i| css.lines().skip(i).collect::<Vec<_>>().join("\n"))?;
    let body = rule.split_once('{')?.1.split_once('}')?.0;
    body.split(';').find_map(|decl| {
        let (name, value) = decl.split_once(':')?;
        (name.trim() == property).then(|| value.trim().to_owned())
    })
}

#[test]
fn the_label_sizes_laid_out_are_the_sizes_map_css_draws() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui/map/map.css");
    let css = std::fs::read_to_string(path).expect("map.css reads");
    let font = |selector: &str| css_value(&css, selector, "font-size");
    assert_eq!(font(".map .city-label"), Some(format!("{LINE_FONT}px")));
    assert_eq!(
        font(".map .city-label.district"),
        Some(format!("{DISTRICT_FONT}px"))
    );
    assert_eq!(
        font(".map .city-label .today"),
        Some(format!("{TODAY_SCALE}em"))
    );
    assert_eq!(
        font(".map .overlay-label"),
        Some(format!("{OVERLAY_FONT}px"))
    );
    // A place's name takes its size from its `font-size` attribute, which a size in the
    // stylesheet would override.
    for selector in [
        ".map .place-label",
        ".map .place.rank-1 .place-label",
        ".map .place.mentioned .place-label",
        ".map .place.selected .place-label",
    ] {
        assert_eq!(font(selector), None, "{selector} sets a font-size");
    }
    assert!(css_value(&css, ".map .place-label", "fill").is_some());
}
