//! The page: loads the story, builds the state from the URL, and lays out the map, the
//! timeline and the reader with the title and the credits.
//!
//! Built by hand (`ui::dom`), as every part of the page is: with no `view!` left, Leptos'
//! renderer is not in the wasm at all, and the app keeps only its signals and effects.

use crate::ui::reactive::*;
use web_sys::{Element, Node};

use crate::logic::story_view;
use crate::state::{AppState, Lang};
use crate::story::{Problem, Story};
use crate::ui::dom::{self, El};
use crate::ui::effect::{effect, effect_now};
use crate::ui::i18n::{bind_attr_tr, bind_tr, strings, Pick};
use crate::ui::url_sync;

/// Map size assumed before the map has measured itself (it refits on mount).
const INITIAL_MAP_SIZE: (f64, f64) = (800.0, 560.0);

/// The whole app, appended to `parent`: the story decodes (it is compiled in, validated by
/// the build), or the page lists what is wrong with the data instead of showing a broken
/// map.
pub fn app(parent: &Node) {
    match crate::baked::story() {
        Ok(story) => {
            let story: &'static Story = Box::leak(Box::new(story));
            loaded(parent, story);
        }
        Err(problem) => dom::append(parent, &data_problems(&[problem])),
    }
}

/// The app over a valid story.
fn loaded(parent: &Node, story: &'static Story) {
    let default_lang = url_sync::browser_lang();
    let (w, h) = INITIAL_MAP_SIZE;
    let state = AppState::new(story, story_view::whole_story(story, w, h), default_lang);
    url_sync::apply(
        &state,
        &crate::state::url::parse(&url_sync::current_query()),
    );
    state.provide();
    url_sync::keep_url_in_step(state, default_lang);

    effect(move || {
        let lang = state.lang.get();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            dom::set_attr(&root, "lang", lang.code());
        }
    });

    let text = |el: El, pick: Pick| {
        bind_tr(el.element(), state.lang, pick);
        el
    };
    let skip = text(
        El::new("a").class("skip-link").attr("href", "#reader"),
        |s| s.app.skip_to_text,
    )
    .done();
    let title = El::new("div")
        .class("app-title")
        .child(text(El::new("h1"), |s| s.app.title))
        .child(text(El::new("p").class("subtitle"), |s| s.app.subtitle))
        .done();
    let header = El::new("header")
        .class("app-header")
        .child_el(title)
        .child_el(language_switch(state))
        .done();
    // Each region is filled by its part: built by hand (appended) or a Leptos view
    // (mounted with `ui::mount_view`).
    let region = |id: &str, label: Pick, fill: &dyn Fn(&Element)| {
        let section = El::new("section")
            .attr("id", id)
            .class(&format!("region region-{id}"))
            .done();
        fill(&section);
        bind_attr_tr(&section, "aria-label", state.lang, label);
        section
    };
    let main = El::new("main")
        .class("app-main")
        .child_el(region("map", |s| s.app.map_region, &|section| {
            crate::ui::mount_view(section, || leptos::view! { <crate::ui::map::Map/> })
        }))
        .child_el(region("timeline", |s| s.app.timeline_region, &|section| {
            crate::ui::mount_view(
                section,
                || leptos::view! { <crate::ui::timeline::Timeline/> },
            )
        }))
        .child_el(region("reader", |s| s.app.reader_region, &|section| {
            crate::ui::mount_view(section, || leptos::view! { <crate::ui::reader::Reader/> })
        }))
        .done();
    if let Some(reader) = main.last_element_child() {
        dom::set_attr(&reader, "tabindex", "-1");
    }
    let footer = El::new("footer")
        .class("app-footer")
        .child(text(El::new("p").class("credit"), |s| s.app.credit_text))
        .child(text(El::new("p").class("credit"), |s| s.app.credit_map))
        .done();
    for part in [skip, header, main, footer] {
        dom::append(parent, &part);
    }
}

/// Buttons for the interface language; the current one is pressed.
fn language_switch(state: AppState) -> Element {
    let group = El::new("div")
        .class("language-switch")
        .attr("role", "group")
        .done();
    bind_attr_tr(&group, "aria-label", state.lang, |s| s.app.language);
    for lang in Lang::ALL {
        El::new("button")
            .attr("type", "button")
            .attr("lang", lang.code())
            .text(lang.label())
            .append_to(&group);
    }
    let buttons = group.clone();
    let show_pressed = move |current: Lang| {
        dom::each_chosen(
            &buttons,
            "button",
            "lang",
            Some(current.code()),
            |b, pressed| {
                dom::set_attr(b, "aria-pressed", if pressed { "true" } else { "false" });
            },
        );
    };
    effect_now(move || show_pressed(state.lang.get()));
    dom::on(&group, "click", move |ev| {
        let chosen = dom::closest(&ev, "button")
            .and_then(|b| b.get_attribute("lang"))
            .and_then(|code| Lang::from_code(&code));
        if let Some(lang) = chosen {
            state.lang.set(lang);
        }
    });
    group
}

/// Shown instead of the app when the story data does not validate: every problem with its
/// file, record and field, so whoever edited `assets/` knows what to fix. Each problem goes
/// in as text, never as HTML.
pub fn data_problems(problems: &[Problem]) -> Element {
    let lang = url_sync::browser_lang();
    let text = strings(lang);
    let list = El::new("ul");
    let list = problems.iter().fold(list, |list, problem| {
        dom::log_error(&format!("story data: {problem}"));
        list.child(El::new("li").child(El::new("code").text(&problem.to_string())))
    });
    El::new("main")
        .class("data-problems")
        .attr("role", "alert")
        .child(El::new("h1").text(text.app.error_title))
        .child(El::new("p").text(text.app.error_data))
        .child(list)
        .done()
}
