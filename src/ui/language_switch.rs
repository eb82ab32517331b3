//! Buttons for the interface language; the current one is pressed.

use leptos::prelude::*;

use crate::state::{AppState, Lang};
use crate::ui::i18n::tr;

/// One button per language, each named in its own language (`lang` says which, so
/// screen readers pronounce it right).
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let buttons = Lang::ALL.map(|lang| {
        view! {
            <button
                type="button"
                lang=lang.code()
                aria-pressed=move || if state.lang.get() == lang { "true" } else { "false" }
                on:click=move |_| state.lang.set(lang)
            >
                {lang.label()}
            </button>
        }
    });
    view! {
        <div
            class="language-switch"
            role="group"
            aria-label=tr(state.lang, |s| s.app.language)
        >
            {buttons}
        </div>
    }
}
