//! The first view rendered at build time: what a reader sees before the wasm has run or with
//! scripts off, the app taking it over without a console message, links to other views
//! ending on the view asked for, the five places inside the map at the windows people have,
//! and a prerendered page that differs from the app's render caught, not left dead.

use serde_json::{json, Value};

use crate::browser::{cdp, launch, set_viewport, Browser};
use crate::offline::{copy_build, temp_dir};
use crate::server::{dist_dir, serve_dir, serve_dist, DistServer};

/// The five places the app's description names, by their ids and English names.
const FIVE: [(&str, &str); 5] = [
    ("petrograd", "Petrograd"),
    ("gatchina", "Gatchina"),
    ("krasnoye-selo", "Krasnoye Selo"),
    ("tsarskoye-selo", "Tsarskoye Selo"),
    ("kronstadt", "Kronstadt"),
];

/// Laptops less their browser's bars, a large desktop, a phone.
const WINDOWS: [(u32, u32); 4] = [(1280, 657), (1366, 640), (375, 700), (1920, 1000)];
/// The smallest and the largest windows the first view is made for.
const EXTREMES: [(u32, u32); 2] = [(320, 568), (2560, 1440)];

/// Opens `query` in a viewport of exactly `width`×`height`, with scripts on or off.
async fn open(query: &str, width: u32, height: u32, scripts: bool) -> (DistServer, Browser) {
    open_on(serve_dist(""), query, width, height, scripts).await
}

async fn open_on(
    server: DistServer,
    query: &str,
    width: u32,
    height: u32,
    scripts: bool,
) -> (DistServer, Browser) {
    let browser = launch(width.max(500), height).await;
    set_viewport(&browser, width, height).await;
    if !scripts {
        cdp(
            &browser,
            "Emulation.setScriptExecutionDisabled",
            json!({ "value": true }),
        )
        .await;
    }
    browser
        .client
        .goto(&format!("{}{query}", server.base_url))
        .await
        .expect("open the app");
    (server, browser)
}

/// What is wrong with the five labels at this moment: each must be drawn, inside the map's
/// box, and clear of what lies over the map (the credit, the buttons, the legend) and, when
/// `sheet` is asked for, of the reader (a phone's bottom sheet covers the map's foot).
async fn label_problems(browser: &Browser, sheet: bool) -> Vec<String> {
    let ids: Vec<&str> = FIVE.iter().map(|(id, _)| *id).collect();
    let found = browser
        .client
        .execute(
            "const ids = arguments[0], sheet = arguments[1];
             const map = document.querySelector('#map .map').getBoundingClientRect();
             const problems = [];
             for (const id of ids) {
               const label = document.querySelector(`.place-label[data-place=\"${id}\"]`);
               if (!label) { problems.push(`${id}: no label`); continue; }
               const r = label.getBoundingClientRect();
               if (r.width < 1 || r.height < 1) { problems.push(`${id}: label not drawn`); continue; }
               if (r.left < map.left - 0.5 || r.right > map.right + 0.5 || r.top < map.top - 0.5 || r.bottom > map.bottom + 0.5) {
                 problems.push(`${id}: label [${r.left},${r.top},${r.right},${r.bottom}] outside the map [${map.left},${map.top},${map.right},${map.bottom}]`);
                 continue;
               }
               const covers = [...document.querySelectorAll('#map .map > :not(svg)')];
               if (sheet) covers.push(document.getElementById('reader'));
               for (const over of covers) {
                 const o = over.getBoundingClientRect();
                 if (o.width < 1 || o.height < 1 || getComputedStyle(over).visibility === 'hidden') continue;
                 if (r.left < o.right - 1 && o.left < r.right - 1 && r.top < o.bottom - 1 && o.top < r.bottom - 1) {
                   problems.push(`${id}: label under .${over.className}`);
                 }
               }
             }
             return problems;",
            vec![json!(ids), json!(sheet)],
        )
        .await
        .expect("measure the labels");
    found
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p.as_str().map(String::from))
        .collect()
}

