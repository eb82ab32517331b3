//! The passages panel: every passage about the selected place, grouped by visit, or, with
//! nothing selected, the passages of the current moment. Each passage can move the clock
//! to its moment or open the full text at it.
//!
//! The panel is built by hand (`ui::dom`) and drawn again as a whole, while it is shown,
//! when the language, the selected place or (with no place selected) the moment's step
//! changes. Its buttons
//! are caught by one click listener, which finds the passage by its `data-passage` index.

use std::cell::RefCell;
use std::rc::Rc;

use crate::ui::reactive::*;
use web_sys::{Element, Event};

use crate::state::url::Panel;
use crate::state::{AppState, Lang};
use crate::story::{Instant, Passage, Place, Step, Story};
use crate::ui::dom::{self, closest, El};
use crate::ui::effect::effect;
use crate::ui::i18n::{day_label, strings, ReaderStrings};
use crate::ui::reader::spans::{self, append_block, Notes, SpanContext};
use crate::ui::reader::ReaderNav;
use crate::ui::timeline::time_words;

/// Whether a step is at, from or to `place` or a place within it (Gatchina's stations
/// are Gatchina's visits).
fn touches(story: &Story, step: &Step, place: &str) -> bool {
    [step.start_place(), step.end_place()]
        .into_iter()
        .flatten()
        .any(|p| story.is_within(p.as_str(), place))
}

/// A quotation drawn in the panel, for its buttons.
struct Shown {
    passage: &'static Passage,
    /// The moment "Go to this moment" moves the clock to.
    start: Instant,
    /// Whether the passage belongs to a moment of the story (a mere mention does not).
    movable: bool,
}

/// What one drawing of the panel needs.
struct Draw<'a> {
    story: &'static Story,
    lang: Lang,
    words: &'static ReaderStrings,
    shown: &'a mut Vec<Shown>,
}

impl Draw<'_> {
    /// "Thursday 26 October 1917 (8 November N.S.), about 16:00 — « une heure environ »".
    fn when(&self, t: Instant) -> El {
        El::new("p").class("when").text(&format!(
            "{}, {}",
            day_label(self.lang, t),
            time_words(self.story, self.lang, t)
        ))
    }

    /// One quotation, with its two actions.
    fn passage(
        &mut self,
        passage: &'static Passage,
        start: Instant,
        current: bool,
        movable: bool,
    ) -> El {
        let index = self.shown.len();
        self.shown.push(Shown {
            passage,
            start,
            movable,
        });
        let quote = El::new("blockquote").attr("lang", "fr");
        if let Some(block) = self.story.block(passage.block.as_str()) {
            let cx = SpanContext {
                story: self.story,
                lang: self.lang,
                open_note: None,
            };
            append_block(
                quote.element(),
                block,
                Some(passage.range.clone()),
                &[],
                Notes::Hide,
                cx,
            );
        }
        let actions = El::new("div")
            .class("passage-actions")
            .child_opt(movable.then(|| {
                El::new("button")
                    .attr("type", "button")
                    .class("go")
                    .text(self.words.go_to_moment)
            }));
        El::new("li")
            .class(if current {
                "passage current"
            } else {
                "passage"
            })
            .attr("data-passage", &index.to_string())
            .child(quote)
            .child(
                actions.child(
                    El::new("button")
                        .attr("type", "button")
                        .class("read")
                        .text(self.words.read_in_context),
                ),
            )
    }

    fn passage_list(&mut self, passages: &'static [Passage], start: Instant, current: bool) -> El {
        let mut list = El::new("ul").class("passage-list");
        for p in passages {
            list = list.child(self.passage(p, start, current, true));
        }
        list
    }

    /// The passages of the current step.
    fn moment(&mut self, panel: &Element, step: &'static Step) {
        let code = self.lang.code();
        dom::set_attr(panel, "class", "passages moment");
        El::new("h2").text(self.words.passage_now).append_to(panel);
        self.when(step.span.start).append_to(panel);
        El::new("h3")
            .class("step-title")
            .text(step.title.get(code))
            .append_to(panel);
        if let Some(note) = &step.note {
            El::new("p")
                .class("step-note")
                .text(note.get(code))
                .append_to(panel);
        }
        let list = if step.passages.is_empty() {
            El::new("p").class("empty").text(self.words.no_passage)
        } else {
            self.passage_list(&step.passages, step.span.start, true)
        };
        list.append_to(panel);
    }

    /// Every passage about a place, visit by visit, then the context events there, then
    /// the other passages that name it.
    fn place(&mut self, panel: &Element, place: &'static Place) {
        let story = self.story;
        let code = self.lang.code();
        let id = place.id.as_str();
        dom::set_attr(panel, "class", "passages place");
        let title = El::new("h2").text(place.name.get(code));
        let title = title.child_opt(place.modern_name.as_ref().map(|m| {
            El::new("span").class("modern-name").text(&format!(
                " ({} {})",
                strings(self.lang).map.modern_name,
                m.get(code)
            ))
        }));
        title.append_to(panel);
        El::new("p")
            .class("about")
            .text(&format!(
                "{} {}",
                self.words.passages_about,
                place.name.get(code)
            ))
            .append_to(panel);
        El::new("button")
            .attr("type", "button")
            .class("back-to-now")
            .text(self.words.back_to_now)
            .append_to(panel);
        let mut visits = El::new("ol").class("visits");
        for (i, step) in story.steps().iter().enumerate() {
            if !touches(story, step, id) || step.passages.is_empty() {
                continue;
            }
            visits = visits.child(
                El::new("li")
                    .class("visit")
                    .attr("data-step", &i.to_string())
                    .child(El::new("h3").text(step.title.get(code)))
                    .child(self.when(step.span.start))
                    .child(self.passage_list(&step.passages, step.span.start, false)),
            );
        }
        visits.append_to(panel);
        let events: Vec<_> = story
            .context_events()
            .iter()
            .filter(|e| {
                e.place
                    .as_ref()
                    .is_some_and(|p| story.is_within(p.as_str(), id))
                    && !e.passages.is_empty()
            })
            .collect();
        if !events.is_empty() {
            El::new("h3")
                .text(self.words.context_events)
                .append_to(panel);
            let mut list = El::new("ul").class("visits");
            for event in events {
                list = list.child(
                    El::new("li")
                        .class("visit event")
                        .child(El::new("h4").text(event.title.get(code)))
                        .child(self.when(event.span.start))
                        .child(self.passage_list(&event.passages, event.span.start, false)),
                );
            }
            list.append_to(panel);
        }
        let mentions: Vec<&'static Passage> = story
            .places()
            .iter()
            .filter(|p| story.is_within(p.id.as_str(), id))
            .flat_map(|p| &p.mentions)
            .filter(|p| !self.shown.iter().any(|s| std::ptr::eq(s.passage, *p)))
            .collect();
        if !mentions.is_empty() {
            El::new("h3")
                .text(self.words.other_mentions)
                .append_to(panel);
            let mut list = El::new("ul").class("passage-list");
            for p in mentions {
                let start = story
                    .steps()
                    .iter()
                    .find(|s| s.passages.iter().any(|q| q.block == p.block))
                    .map(|s| s.span.start);
                list =
                    list.child(self.passage(p, start.unwrap_or_default(), false, start.is_some()));
            }
            list.append_to(panel);
        }
    }
}

