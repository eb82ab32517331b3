//! Shown instead of the app when the story data does not validate.

use leptos::prelude::*;

use crate::story::Problem;
use crate::ui::i18n::strings;
use crate::ui::url_sync;

/// Every problem with its file, record and field, so whoever edited `assets/` knows what
/// to fix. Each problem goes in as text, never as HTML, and is logged to the console too.
#[component]
pub fn DataProblems(problems: Vec<Problem>) -> impl IntoView {
    let text = strings(url_sync::browser_lang());
    let items = problems
        .iter()
        .map(|problem| {
            let message = problem.to_string();
            leptos::logging::error!("story data: {message}");
            view! {
                <li>
                    <code>{message}</code>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <main class="data-problems" role="alert">
            <h1>{text.app.error_title}</h1>
            <p>{text.app.error_data}</p>
            <ul>{items}</ul>
        </main>
    }
}
