//! What the map derives from the state, each value a [`Memo`] keyed on exactly what it is
//! computed from. A memo wakes its readers only when its value changed (its values are
//! `PartialEq`), so the clock's ticks during playback or a scrub, which most often leave
//! every place as it was, lay nothing out again; a pan or zoom frame lays out the places'
//! names once, whoever reads them.
//!
//! Each memo and what it reads (← ), then who reads it:
//!
//! - `traveller` ← clock: the traveller's marker, the follow effect;
//! - `shown` ← clock, step, and `focus` ← shown: the overlays, the focus effect;
//! - `states` ← clock, step: equal from one tick to the next within a step;
//! - `draws` ← viewport, states, lang: each place's marker, the tooltip, and two memos of
//!   the layers that keep clear of the places: the overlays' label spots ← shown, draws,
//!   viewport, lang (in [`super::overlays::Overlays`]) and the city's names ← level,
//!   draws, viewport, lang (in [`super::layers::city_labels::CityLabels`]).

use leptos::prelude::*;

use super::place_state::{place_states, PlaceState};
use super::places::{self, PlaceDraw};
use super::traveller::traveller_point;
use crate::logic::geo::{Bounds, LonLat, Viewport};
use crate::logic::overlays as shown_overlays;
use crate::state::AppState;
use crate::story::Story;

/// The map's derived values; handles, so `Copy`.
#[derive(Clone, Copy)]
pub struct MapMemos {
    /// Where Raskolnikov is drawn: follows the clock (he moves along a leg).
    pub traveller: Memo<Option<LonLat>>,
    /// The overlays shown at the clock, by index.
    pub shown: Memo<Vec<usize>>,
    /// The bounds of the map a shown overlay asks to see whole, if any.
    pub focus: Memo<Option<Bounds>>,
    /// Every place's state at the clock, in the story's order: the only thing the places'
    /// drawings take from the clock.
    pub states: Memo<Vec<PlaceState>>,
    /// Every place's drawing, labels laid out ([`places::layout`]): from the view, the
    /// places' states and the language, never from the clock itself.
    pub draws: Memo<Vec<Option<PlaceDraw>>>,
}

impl MapMemos {
    /// The map's memos over `state`.
    pub fn new(state: AppState) -> Self {
        Self::with_layout(state, places::layout)
    }

    /// The same, laying the places out with `layout` (the map passes [`places::layout`]; a
    /// test passes it wrapped, to count how often the labels are laid out).
    pub fn with_layout<F>(state: AppState, layout: F) -> Self
    where
        F: Fn(&Story, &Viewport, &[PlaceState], &str) -> Vec<Option<PlaceDraw>>
            + Send
            + Sync
            + 'static,
    {
        let story = state.story;
        let traveller = Memo::new(move |_| traveller_point(&state));
        let shown =
            Memo::new(move |_| shown_overlays::shown(story, state.clock.get(), state.step.get()));
        let focus = Memo::new(move |_| shown.with(|ids| shown_overlays::focus(story, ids)));
        let states = Memo::new(move |_| place_states(story, state.clock.get(), state.step.get()));
        let draws = Memo::new(move |_| {
            let lang = state.lang.get();
            state
                .viewport
                .with(|view| states.with(|st| layout(story, view, st, lang.code())))
        });
        Self {
            traveller,
            shown,
            focus,
            states,
            draws,
        }
    }
}
