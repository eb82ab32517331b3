//! The first view as the build prerenders it (the `ssr` feature): what a reader sees before
//! the wasm has run, or with scripts off.

use petrograd1917::logic::clock;
use petrograd1917::story::Story;
use petrograd1917::ui::prerender;

/// The text a browser would show for `html`: tags dropped, entities decoded, spaces
/// collapsed (enough for the markup Leptos writes).
fn visible_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let decoded = text
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_prerendered_first_view_names_the_five_places_the_days_and_the_first_passage() {
    let html = prerender::app_html();
    let text = visible_text(&html);
    for name in [
        "Petrograd",
        "Gatchina",
        "Krasnoye Selo",
        "Tsarskoye Selo",
        "Kronstadt",
    ] {
        assert!(text.contains(name), "{name} is not in the prerendered view");
    }
    for day in [
        "Thursday 26 October 1917 (8 November N.S.)",
        "Friday 27 October 1917 (9 November N.S.)",
        "Saturday 28 October 1917 (10 November N.S.)",
    ] {
        assert!(text.contains(day), "the timeline's day {day:?} is missing");
    }
    let story = Story::bundled().expect("the bundled story loads");
    let first = clock::step_index_at(&story, clock::start(&story))
        .and_then(|i| story.steps().get(i))
        .expect("a step at the story's start");
    assert!(!first.passages.is_empty(), "the first step tells nothing");
    for passage in &first.passages {
        let quote = story.quote(passage);
        let words = quote.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            text.contains(&words),
            "the first moment's passage is missing: {words:?}"
        );
    }
}

#[test]
fn the_prerendered_view_keeps_the_markers_hydration_needs_and_is_not_empty() {
    let html = prerender::app_html();
    // Dynamic text is delimited by `<!>` comments; a minifier that dropped them would
    // break hydration, so the rendered view must still have them.
    assert!(
        html.contains("<!>"),
        "no hydration markers in the rendered view"
    );
    assert!(
        html.starts_with('<'),
        "the view starts with text: {}",
        &html[..40]
    );
    for region in ["id=\"map\"", "id=\"timeline\"", "id=\"reader\""] {
        assert!(html.contains(region), "{region} missing");
    }
}

#[test]
fn the_page_gets_the_view_inside_its_app_container() {
    let page = "<body><div id=no-app hidden></div><div id=app></div><script></script></body>";
    let out = prerender::insert(page, &prerender::app_html()).expect("inserted");
    let container = out.find("<div id=app>").expect("the container") + "<div id=app>".len();
    // Hydration takes the container's first child as the app's first element: an
    // element, with nothing (no whitespace) before it.
    assert!(
        out[container..].starts_with("<header"),
        "the app is not the container's first child"
    );
    assert!(out.ends_with("</div><script></script></body>"));
}
