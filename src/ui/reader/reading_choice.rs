//! The choice of text, when the story has a translation: the original, the project's
//! translation, or both. One choice for the passages and the full text, kept in the state
//! and the URL (`read=`), so it survives a reload; until the reader chooses, the interface
//! language decides (see `AppState::reading`). A select, so that it takes one line even on
//! a phone with the text enlarged.

use leptos::prelude::*;

use crate::state::url::{Panel, Reading};
use crate::state::AppState;
use crate::ui::i18n::Strings;
use crate::ui::reader::tr;

/// A choice's name, in the strings of a language.
fn label(reading: Reading) -> fn(&'static Strings) -> &'static str {
    match reading {
        Reading::Original => |s| s.reader.reading_original,
        Reading::Translation => |s| s.reader.reading_translation,
        Reading::Both => |s| s.reader.reading_both,
    }
}

/// The choice, shown with the passages and the full text; it says so when the translation
/// could not be fetched.
#[component]
pub fn ReadingChoice() -> impl IntoView {
    let state = expect_context::<AppState>();
    state.story.translation()?;
    let choose = move |ev| {
        if let Some(reading) = Reading::from_code(&event_target_value(&ev)) {
            state.chosen_reading.set(Some(reading));
        }
    };
    Some(view! {
        <p class="reading-choice" hidden=move || state.panel.get() == Panel::Places>
            <label>
                {tr(|s| s.reader.reading_choice)}
                " "
                <select on:change=choose>
                    {Reading::ALL.map(|reading| view! {
                        <option value=reading.code() prop:selected=move || state.reading() == reading>
                            {tr(label(reading))}
                        </option>
                    })}
                </select>
            </label>
            {move || state.translation_failed.get().then(|| view! {
                " " <strong class="translation-failed">{tr(|s| s.reader.translation_failed)}</strong>
            })}
        </p>
    })
}
