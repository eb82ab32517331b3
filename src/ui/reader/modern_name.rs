//! A place's modern name beside its 1917 one, where it changed ("Tsarskoye Selo (today
//! Pushkin)"), in the passages' heading and the places list alike.

use leptos::prelude::*;

use crate::state::AppState;
use crate::story::Place;
use crate::ui::i18n::strings;
use crate::ui::reader::local;

/// ` (today …)` after the place's name, or nothing when the name has not changed.
#[component]
pub fn ModernName(place: &'static Place) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    place.modern_name.as_ref().map(|m| {
        let modern = local(m);
        let text = move || format!(" ({} {})", strings(lang.get()).map.modern_name, modern());
        view! { <span class="modern-name">{text}</span> }
    })
}
