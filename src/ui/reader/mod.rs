//! The reader: passages of the moment or of a place, the full text, the list of places.

use leptos::prelude::*;

/// The reader region's content.
#[component]
pub fn Reader() -> impl IntoView {
    view! { <div class="reader"></div> }
}
