//! Embedding the app in another page: the Embed dialog, which gives the `<iframe>` snippet
//! of the current view at a chosen size, and the embedded page's link back to the full app.
//!
//! The embedded page is the same page with `embed=1` in its query: index.html's first
//! script puts the `embed` class on `<html>` before the first paint, and the stylesheet
//! lays the prerendered view out for a frame from there (map and timeline filling it, the
//! reader a sheet over them). So nothing here changes what is rendered, only what shows.

use leptos::prelude::*;

use crate::state::url;
use crate::state::{AppState, Lang};
use crate::ui::clipboard;
use crate::ui::i18n::{strings, tr};
use crate::ui::url_sync;

/// The view's query as the full app writes it (`url_sync::keep_url_in_step` keeps it).
#[derive(Clone, Copy)]
pub struct ViewQuery(pub RwSignal<String>);

/// The frame sizes offered, from the smallest the embedded layout is made for to the
/// largest; the second is the default.
const SIZES: [(u32, u32); 4] = [(400, 300), (640, 360), (800, 450), (1280, 720)];

/// The embedded view of the full app's `query` in `lang`, as a query string. The language
/// is always written: the page holding the frame is read by people whose browsers prefer
/// other languages than its author's, and the view chosen is in this one.
fn embedded_query(query: &str, lang: Lang) -> String {
    let mut view = url::parse(query);
    view.lang = Some(lang);
    view.embed = true;
    format!("?{}", url::to_query(&view))
}

/// Escapes the characters an HTML attribute value in double quotes cannot hold.
fn attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The snippet: a frame of `width`×`height` on `src`, titled for screen readers, without
/// a border, loaded when scrolled to, allowed to write the clipboard (for "Cite").
fn snippet(src: &str, (width, height): (u32, u32), title: &str) -> String {
    format!(
        "<iframe src=\"{}\" width=\"{width}\" height=\"{height}\" title=\"{}\" style=\"border:0\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>",
        attribute(src),
        attribute(title)
    )
}

/// The embedded page's bar: a link that opens the same view in the full app, in a new
/// tab. Shown only when embedded (`html.embed`); its address follows the view.
#[component]
pub fn OpenInFull() -> impl IntoView {
    let query = expect_context::<ViewQuery>().0;
    // Relative to the embedded page, which is the app's page: the same view, not embedded.
    let href = move || {
        query.with(|q| {
            if q.is_empty() {
                "./".to_string()
            } else {
                format!("./?{q}")
            }
        })
    };
    view! {
        <p class="embed-bar">
            <a class="open-full" href=href target="_blank" rel="noopener">
                {tr(expect_context::<AppState>().lang, |s| s.embed.open_full)}
            </a>
        </p>
    }
}

/// The header's "Embed" button and its dialog.
#[component]
pub fn EmbedButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let query = expect_context::<ViewQuery>().0;
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let size = RwSignal::new(SIZES[1]);
    let copied = RwSignal::new(None::<bool>);
    let area = NodeRef::<leptos::html::Textarea>::new();
    // The snippet is made when the dialog opens and when its size changes: it needs the
    // page's address, which only the browser knows (the prerender draws the dialog empty).
    let code = RwSignal::new(String::new());
    let refresh = move || {
        let lang = state.lang.get_untracked();
        let words = &strings(lang).embed;
        let src = format!(
            "{}{}",
            url_sync::page_address(),
            embedded_query(&query.get_untracked(), lang)
        );
        code.set(snippet(&src, size.get_untracked(), words.frame_title));
    };
    let open = move |_| {
        copied.set(None);
        refresh();
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let copy = move |_| {
        let text = code.get_untracked();
        leptos::task::spawn_local(async move {
            let ok = clipboard::copy(&text).await;
            if !ok {
                if let Some(area) = area.get_untracked() {
                    let _ = area.focus();
                    area.select();
                }
            }
            copied.set(Some(ok));
        });
    };
    let sizes = SIZES
        .map(|(w, h)| {
            view! {
                <label class="embed-size">
                    <input
                        type="radio"
                        name="embed-size"
                        value=format!("{w}x{h}")
                        prop:checked=move || size.get() == (w, h)
                        on:change=move |_| {
                            size.set((w, h));
                            refresh();
                        }
                    />
                    {format!("{w} × {h}")}
                </label>
            }
        })
        .into_iter()
        .collect_view();
    // The frame drawn at a sixth of its size (a 1280-wide frame is 213 px), so the
    // sizes compare at a glance.
    let preview = move || {
        let (w, h) = size.get();
        format!("width:{}px;height:{}px", w / 6, h / 6)
    };
    let status = move || {
        let words = &strings(state.lang.get()).embed;
        copied
            .get()
            .map(|ok| if ok { words.copied } else { words.copy_by_hand })
    };
    view! {
        <button type="button" class="embed-open" aria-haspopup="dialog" on:click=open>
            {tr(state.lang, |s| s.embed.embed)}
        </button>
        <dialog class="embed-dialog" node_ref=dialog aria-labelledby="embed-title">
            <h2 id="embed-title">{tr(state.lang, |s| s.embed.title)}</h2>
            <p>{tr(state.lang, |s| s.embed.explain)}</p>
            <fieldset class="embed-sizes">
                <legend>{tr(state.lang, |s| s.embed.size)}</legend>
                {sizes}
            </fieldset>
            <div class="embed-preview" aria-hidden="true">
                <div class="embed-frame" style=preview>
                    {move || {
                        let (w, h) = size.get();
                        format!("{w} × {h}")
                    }}
                </div>
            </div>
            <label class="embed-code-label" for="embed-code">{tr(state.lang, |s| s.embed.code)}</label>
            <textarea id="embed-code" readonly rows="4" node_ref=area prop:value=move || code.get()></textarea>
            <p class="embed-status" role="status">{status}</p>
            <div class="embed-actions">
                <button type="button" class="embed-copy" on:click=copy>
                    {tr(state.lang, |s| s.embed.copy)}
                </button>
                <form method="dialog">
                    <button type="submit" class="embed-close">{tr(state.lang, |s| s.reader.close)}</button>
                </form>
            </div>
        </dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_escapes_what_it_quotes() {
        let src = format!(
            "https://example.org/{}",
            embedded_query("t=990&q=l%27arm%C3%A9e", Lang::Fr)
        );
        let code = snippet(&src, (640, 360), "A \"title\" <b>");
        assert!(
            code.contains("?t=990&amp;lang=fr&amp;q=l%27arm%C3%A9e&amp;embed=1\""),
            "{code}"
        );
        assert_eq!(embedded_query("", Lang::En), "?lang=en&embed=1");
        assert!(
            code.contains("title=\"A &quot;title&quot; &lt;b>\""),
            "{code}"
        );
        assert!(code.contains("width=\"640\" height=\"360\""), "{code}");
    }
}
