//! The search in the memoir, mounted in the browser: the field and the Find panel follow
//! the query (typed or from the URL), the hits list the blocks the story's search gives, the
//! timeline and the map mark them, Escape clears them. The test page cannot fetch the
//! translation, so the French original is what is searched (the reader says so).

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use crate::support::*;

const FIELD: &str = "#find-field";

/// The block ids the Find panel lists, in order.
fn listed(app: &Mounted) -> Vec<String> {
    attrs(app, ".hits .find-hit", "data-block")
}

/// The block ids the story's own search finds in the original for `query`.
fn expected(query: &str) -> Vec<String> {
    let (story, _) = petrograd1917::story::Story::bundled()
        .expect("the bundled story loads")
        .split_translated_text();
    let finder = petrograd1917::logic::find::Finder::new(&story, None);
    finder
        .find(query, true, false)
        .hits
        .iter()
        .map(|h| h.block.id.to_string())
        .collect()
}

#[wasm_bindgen_test]
async fn a_search_in_the_url_opens_its_hits_with_the_field_holding_it() {
    let app = Mounted::app("?lang=fr&q=Gatchina").await;
    wait_until("the hits", || !listed(&app).is_empty()).await;
    assert_eq!(listed(&app), expected("Gatchina"));
    let field: web_sys::HtmlInputElement = find(&app, FIELD).unchecked_into();
    assert_eq!(field.value(), "Gatchina");
    assert_eq!(
        attrs(&app, "#tab-find", "aria-selected"),
        ["true"],
        "the Find tab is open"
    );
    assert!(
        texts(&app, ".hits mark").iter().all(|m| m == "Gatchina"),
        "the words marked are the query's"
    );
    assert!(
        !find_all(&app, ".found-mark").is_empty(),
        "the timeline marks the hits"
    );
    assert!(
        !find_all(&app, ".place.found[data-place=gatchina]").is_empty(),
        "Gatchina stands out on the map"
    );
}

#[wasm_bindgen_test]
async fn typing_updates_the_hits_the_url_keeps_them_and_escape_clears_them() {
    let app = Mounted::app("?lang=en").await;
    wait_until("the field", || try_find(&app, FIELD).is_some()).await;
    type_into(&app, FIELD, "L");
    next_task().await;
    assert!(listed(&app).is_empty(), "one letter searches nothing");
    type_into(&app, FIELD, "Lenine");
    wait_eq("the hits of Lenine", || listed(&app), expected("Lenine")).await;
    wait_until("q= in the URL", || query().contains("q=Lenine")).await;
    type_into(&app, FIELD, "xyzzy");
    wait_eq(
        "no hit said",
        || text(&app, ".find-status"),
        "No match for “xyzzy”.".to_string(),
    )
    .await;
    assert!(listed(&app).is_empty());
    press(&find(&app, FIELD), "Escape");
    wait_until("q= gone from the URL", || !query().contains("q=")).await;
    let field: web_sys::HtmlInputElement = find(&app, FIELD).unchecked_into();
    assert_eq!(field.value(), "");
    assert!(find_all(&app, ".found-mark").is_empty(), "no marks left");
}

/// A common word hits most paragraphs: the first ones are drawn at once (a keystroke stays
/// within a frame), "Show all" draws the rest.
#[wasm_bindgen_test]
async fn a_common_word_draws_its_first_hits_and_show_all_draws_the_rest() {
    let app = Mounted::app("?lang=fr&q=les").await;
    let all = expected("les");
    assert!(all.len() > 20, "les is in most paragraphs: {}", all.len());
    wait_eq("the first hits", || listed(&app), all[..20].to_vec()).await;
    let more = find(&app, ".find-more");
    assert!(
        more.text_content()
            .unwrap_or_default()
            .contains(&all.len().to_string()),
        "the button says how many"
    );
    more.unchecked_ref::<web_sys::HtmlElement>().click();
    wait_eq("every hit", || listed(&app), all).await;
    assert!(try_find(&app, ".find-more").is_none());
}