fn body_text(v: &Value) -> String {
    v.as_str()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[tokio::test]
async fn with_scripts_off_the_first_view_shows_the_places_the_days_and_the_passage() {
    for (w, h) in WINDOWS {
        let (_server, browser) = open("", w, h, false).await;
        browser.wait_for("#no-app").await;
        let text = body_text(&browser.eval("return document.body.innerText").await);
        for (_, name) in FIVE {
            assert!(text.contains(name), "{w}×{h}: {name} not visible");
        }
        for day in ["26 October 1917", "27 October 1917", "28 October 1917"] {
            assert!(text.contains(day), "{w}×{h}: the day {day} not visible");
        }
        // The first moment's passage (the prerender reads the original until the
        // translation has been fetched).
        assert!(
            text.contains("Le 26 du même mois, au matin"),
            "{w}×{h}: the first moment's passage is not visible"
        );
        let problems = label_problems(&browser, false).await;
        assert!(problems.is_empty(), "{w}×{h}, scripts off: {problems:#?}");
        let live = browser
            .eval("return document.documentElement.dataset.app || null")
            .await;
        assert_eq!(live, Value::Null, "{w}×{h}: the app ran with scripts off");
        browser.close().await;
    }
}

#[tokio::test]
async fn the_app_takes_over_quietly_and_the_five_places_stay_in_the_map() {
    for (w, h) in WINDOWS.into_iter().chain(EXTREMES) {
        let (_server, browser) = open("", w, h, true).await;
        browser.wait_for("svg.map-svg[data-ready='true']").await;
        // The layout settles (the resize observer refits the whole-story view).
        browser.wait_settled().await;
        let problems = label_problems(&browser, true).await;
        assert!(problems.is_empty(), "{w}×{h}, app running: {problems:#?}");
        // A resize refits the view: the five stay in.
        set_viewport(&browser, w + 64, h.saturating_sub(40)).await;
        browser.wait_resized(w + 64, h.saturating_sub(40)).await;
        let problems = label_problems(&browser, true).await;
        assert!(problems.is_empty(), "{w}×{h} resized: {problems:#?}");
        let messages = browser.console_messages().await;
        assert!(
            messages.is_empty(),
            "{w}×{h}: console errors or warnings while the app took over: {messages:?}"
        );
        browser.close().await;
    }
}

#[tokio::test]
async fn links_to_other_views_end_on_the_view_asked_for() {
    let server = serve_dist("");
    let browser = launch(1280, 900).await;
    let open = |query: &'static str| {
        let url = format!("{}{query}", server.base_url);
        let browser = &browser;
        async move {
            browser.client.goto(&url).await.expect("open the link");
            browser.wait_for("svg.map-svg[data-ready='true']").await;
            let pending = browser
                .eval("return document.documentElement.classList.contains('view-pending')")
                .await;
            assert_eq!(
                pending,
                json!(false),
                "{query}: still says the view is on its way"
            );
        }
    };

    // Gatchina, in French.
    open("?place=gatchina&lang=fr").await;
    let v = browser
        .eval("return [document.documentElement.lang, document.querySelector('h1').textContent, document.querySelector('.passages.place') !== null, document.querySelector('.place.selected[data-place=\"gatchina\"]') !== null]")
        .await;
    assert_eq!(v[0], json!("fr"), "the page in French: {v}");
    assert_eq!(v[2], json!(true), "the reader shows a place: {v}");
    assert_eq!(v[3], json!(true), "Gatchina is the selected place: {v}");
    let heading = browser
        .all_text(".passages.place h2, .passages.place h3")
        .await;
    assert!(
        heading.iter().any(|h| h.contains("Gatchina")),
        "the place's passages are Gatchina's: {heading:?}"
    );

    // An hour on the 27th: 14:00 (story minutes from the 26th's midnight).
    open("?t=2280").await;
    assert_eq!(
        browser.slider_value().await,
        24 * 60 + 14 * 60,
        "the clock at 27th 14:00"
    );

    // The city's zoom.
    open("?map=59.935%2C30.33%2C12.5").await;
    let zoom = browser
        .eval("return Number(document.querySelector('svg.map-svg').dataset.zoom)")
        .await
        .as_f64()
        .expect("a zoom");
    assert!(
        (zoom - 12.5).abs() < 0.01,
        "the map at the city's zoom: {zoom}"
    );
    browser.wait_for(".basemap[data-level='city']").await;

    // The full text.
    open("?panel=text").await;
    let v = browser
        .eval("const tab = document.querySelector('#tab-text, [role=tab][aria-controls=reader-panel][aria-selected=true]'); return [tab && tab.getAttribute('aria-selected'), tab && tab.textContent, !!document.querySelector('.memoir [id^=p-]')]")
        .await;
    assert_eq!(v[0], json!("true"), "the full text's tab is selected: {v}");
    assert_eq!(v[2], json!(true), "the full text is drawn: {v}");
    browser.assert_no_console_errors("opening the links").await;
    browser.close().await;
}

