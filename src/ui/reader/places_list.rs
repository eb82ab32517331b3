//! The places as a list: the text alternative to the map. Visited places first, in the
//! order he first went there, each with its stops and their dates; then the places the
//! text only names. Each name selects the place, as a click on the map does.
//!
//! Built by hand (`ui::dom`), drawn again when the language changes; one click listener
//! serves every name, which carries its place in `data-place`.

use crate::ui::reactive::*;
use web_sys::Element;

use crate::logic::clock;
use crate::state::url::Panel;
use crate::state::{AppState, Lang};
use crate::story::{Place, Story};
use crate::ui::dom::{self, closest, El};
use crate::ui::effect::effect;
use crate::ui::i18n::{day_label, strings};
use crate::ui::timeline::time_words;

/// A place's name as a button that selects it, and its modern name when it changed.
fn place_item(lang: Lang, place: &Place) -> El {
    let code = lang.code();
    El::new("li")
        .child(
            El::new("button")
                .attr("type", "button")
                .class("place-button")
                .attr("data-place", place.id.as_str())
                .attr("aria-pressed", "false")
                .text(place.name.get(code)),
        )
        .child_opt(place.modern_name.as_ref().map(|m| {
            El::new("span").class("modern-name").text(&format!(
                " ({} {})",
                strings(lang).map.modern_name,
                m.get(code)
            ))
        }))
}

/// The two lists, in `panel`.
fn draw(panel: &Element, story: &'static Story, lang: Lang) {
    let words = &strings(lang).reader;
    let mut visited: Vec<(usize, &'static Place)> = story
        .places()
        .iter()
        .filter_map(|p| clock::first_visit(story, p.id.as_str()).map(|i| (i, p)))
        .collect();
    visited.sort_by_key(|(i, _)| *i);
    let mut list = El::new("ul").class("places");
    for (_, place) in visited {
        let mut stops = El::new("ul").class("stops");
        for step in story.steps().iter().filter(|s| {
            s.place()
                .is_some_and(|p| story.is_within(p.as_str(), place.id.as_str()))
        }) {
            let t = step.span.start;
            stops = stops.child(El::new("li").text(&format!(
                "{}, {} — {}",
                day_label(lang, t),
                time_words(story, lang, t),
                step.title.get(lang.code())
            )));
        }
        list = list.child(place_item(lang, place).child(stops));
    }
    El::new("h2").text(words.visited_places).append_to(panel);
    list.append_to(panel);
    let mut mentioned = El::new("ul").class("places");
    for place in story
        .places()
        .iter()
        .filter(|p| clock::first_visit(story, p.id.as_str()).is_none())
    {
        mentioned = mentioned.child(place_item(lang, place));
    }
    El::new("h2").text(words.mentioned_only).append_to(panel);
    mentioned.append_to(panel);
}

/// Presses the selected place's button.
fn show_selected(panel: &Element, selected: Option<&str>) {
    dom::each(panel, ".place-button", |button| {
        let pressed =
            selected.is_some() && button.get_attribute("data-place").as_deref() == selected;
        dom::set_attr(
            &button,
            "aria-pressed",
            if pressed { "true" } else { "false" },
        );
    });
}

/// The panel.
pub fn places_list() -> Element {
    let state = leptos::prelude::expect_context::<AppState>();
    let root = El::new("div").class("places-list").done();
    // Drawn when first shown, and again when the language changes while it is shown.
    let panel = root.clone();
    effect(move || {
        if state.panel.get() != Panel::Places {
            return;
        }
        let lang = state.lang.get();
        dom::clear(&panel);
        draw(&panel, state.story, lang);
        show_selected(
            &panel,
            state.selected.get_untracked().as_ref().map(|s| s.as_str()),
        );
    });
    let panel = root.clone();
    effect(move || {
        let selected = state.selected.get();
        show_selected(&panel, selected.as_ref().map(|s| s.as_str()));
    });
    dom::on(&root, "click", move |ev| {
        if let Some(id) = closest(&ev, ".place-button").and_then(|b| b.get_attribute("data-place"))
        {
            state.select_place(&id);
        }
    });
    dom::bind_flag(&root, "hidden", move || state.panel.get() != Panel::Places);
    root
}
