//! The part of Leptos the hand-built parts of the page use, in one import.

pub use leptos::prelude::{
    on_cleanup, untrack, Effect, Get, GetUntracked, Memo, Owner, RwSignal, Set, Update, With,
    WithUntracked,
};
