//! The one source of truth of the running app: a few signals, provided as Leptos context to the
//! page's parts, that every part reads and writes. The URL is a projection of it (see [`super::url`]).

use leptos::prelude::*;

use crate::logic::clock;
use crate::logic::geo::Viewport;
use crate::state::lang::Lang;
use crate::state::url::{Panel, Reading};
use crate::story::{Instant, PlaceId, Story, Text};

/// The app's state. `Copy`, because signals are handles: pass it around freely.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The validated story; leaked once at startup, it lives as long as the page.
    pub story: &'static Story,
    /// The story clock: where the timeline handle is.
    pub clock: RwSignal<Instant>,
    /// The index of the step at the clock (see [`clock::step_index_at`]), derived once
    /// here for the timeline and the reader, which redraw when it changes.
    pub step: Memo<Option<usize>>,
    /// The place whose passages the reader shows, if any.
    pub selected: RwSignal<Option<PlaceId>>,
    /// What the map shows.
    pub viewport: RwSignal<Viewport>,
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// The open reader panel.
    pub panel: RwSignal<Panel>,
    /// Whether the map keeps the traveller in view; off after the user moves the map by
    /// hand, so the app never fights the reader's own choice of view.
    pub follow: RwSignal<bool>,
    /// Whether the timeline is playing.
    pub playing: RwSignal<bool>,
    /// Whether the paragraph in view in the full text drives the clock and the map.
    pub reading_drives_clock: RwSignal<bool>,
    /// The text the reader chose (original, translation, both); `None` until they choose,
    /// when the interface language decides (see [`AppState::reading`]).
    pub chosen_reading: RwSignal<Option<Reading>>,
    /// The translated text, once fetched after the first view (see
    /// `ui::translation_loader` and [`AppState::with_translation`]); until then the
    /// original stands in for it.
    pub translated_text: Signal<Option<&'static Text>>,
    /// Whether fetching the translated text failed: the reader says so.
    pub translation_failed: Signal<bool>,
    /// The search in the memoir, normalized (see [`crate::logic::find::normalize_query`]);
    /// `None` when nothing is searched. The URL carries it as `q=`.
    pub query: RwSignal<Option<String>>,
}

impl AppState {
    /// The state at startup, before the URL is applied.
    pub fn new(story: &'static Story, viewport: Viewport, lang: Lang) -> Self {
        let now = RwSignal::new(clock::start(story));
        Self {
            story,
            clock: now,
            step: Memo::new(move |_| clock::step_index_at(story, now.get())),
            selected: RwSignal::new(None),
            viewport: RwSignal::new(viewport),
            lang: RwSignal::new(lang),
            panel: RwSignal::new(Panel::default()),
            follow: RwSignal::new(true),
            playing: RwSignal::new(false),
            reading_drives_clock: RwSignal::new(true),
            chosen_reading: RwSignal::new(None),
            translated_text: Signal::stored(None),
            translation_failed: Signal::stored(false),
            query: RwSignal::new(None),
        }
    }

    /// The same state, its translated text read from `text` (which the page loads after the
    /// first view) and the failure to load it from `failed`.
    pub fn with_translation(
        self,
        text: Signal<Option<&'static Text>>,
        failed: Signal<bool>,
    ) -> Self {
        Self {
            translated_text: text,
            translation_failed: failed,
            ..self
        }
    }

    /// The text the reader shows (tracked): the reader's choice, else the translation
    /// when the interface speaks its language and the original otherwise; always the
    /// original for a story without a translation.
    pub fn reading(&self) -> Reading {
        let Some(translation) = self.story.translation() else {
            return Reading::Original;
        };
        self.chosen_reading.get().unwrap_or_else(|| {
            if self.lang.get().code() == translation.language {
                Reading::Translation
            } else {
                Reading::Original
            }
        })
    }

    /// Provides this state as Leptos context to everything built below the current owner;
    /// the page's parts read it with `expect_context::<AppState>()`.
    pub fn provide(self) {
        provide_context(self);
    }

    /// Moves the clock, kept within the story.
    pub fn set_clock(&self, t: Instant) {
        self.clock.set(clock::clamp(self.story, t));
    }

    /// Selects a place (from the map, the list or the text): the reader shows its
    /// passages and, if he goes there, the clock jumps to his next visit (or his first,
    /// when none is left after the current moment). Unknown ids are ignored.
    pub fn select_place(&self, id: &str) {
        let Some(place) = self.story.place(id) else {
            return;
        };
        let now = self.clock.get_untracked();
        let visit =
            clock::next_visit(self.story, id, now).or_else(|| clock::first_visit(self.story, id));
        if let Some(step) = visit.and_then(|i| self.story.steps().get(i)) {
            if !step.span.contains(now) {
                self.set_clock(step.span.start);
            }
        }
        self.selected.set(Some(place.id.clone()));
        self.panel.set(Panel::Passages);
        self.follow.set(true);
    }

    /// Clears the selection: the reader goes back to the passage of the current moment.
    pub fn clear_selection(&self) {
        self.selected.set(None);
    }
}
