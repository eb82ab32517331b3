//! The map's controls and furniture: zoom buttons, "whole story", the scale bar, the north
//! arrow and the attribution line.
//!
//! Built by hand (`ui::dom`), as the whole map is: a `view!` per control cost more wasm
//! than the controls are worth. One click listener serves the three buttons, told apart
//! by their class.

use crate::ui::reactive::*;
use web_sys::{Element, Text};

use super::animation::Animator;
use crate::logic::geo::{scale_bar, Limits};
use crate::logic::number::decimal;
use crate::logic::story_view;
use crate::state::AppState;
use crate::ui::dom::{self, El};
use crate::ui::effect::effect;
use crate::ui::i18n::{strings, MapStrings, Strings};

/// Zooms by `delta` levels around the screen centre, animated; a manual move, so follow
/// stops.
pub fn zoom_by(state: AppState, anim: &Animator, delta: f64) {
    let v = state.viewport.get_untracked();
    let zoom = Limits::petrograd().clamp_zoom(v.zoom + delta);
    state.follow.set(false);
    anim.animate_to(state, v.zoom_around(v.screen_centre(), zoom));
}

/// The three buttons' classes and the text each shows ("whole story" shows an icon).
const BUTTONS: [(&str, Option<&str>); 3] = [
    ("zoom-in", Some("+")),
    ("zoom-out", Some("−")),
    ("whole-story", None),
];

/// The controls' names in a language, in the order of [`BUTTONS`].
fn button_names(s: &MapStrings) -> [&'static str; 3] {
    [s.zoom_in, s.zoom_out, s.whole_story]
}

/// What changes after the first drawing: the names (with the language) and the scale bar
/// (with the view).
struct Drawn {
    /// The four blocks, in the order they follow the map's `<svg>`.
    blocks: Vec<Element>,
    buttons: Vec<Element>,
    north: Element,
    edition: Text,
    credit: Text,
    scale: Element,
    /// The language's strings last written.
    strings: Option<&'static Strings>,
    /// The scale bar's label and width last drawn.
    bar: Option<(String, String)>,
}

/// An inline SVG icon, hidden from assistive technology (its control has the name).
fn icon(view_box: &str, width: &str, height: &str) -> El {
    El::svg("svg")
        .attr("viewBox", view_box)
        .attr("width", width)
        .attr("height", height)
        .attr("aria-hidden", "true")
}

/// Builds the controls, once.
fn build(state: AppState, anim: Animator) -> Drawn {
    let controls = El::new("div").class("map-controls").done();
    let mut buttons = Vec::new();
    for (class, text) in BUTTONS {
        let button = El::new("button").attr("type", "button").class(class);
        let button = match text {
            Some(text) => button.text(text),
            None => button.child(icon("-8 -8 16 16", "18", "18").child(
                El::svg("path").attr("d", "M-7,-3 V-7 H-3 M3,-7 H7 V-3 M7,3 V7 H3 M-3,7 H-7 V3"),
            )),
        };
        let button = button.done();
        dom::append(&controls, &button);
        buttons.push(button);
    }
    dom::listen(
        &controls,
        &["click"],
        Box::new(move |ev| {
            let Some(button) = dom::closest(&ev, "button") else {
                return;
            };
            let class = button.class_name();
            if class == "zoom-in" {
                zoom_by(state, &anim, 1.0);
            } else if class == "zoom-out" {
                zoom_by(state, &anim, -1.0);
            } else if class == "whole-story" {
                let v = state.viewport.get_untracked();
                state.follow.set(false);
                anim.animate_to(
                    state,
                    story_view::whole_story(state.story, v.width, v.height),
                );
            }
        }),
    );

    let north = El::new("div")
        .class("map-north")
        .attr("role", "img")
        .child(
            icon("-12 -16 24 32", "22", "30")
                .child(
                    El::svg("path")
                        .class("n-left")
                        .attr("d", "M0,-11 L-6,8 L0,4 Z"),
                )
                .child(
                    El::svg("path")
                        .class("n-right")
                        .attr("d", "M0,-11 L6,8 L0,4 Z"),
                ),
        )
        .child(El::new("span").text("N"))
        .done();

    let scale = El::new("div")
        .class("map-scale")
        .attr("aria-hidden", "true")
        .done();

    let attribution = El::new("p").class("map-attribution").done();
    let edition = dom::text_node(&attribution, "");
    dom::append_text(&attribution, " · ");
    let credit = dom::text_node(&attribution, "");
    Drawn {
        blocks: vec![controls, north.clone(), scale.clone(), attribution],
        buttons,
        north,
        edition,
        credit,
        scale,
        strings: None,
        bar: None,
    }
}

/// The controls and furniture, to follow the map's `<svg>` in its region: the names
/// follow the language and the scale bar the view.
pub fn furniture(anim: Animator) -> Vec<Element> {
    let state = leptos::prelude::expect_context::<AppState>();
    let mut d = build(state, anim);
    let blocks = d.blocks.clone();
    effect(move || {
        let all = strings(state.lang.get());
        let v = state.viewport.get();
        if !d.strings.is_some_and(|old| std::ptr::eq(old, all)) {
            let s = &all.map;
            for (button, name) in d.buttons.iter().zip(button_names(s)) {
                dom::set_attr(button, "aria-label", name);
                dom::set_attr(button, "title", name);
            }
            dom::set_attr(&d.north, "aria-label", s.north);
            d.edition.set_data(s.edition);
            d.credit.set_data(all.app.credit_map);
            d.strings = Some(all);
        }
        let bar = scale_bar(v.centre.lat, v.zoom, 120.0)
            .map(|b| (b.label, format!("width:{}px", decimal(b.pixels, 0))));
        if bar != d.bar {
            dom::clear(&d.scale);
            if let Some((label, style)) = &bar {
                dom::append(
                    &d.scale,
                    &El::new("span").class("scale-label").text(label).done(),
                );
                dom::append(
                    &d.scale,
                    &El::new("span")
                        .class("scale-bar")
                        .attr("style", style)
                        .done(),
                );
            }
            d.bar = bar;
        }
    });
    blocks
}
