//! The frame around the parts: the interface language, the reader's tabs (the ARIA tabs
//! pattern) and the reader's sheet toggle.

use wasm_bindgen_test::*;

use crate::support::*;

/// The reader's three tab names.
fn tab_names(app: &Mounted) -> Vec<String> {
    texts(app, "[role=tab]")
}

/// FR and EN switch every interface string (title, tabs, headings, buttons), the story's
/// own titles, and the page's `lang`; the memoir's quotations stay in French.
#[wasm_bindgen_test]
async fn the_language_switch_translates_the_interface_and_the_storys_titles() {
    let app = Mounted::app("?lang=en").await;
    wait_eq(
        "the English tabs",
        || tab_names(&app),
        vec![
            "Passages".to_string(),
            "Full text".to_string(),
            "Places".to_string(),
            "Find".to_string(),
        ],
    )
    .await;
    assert_eq!(text(&app, "h1"), "Petrograd 1917");
    assert_eq!(page_lang().as_deref(), Some("en"));
    assert_eq!(
        attrs(&app, "section.region", "aria-label"),
        ["Map", "Timeline", "Reader"]
    );

    click(&app, ".language-switch button[lang=fr]");
    wait_eq("the page's lang", page_lang, Some("fr".to_string())).await;
    assert_eq!(text(&app, "h1"), "Pétrograd 1917");
    assert_eq!(
        tab_names(&app),
        ["Passages", "Texte intégral", "Lieux", "Recherche"]
    );
    assert_eq!(text(&app, ".passages.moment > h2"), "À ce moment");
    assert_eq!(
        text(&app, ".passages .step-title"),
        "Dans sa chambre : « La révolution a éclaté ! »"
    );
    assert_eq!(text(&app, ".play .play-text"), "Lecture");
    assert_eq!(
        attrs(&app, "section.region", "aria-label"),
        ["Carte", "Chronologie", "Lecture"],
        "the regions' names"
    );
    assert_eq!(
        text(&app, ".passages li.passage blockquote.original"),
        "Ayant pris froid en faisant mon meeting le 20 octobre au « Cirque Moderne » je fus \
         obligé de m'aliter.",
        "the memoir is not translated by the switch"
    );

    click(&app, ".language-switch button[lang=en]");
    wait_eq("the page's lang", page_lang, Some("en".to_string())).await;
    assert_eq!(text(&app, "h1"), "Petrograd 1917");
    assert_eq!(tab_names(&app), ["Passages", "Full text", "Places", "Find"]);
}

/// Which tab is selected, its `tabindex`, and which has the focus.
fn tab_state(app: &Mounted) -> (String, Vec<String>, String) {
    (
        selected_tab(app),
        attrs(app, "[role=tab]", "tabindex"),
        focused_id(),
    )
}

/// The tabs follow the ARIA tabs pattern: only the selected tab is in the Tab order, the
/// arrows move to the next or previous one (wrapping around), Home and End to the first
/// and last, the focus follows, and the panel is labelled by the selected tab.
#[wasm_bindgen_test]
async fn the_arrow_home_and_end_keys_move_between_tabs() {
    let app = Mounted::app("?lang=en").await;
    let first = find(&app, "#tab-passages");
    focus(&first);
    let state = |panel: &str, tabindex: [&str; 4]| {
        (
            panel.to_string(),
            tabindex.map(String::from).to_vec(),
            format!("tab-{panel}"),
        )
    };
    assert_eq!(tab_state(&app), state("passages", ["0", "-1", "-1", "-1"]));
    assert_eq!(
        attr(&app, "#reader-panel", "aria-labelledby").as_deref(),
        Some("tab-passages")
    );

    press(&first, "ArrowRight");
    wait_eq(
        "ArrowRight",
        || tab_state(&app),
        state("text", ["-1", "0", "-1", "-1"]),
    )
    .await;
    assert_eq!(
        attr(&app, "#reader-panel", "aria-labelledby").as_deref(),
        Some("tab-text")
    );
    assert!(!is_hidden(&app, ".full-text"), "the tab's panel is shown");

    press(&find(&app, "#tab-text"), "ArrowRight");
    wait_eq(
        "ArrowRight",
        || tab_state(&app),
        state("places", ["-1", "-1", "0", "-1"]),
    )
    .await;
    press(&find(&app, "#tab-places"), "ArrowRight");
    wait_eq(
        "ArrowRight",
        || tab_state(&app),
        state("find", ["-1", "-1", "-1", "0"]),
    )
    .await;
    press(&find(&app, "#tab-find"), "ArrowRight");
    wait_eq(
        "ArrowRight wraps",
        || tab_state(&app),
        state("passages", ["0", "-1", "-1", "-1"]),
    )
    .await;
    press(&find(&app, "#tab-passages"), "ArrowLeft");
    wait_eq(
        "ArrowLeft wraps",
        || tab_state(&app),
        state("find", ["-1", "-1", "-1", "0"]),
    )
    .await;
    press(&find(&app, "#tab-find"), "Home");
    wait_eq(
        "Home",
        || tab_state(&app),
        state("passages", ["0", "-1", "-1", "-1"]),
    )
    .await;
    press(&find(&app, "#tab-passages"), "End");
    wait_eq(
        "End",
        || tab_state(&app),
        state("find", ["-1", "-1", "-1", "0"]),
    )
    .await;
    assert!(!is_hidden(&app, ".find-panel"));
    assert!(is_hidden(&app, ".places-list"));
    assert!(is_hidden(&app, ".passages"));
    assert!(is_hidden(&app, ".full-text"));
}

/// The reader's sheet (the bottom sheet on a phone) opens and closes with its toggle, and
/// opens by itself when the focus enters the reader, closing when it leaves.
#[wasm_bindgen_test]
async fn the_sheet_toggle_follows_clicks_and_the_focus() {
    let app = Mounted::app("?lang=en").await;
    let expanded = || attr(&app, ".sheet-toggle", "aria-expanded").unwrap_or_default();
    assert_eq!(expanded(), "false");
    assert_eq!(
        attr(&app, ".sheet-toggle", "aria-controls").as_deref(),
        Some("reader-panel")
    );
    click(&app, ".sheet-toggle");
    wait_eq("after a click", expanded, "true".to_string()).await;
    click(&app, ".sheet-toggle");
    wait_eq("after a second click", expanded, "false".to_string()).await;

    focus(&find(&app, "#tab-text"));
    wait_eq("the focus in the reader", expanded, "true".to_string()).await;
    focus(&slider(&app));
    wait_eq("the focus on the timeline", expanded, "false".to_string()).await;
}
