//! "Cite": a passage's or a paragraph's citation, in the style of Chicago's notes
//! (`logic::citation`), with a link that reopens its moment at it, copied to the clipboard.
//! A confirmation is announced; where the clipboard is refused (an insecure page, a frame
//! without the permission), the citation is shown selected, to copy by hand.

use leptos::prelude::*;

use crate::logic::citation::{citation, cited_number, CitationStyle};
use crate::state::url::{self, Panel, UrlState};
use crate::state::{AppState, Lang};
use crate::story::{Block, Instant};
use crate::ui::clipboard;
use crate::ui::i18n::strings;
use crate::ui::reader::nav::{Cited, ReaderNav};
use crate::ui::url_sync;

/// The address that reopens the app at `t` (if any) with `block` in the full text.
fn link(state: AppState, lang: Lang, block: &Block, t: Option<Instant>) -> String {
    let page = url_sync::page_address();
    let query = url::to_query(&UrlState {
        minutes: t.map(|t| t.minutes()),
        lang: Some(lang),
        panel: Some(Panel::Text),
        reading: state.chosen_reading.get_untracked(),
        ..UrlState::default()
    });
    format!("{page}?{query}#p-{}", block.id.as_str())
}

/// Copies the citation of `block` (of the translation if `translated`), or shows it to copy.
fn cite(
    state: AppState,
    nav: ReaderNav,
    lang: Lang,
    block: &Block,
    translated: bool,
    t: Option<Instant>,
) {
    let words = &strings(lang).reader;
    let style = CitationStyle {
        open_quote: words.cite_open_quote,
        close_quote: words.cite_close_quote,
        source: words.cite_source,
        paragraph: words.cite_paragraph,
        edition: words.cite_edition,
        translated: words.cite_translated,
    };
    let text = citation(
        state.story.text(),
        &style,
        block.id.as_str(),
        translated,
        &link(state, lang, block, t),
    );
    leptos::task::spawn_local(async move {
        let copied = clipboard::copy(&text).await;
        nav.cited.set(Some(Cited { text, copied }));
    });
}

/// The button that cites `block` (of the translation if `translated`), read at `t`; a
/// quotation's (`passage`) or a full-text paragraph's. Its accessible name says which
/// paragraph, as a list of a dozen "Cite" buttons would otherwise be a dozen of the same.
#[component]
pub fn CiteButton(
    block: &'static Block,
    translated: bool,
    at: Option<Instant>,
    lang: Lang,
    #[prop(optional)] passage: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let nav = expect_context::<ReaderNav>();
    let words = &strings(lang).reader;
    let label = cited_number(state.story.text(), block.id.as_str()).map(|n| {
        let what = if passage {
            words.cite_passage_label
        } else {
            words.cite_paragraph_label
        };
        format!("{what} {n}")
    });
    view! {
        <button
            type="button"
            class="cite"
            aria-label=label
            on:click=move |ev| {
                ev.stop_propagation();
                cite(state, nav, lang, block, translated, at);
            }
        >
            {strings(lang).reader.cite}
        </button>
    }
}

/// What the last "Cite" did: a confirmation, or the citation selected to copy by hand.
#[component]
pub fn CiteStatus() -> impl IntoView {
    let state = expect_context::<AppState>();
    let nav = expect_context::<ReaderNav>();
    let area = NodeRef::<leptos::html::Textarea>::new();
    // Given its words and selected as soon as it is shown, so that a copy takes it whole.
    Effect::new(move || {
        let Some(area) = area.get() else {
            return;
        };
        if let Some(cited) = nav.cited.get_untracked() {
            area.set_value(&cited.text);
        }
        let _ = area.focus();
        area.select();
    });
    view! {
        <div class="cite-status" role="status">
            {move || {
                let words = &strings(state.lang.get()).reader;
                nav.cited.get().map(|cited| {
                    if cited.copied {
                        leptos::either::Either::Left(view! { <p class="cite-copied">{words.cite_copied}</p> })
                    } else {
                        leptos::either::Either::Right(view! {
                            <div class="cite-by-hand">
                                <p>{words.cite_by_hand}</p>
                                <textarea readonly rows="4" node_ref=area></textarea>
                                <button type="button" class="cite-close" on:click=move |_| nav.cited.set(None)>
                                    {words.close}
                                </button>
                            </div>
                        })
                    }
                })
            }}
        </div>
    }
}