/// The panel. `open_note` is the footnote open in the reader, which every panel that
/// shows markers shares.
pub fn passages(nav: ReaderNav, open_note: RwSignal<Option<usize>>) -> Element {
    let state = leptos::prelude::expect_context::<AppState>();
    let story = state.story;
    let step = state.step;
    let root = El::new("div").class("passages").done();
    let shown = Rc::new(RefCell::new(Vec::<Shown>::new()));
    let drawn = shown.clone();

    // Draw, while shown: the language, the place, or the moment's step when no place is
    // selected.
    let panel = root.clone();
    effect(move || {
        if state.panel.get() != Panel::Passages {
            return;
        }
        let lang = state.lang.get();
        let selected = state.selected.get();
        dom::clear(&panel);
        let mut list = Vec::new();
        let mut draw = Draw {
            story,
            lang,
            words: &strings(lang).reader,
            shown: &mut list,
        };
        match selected.and_then(|id| story.place(id.as_str())) {
            Some(place) => {
                draw.place(&panel, place);
                dom::mark_current_step(&panel, ".visit[data-step]", step.get_untracked());
            }
            None => {
                if let Some(step) = step.get().and_then(|i| story.steps().get(i)) {
                    draw.moment(&panel, step);
                }
            }
        }
        *drawn.borrow_mut() = list;
    });
    // The current visit follows the clock without drawing the place's passages again.
    let panel = root.clone();
    effect(move || {
        dom::mark_current_step(&panel, ".visit[data-step]", step.get());
    });

    let go = move |index: usize| {
        let (passage, start, movable) = shown
            .borrow()
            .get(index)
            .map(|item| (item.passage, item.start, item.movable))?;
        if movable {
            state.playing.set(false);
            state.set_clock(start);
        }
        Some(passage.block.as_str())
    };
    dom::on(&root, "click", move |ev| {
        let ev: &Event = &ev;
        if spans::on_click(ev, open_note) {
            return;
        }
        if closest(ev, ".back-to-now").is_some() {
            state.clear_selection();
            return;
        }
        let Some(index) = closest(ev, "[data-passage]")
            .and_then(|li| li.get_attribute("data-passage"))
            .and_then(|i| i.parse::<usize>().ok())
        else {
            return;
        };
        if closest(ev, ".read").is_some() {
            let paragraphs = &story.text().paragraphs;
            let block =
                go(index).and_then(|id| paragraphs.iter().position(|p| p.id.as_str() == id));
            nav.scroll_to.set(block);
            state.panel.set(Panel::Text);
        } else if closest(ev, ".go, blockquote").is_some() {
            go(index);
        }
    });
    dom::bind_flag(&root, "hidden", move || {
        state.panel.get() != Panel::Passages
    });
    root
}
