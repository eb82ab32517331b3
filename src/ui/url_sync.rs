//! Keeps the address bar in step with the state, and the state with the address at start.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use crate::logic::clock;
use crate::logic::geo::{Limits, LonLat, Viewport};
use crate::state::url::{self, MapView, UrlState};
use crate::state::{AppState, Lang, Panel};
use crate::story::Instant;

/// How long the state must rest before the URL is rewritten: dragging the map or playing
/// the timeline would otherwise rewrite it every frame, which browsers throttle.
const DEBOUNCE_MS: u32 = 250;

/// The query string the page was opened with.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's address without its query: what a citation's link, an embedding frame's
/// `src` or a link to the full app is made from.
pub fn page_address() -> String {
    web_sys::window()
        .map(|w| w.location())
        .map(|l| {
            format!(
                "{}{}",
                l.origin().unwrap_or_default(),
                l.pathname().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// The browser's preferred interface language.
pub fn browser_lang() -> Lang {
    let languages = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| {
            list.iter()
                .filter_map(|v| v.as_string())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    Lang::from_preferences(languages.iter().map(String::as_str))
}

/// Sets `signal` to `value` only if it differs: the URL is applied once the page is live
/// (after hydration), and a `set` of the same value would still redraw everything that
/// reads the signal.
fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|current| *current != value) {
        signal.set(value);
    }
}

/// Applies what the URL says to the state; each value is checked against the story and
/// the map's limits, and a value that does not fit is ignored on its own.
pub fn apply(state: &AppState, parsed: &UrlState) {
    if let Some(lang) = parsed.lang {
        set_if_changed(state.lang, lang);
    }
    if let Some(minutes) = parsed.minutes {
        let t = Instant::from_minutes(minutes);
        if clock::start(state.story) <= t && t <= clock::end(state.story) {
            set_if_changed(state.clock, t);
        }
    }
    if let Some(place) = parsed.place.as_deref() {
        if let Some(place) = state.story.place(place) {
            set_if_changed(state.selected, Some(place.id.clone()));
        }
    }
    if let Some(panel) = parsed.panel {
        set_if_changed(state.panel, panel);
    }
    if parsed.query.is_some() {
        set_if_changed(state.query, parsed.query.clone());
        // A search shared by a link opens on its hits, unless the link names a panel.
        if parsed.panel.is_none() {
            set_if_changed(state.panel, Panel::Find);
        }
    }
    if parsed.reading.is_some() && state.story.translation().is_some() {
        set_if_changed(state.chosen_reading, parsed.reading);
    }
    if let Some(view) = parsed.map {
        let current = state.viewport.get_untracked();
        let wanted = Viewport::new(
            LonLat::new(view.lon, view.lat),
            view.zoom,
            current.width,
            current.height,
        );
        let limits = Limits::petrograd();
        if limits
            .bounds
            .contains(crate::logic::geo::projection::project(wanted.centre))
        {
            state.viewport.set(wanted.clamped(&limits));
            state.follow.set(false);
        }
    }
}

/// Applies the browser's preferred language, if it is not the one the page started in.
pub fn apply_lang(state: &AppState, lang: Lang) {
    set_if_changed(state.lang, lang);
}

/// The URL form of the state; defaults are left out so the plain URL is the default view.
fn to_url_state(state: &AppState, default_lang: Lang, map_moved: bool) -> UrlState {
    let view = state.viewport.get();
    let t = state.clock.get();
    UrlState {
        place: state.selected.get().map(|id| id.to_string()),
        minutes: (t != clock::start(state.story)).then(|| t.minutes()),
        map: map_moved.then_some(MapView {
            lat: view.centre.lat,
            lon: view.centre.lon,
            zoom: view.zoom,
        }),
        lang: {
            let lang = state.lang.get();
            (lang != default_lang).then_some(lang)
        },
        panel: {
            let panel = state.panel.get();
            (panel != Panel::default()).then_some(panel)
        },
        reading: state.chosen_reading.get(),
        query: state.query.get(),
        embed: false,
    }
}

/// Starts writing the state to the address bar (with `replaceState`, so the back button
/// is not flooded), a moment after each change. The map view is written only once the
/// reader has moved the map by hand (follow is off); otherwise it is derived. An embedded
/// page (`embedded`) keeps saying so. `view_query` gets the view's query as the full app
/// would have it (never embedded), at once: the embedded page's "open in full" link and
/// the Embed dialog's snippet are made from it.
pub fn keep_url_in_step(
    state: AppState,
    default_lang: Lang,
    embedded: bool,
    view_query: RwSignal<String>,
) {
    // The write not yet done: replacing it drops it, and a dropped Timeout never fires.
    let pending = StoredValue::new_local(None::<Timeout>);
    Effect::new(move || {
        let map_moved = !state.follow.get();
        let mut view = to_url_state(&state, default_lang, map_moved);
        let full = url::to_query(&view);
        if view_query.with_untracked(|q| *q != full) {
            view_query.set(full);
        }
        view.embed = embedded;
        let query = url::to_query(&view);
        let write = Timeout::new(DEBOUNCE_MS, move || write_query(&query));
        pending.set_value(Some(write));
    });
}

fn write_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let target = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    let current = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if current != target {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
        }
    }
}

/// The class index.html's first script puts on `<html>` when the page opens on a link with
/// a view of its own (or in a browser that prefers French): until the app has applied that
/// view, the page says that it is on its way rather than passing the prerendered default
/// off as the view asked for.
const VIEW_PENDING_CLASS: &str = "view-pending";

/// Says the view asked for is now shown (removes [`VIEW_PENDING_CLASS`]) and that the page
/// is live: `<html data-app="live">`, which tests and the benchmark wait for, since the
/// prerendered page looks the same before the app has taken it over.
pub fn view_applied() {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().remove_1(VIEW_PENDING_CLASS);
        let _ = root.set_attribute("data-app", "live");
    }
}
