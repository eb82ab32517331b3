//! The page layout: the map, the timeline and the reader, with the title and the credits.

use leptos::prelude::*;

/// The whole app. Its three regions are landmarks so that a screen-reader user can jump
/// between them, and each has a stable id the end-to-end tests and the skip link use.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <a class="skip-link" href="#reader">"Skip to the text"</a>
        <header class="app-header">
            <h1>"Petrograd 1917"</h1>
            <p class="subtitle">"F. Raskolnikov, 26–28 October 1917"</p>
        </header>
        <main class="app-main">
            <section id="map" class="region region-map" aria-label="Map"></section>
            <section id="timeline" class="region region-timeline" aria-label="Timeline"></section>
            <section id="reader" class="region region-reader" aria-label="Reader" tabindex="-1"></section>
        </main>
        <footer class="app-footer">
            <p class="credit">
                "Text: F. Raskolnikov, « La Révolution d'Octobre (souvenirs sur Lénine) », in "
                <cite>"Lénine en Octobre 1917"</cite>
                ", Bureau d'Éditions, Paris, 1934, completed from the 1925 English edition; "
                "translation and notes: Marxists Internet Archive."
            </p>
        </footer>
    }
}
