//! The tooltip of the place under the pointer or the focus: the 1917 name, the modern
//! one, and how approximate the position is. Built by hand (`ui::dom`), as the whole map is.

use crate::ui::reactive::*;
use web_sys::Element;

use super::places::PlaceDraw;
use crate::logic::number::decimal;
use crate::state::{AppState, Lang};
use crate::story::Place;
use crate::ui::dom::El;
use crate::ui::effect::effect;
use crate::ui::i18n::strings;

/// The tooltip's element for `place`, drawn at `d`.
fn tooltip(place: &Place, d: &PlaceDraw, lang: Lang) -> Element {
    let s = &strings(lang).map;
    let code = lang.code();
    let style = format!("left:{}px;top:{}px", decimal(d.at.x, 0), decimal(d.at.y, 0));
    El::new("div")
        .class("map-tooltip")
        .attr("role", "tooltip")
        .attr("style", &style)
        .child(El::new("strong").text(place.name.get(code)))
        .child_opt(place.modern_name.as_ref().map(|m| {
            El::new("span")
                .class("modern")
                .text(&format!("{} ({})", m.get(code), s.modern_name))
        }))
        .child_opt(place.precision_m.map(|m| {
            El::new("span").class("approx").text(&format!(
                "{} {} {}",
                s.approximate,
                decimal(m, 0),
                s.metres
            ))
        }))
        .done()
}

/// Shows the tooltip of the hovered place right after the map's `<svg>`, and removes it
/// when no place is hovered. Built by hand (`ui::dom`) each time it changes;
/// there is no container, so the page holds no tooltip while none is shown.
pub fn place_tooltip(
    svg: Element,
    draws: Memo<Vec<Option<PlaceDraw>>>,
    hovered: RwSignal<Option<usize>>,
) {
    let state = leptos::prelude::expect_context::<AppState>();
    let mut shown: Option<Element> = None;
    effect(move || {
        if let Some(old) = shown.take() {
            old.remove();
        }
        let Some(i) = hovered.get() else {
            return;
        };
        let Some(place) = state.story.places().get(i) else {
            return;
        };
        let Some(d) = draws.with(|d| d.get(i).cloned().flatten()) else {
            return;
        };
        let tip = tooltip(place, &d, state.lang.get());
        let _ = svg.after_with_node_1(&tip);
        shown = Some(tip);
    });
}