#[tokio::test]
async fn a_prerendered_page_that_differs_from_the_apps_render_is_caught() {
    // The build's page with the prerendered footer taken out: the app's render has one
    // element more than the page it hydrates. It must not leave a page that looks alive
    // and is dead: the panic view says so, and the console names the error.
    let work = temp_dir("mismatch");
    let dir = work.0.join("dist");
    copy_build(&dist_dir(), &dir);
    let index = dir.join("index.html");
    let page = std::fs::read_to_string(&index).expect("read index.html");
    let start = page.find("<footer").expect("the prerendered footer");
    let end = page[start..].find("</footer>").expect("its end") + start + "</footer>".len();
    std::fs::write(&index, format!("{}{}", &page[..start], &page[end..])).expect("write the page");
    let (_server, browser) = open_on(serve_dir(dir, ""), "", 1280, 900, true).await;
    let panic_view = browser.wait_for(".panic-view").await;
    let text = panic_view.text().await.expect("the panic view's text");
    assert!(text.contains("bug"), "the panic view explains: {text}");
    let errors = browser.console_errors().await;
    assert!(
        !errors.is_empty(),
        "the console says nothing of the mismatch"
    );
    browser.close().await;
}

/// The served page carries the memoir's citation as reference managers read it (the
/// `citation_*` tags of Zotero's connector and Google Scholar), before any script runs.
#[tokio::test]
async fn the_served_page_carries_the_citation_tags_reference_managers_read() {
    let (_server, browser) = open("", 1280, 800, false).await;
    browser.wait_for("#no-app").await;
    let tags = browser
        .eval(
            "const tag = (n) => [...document.querySelectorAll(`meta[name='${n}']`)].map((m) => m.content);
             return ['citation_title', 'citation_author', 'citation_publication_date',
                     'citation_inbook_title', 'citation_publisher', 'citation_firstpage',
                     'citation_lastpage'].map(tag);",
        )
        .await;
    assert_eq!(
        tags,
        json!([
            ["La Révolution d'Octobre (souvenirs sur Lénine)"],
            ["Raskolnikov, F."],
            ["1934"],
            ["Lénine en Octobre 1917. Témoignages d'artisans de la révolution d'Octobre"],
            ["Bureau d'Éditions"],
            ["24"],
            ["35"]
        ]),
        "the citation tags: {tags}"
    );
    // The title is the memoir's own, as its text gives it.
    let story = petrograd1917::story::Story::bundled().expect("the bundled story");
    let title = story.text().block("title").map(|b| b.text.clone());
    assert_eq!(
        tags[0][0].as_str(),
        title.as_deref(),
        "the tag's title is the text's"
    );
    browser.close().await;
}
