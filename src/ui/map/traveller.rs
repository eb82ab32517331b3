//! Raskolnikov at the clock time: a marker that keeps its size, hidden when the text is
//! silent about where he was.
//!
//! Built by hand (`ui::dom`), as the whole map is: the group is made once and an effect
//! rewrites what the clock, the view or the language changed.

use crate::ui::reactive::*;
use web_sys::Element;

use crate::logic::clock;
use crate::logic::geo::LonLat;
use crate::logic::number::decimal;
use crate::state::AppState;
use crate::ui::dom::{self, El};
use crate::ui::effect::effect;
use crate::ui::i18n::strings;

/// Where to draw him at the clock time, if anywhere.
pub fn traveller_point(state: &AppState) -> Option<LonLat> {
    clock::whereabouts(state.story, state.clock.get()).and_then(|w| w.position.point())
}

/// The group's attributes that change, in the order the effect writes them.
const ATTRS: [&str; 3] = ["transform", "display", "aria-label"];

/// The traveller's marker: a `<g class="traveller">` with its title and three circles.
pub fn traveller(point: Memo<Option<LonLat>>) -> Element {
    let state = leptos::prelude::expect_context::<AppState>();
    let g = El::svg("g").class("traveller").attr("role", "img").done();
    // Written empty now, as `attrs` says, so that an empty value is written too.
    for name in ATTRS {
        dom::set_attr(&g, name, "");
    }
    let title = El::svg("title").done();
    dom::append(&g, &title);
    for (class, r) in [
        ("traveller-pulse", "13"),
        ("traveller-ring", "8"),
        ("traveller-dot", "4"),
    ] {
        dom::append(&g, &El::svg("circle").class(class).attr("r", r).done());
    }
    let group = g.clone();
    let mut attrs: [String; 3] = Default::default();
    let mut title_text = "";
    effect(move || {
        let at = point
            .get()
            .map(|p| state.viewport.get().lonlat_to_screen(p));
        let label = strings(state.lang.get()).map.traveller;
        let values = [
            at.map(|s| format!("translate({} {})", decimal(s.x, 1), decimal(s.y, 1)))
                .unwrap_or_default(),
            if at.is_some() { "inline" } else { "none" }.to_owned(),
            label.to_owned(),
        ];
        for ((name, value), last) in ATTRS.iter().zip(&values).zip(&mut attrs) {
            dom::set_attr_cached(&group, name, value, last);
        }
        if title_text != label {
            title.set_text_content(Some(label));
            title_text = label;
        }
    });
    g
}
