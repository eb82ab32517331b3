//! What a reader sees if the app ever panics: a message and a way back, never a blank page.
//!
//! A panic in wasm ends the program, so the message is written straight into the page with
//! `web-sys` (as text, never as HTML) before the program stops, and logged to the console:
//! Leptos' renderer cannot run once the program has panicked.

use std::panic::PanicHookInfo;

use wasm_bindgen::JsCast;

use crate::state::Lang;
use crate::ui::i18n::strings;

/// Installs the hook; call once, before anything else runs.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(info);
    }));
}

fn show(info: &PanicHookInfo<'_>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let element = |tag: &str, text: &str| {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let Some(panel) = document.create_element("div").ok() else {
        return;
    };
    panel.set_class_name("panic-view");
    let _ = panel.set_attribute("role", "alert");
    let (en, fr) = (&strings(Lang::En).app, &strings(Lang::Fr).app);
    let detail = info.to_string();
    let parts = [
        element("h1", &format!("{} / {}", en.error_title, fr.error_title)),
        element(
            "p",
            "The app stopped because of a bug. Reloading usually helps; the link below opens the default view. / L'application s'est arrêtée à cause d'un bogue ; le lien ci-dessous ouvre la vue par défaut.",
        ),
        element("pre", &detail),
    ];
    for part in parts.into_iter().flatten() {
        let _ = panel.append_child(&part);
    }
    if let Some(link) = element("a", &format!("{} / {}", en.error_back, fr.error_back)) {
        let _ = link.set_attribute("href", "./");
        let _ = panel.append_child(&link);
    }
    body.set_text_content(None);
    let _ = body.append_child(panel.unchecked_ref());
}
