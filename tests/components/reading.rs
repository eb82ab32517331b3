//! The choice of text (original, translation, both). The test page serves only the test's
//! own files, so the translated text the app fetches after the first view
//! (`./translation-<hash>.postcard`, see src/ui/translation_loader.rs) never arrives: the
//! reader must say so and show the original in its place, whatever was chosen.

use wasm_bindgen_test::*;

use crate::support::*;

const SELECT: &str = ".reading-choice select";

/// In English the translation is the default reading; it cannot be had here, so the
/// reader says so, and the passages are the French original, unmarked as translated.
#[wasm_bindgen_test]
async fn without_the_translation_the_reader_says_so_and_the_original_stands_in() {
    let app = Mounted::app("?lang=en").await;
    wait_until("the choice", || try_find(&app, SELECT).is_some()).await;
    assert_eq!(
        texts(&app, ".reading-choice option"),
        ["French original", "English translation", "Both"]
    );
    assert_eq!(
        attrs(&app, ".reading-choice option", "value"),
        ["original", "translation", "both"]
    );
    assert_eq!(
        selected(&app, SELECT),
        "translation",
        "the interface's language decides until the reader chooses"
    );
    wait_eq(
        "the failure notice",
        || text(&app, ".translation-failed"),
        "The translation could not be loaded: the original is shown.".to_string(),
    )
    .await;
    assert_eq!(
        attrs(&app, ".passages li.passage blockquote", "class"),
        ["original", "original"],
        "the original stands in for the translation"
    );
    assert!(try_find(&app, ".translated-mark").is_none());
}

/// Choosing a reading is kept in the URL (`read=`) and a link with it reopens the same
/// choice; in French the original is the default.
#[wasm_bindgen_test]
async fn the_reading_chosen_is_kept_in_the_url_and_restored_from_it() {
    let app = Mounted::app("?lang=fr").await;
    wait_until("the choice", || try_find(&app, SELECT).is_some()).await;
    assert_eq!(
        texts(&app, ".reading-choice option"),
        ["Original français", "Traduction anglaise", "Les deux"]
    );
    assert_eq!(selected(&app, SELECT), "original");
    choose(&app, SELECT, "both");
    wait_until("read=both in the URL", || query().contains("read=both")).await;
    assert_eq!(selected(&app, SELECT), "both");
    // Still the original alone: both readings need the translation.
    wait_eq(
        "the passages",
        || attrs(&app, ".passages li.passage blockquote", "class"),
        vec!["original".to_string(), "original".to_string()],
    )
    .await;
    drop(app);

    let app = Mounted::app("?read=translation&lang=fr").await;
    wait_eq(
        "the choice from the link",
        || selected(&app, SELECT),
        "translation".to_string(),
    )
    .await;
    // Hidden with the places, whose names need no choice of text.
    assert!(!is_hidden(&app, ".reading-choice"));
    click(&app, "#tab-places");
    wait_until("hidden with the places", || {
        is_hidden(&app, ".reading-choice")
    })
    .await;
}
