//! The first view rendered to HTML, natively, at build time (the `ssr` feature): the
//! `prerender` binary writes it into the built `index.html`, so a reader sees the map, the
//! timeline and the moment's passage as soon as the HTML and CSS arrive; the wasm then
//! hydrates it ([`super::start`]).
//!
//! It is the default view: the state's defaults, before the URL, the browser's language or
//! any size is read (those are applied after hydration, so the browser's first render equals
//! this one node for node).

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;

use super::{App, CONTAINER_ID};

/// The app's first view as HTML, with the comment markers hydration finds its way by.
pub fn app_html() -> String {
    // Isomorphic effects (a `Selector`'s) need an executor; a second call finds it set.
    let _ = any_spawner::Executor::init_futures_executor();
    // Under a shared context for SSR, as Leptos' server integrations render.
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| view! { <App/> }.to_html());
    drop(owner);
    html
}

/// Why a page cannot take the prerendered view.
#[derive(Debug, PartialEq, Eq)]
pub enum InsertError {
    /// The page has no empty `<div id="app"></div>` to write it into.
    NoContainer,
    /// The page already holds a rendered view (the hook ran twice).
    AlreadyRendered,
}

impl std::fmt::Display for InsertError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NoContainer => write!(
                f,
                "the page has no empty <div id=\"{CONTAINER_ID}\"></div> to render the app into"
            ),
            Self::AlreadyRendered => write!(f, "the page's app container is not empty"),
        }
    }
}

/// `page` with `app` written into its (empty) app container. Trunk's minifier may have
/// dropped the attribute's quotes, so both spellings are recognised.
pub fn insert(page: &str, app: &str) -> Result<String, InsertError> {
    let spellings = [
        format!("<div id=\"{CONTAINER_ID}\">"),
        format!("<div id={CONTAINER_ID}>"),
    ];
    let (start, open) = spellings
        .iter()
        .find_map(|open| page.find(open.as_str()).map(|at| (at, open.len())))
        .ok_or(InsertError::NoContainer)?;
    let inside = start + open;
    if !page[inside..].starts_with("</div>") {
        return Err(InsertError::AlreadyRendered);
    }
    Ok(format!("{}{app}{}", &page[..inside], &page[inside..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_goes_inside_the_empty_container_quoted_or_not() {
        for page in [
            "<body><p>x</p><div id=\"app\"></div></body>",
            "<body><p>x</p><div id=app></div></body>",
        ] {
            let out = insert(page, "<main>m</main>").expect("a container");
            assert!(
                out.contains("app><main>m</main></div></body>")
                    || out.contains("app\"><main>m</main></div></body>"),
                "{out}"
            );
        }
    }

    #[test]
    fn a_page_without_an_empty_container_is_refused() {
        assert_eq!(insert("<body></body>", "x"), Err(InsertError::NoContainer));
        assert_eq!(
            insert("<div id=\"app\"><main></main></div>", "x"),
            Err(InsertError::AlreadyRendered)
        );
    }
}
