//! The current moment in words: the date in both calendars, the time (or the memoir's own
//! words for it when the hour is not given), and where he is. The same words serve the
//! visible label, the slider's spoken value and the live announcements.

use leptos::prelude::*;

use crate::logic::clock::{self, Position};
use crate::state::{AppState, Lang};
use crate::story::{Certainty, Instant, Story};
use crate::ui::i18n::{day_label, format_time, strings};

/// Where he is at `t`: "Where: Smolny Institute", "On the way: A – B", "whereabouts
/// unknown"; planned steps say they were ordered, not narrated. Labels rather than
/// prepositions, because place names differ in kind ("His room", "Gare de Varsovie") and
/// no one preposition reads right before all of them in either language.
pub fn where_words(story: &Story, lang: Lang, t: Instant) -> String {
    let words = &strings(lang).timeline;
    let code = lang.code();
    let Some(w) = clock::whereabouts(story, t) else {
        return words.where_unknown.to_string();
    };
    let mut out = match w.position {
        Position::At { place } => format!("{} {}", words.at, place.name.get(code)),
        Position::Along { from, to, .. } => format!(
            "{} {} {} {}",
            words.on_the_way,
            from.name.get(code),
            words.towards,
            to.name.get(code)
        ),
        Position::Unknown { .. } => words.where_unknown.to_string(),
    };
    if w.step.planned {
        out.push_str(&format!(" ({})", words.planned));
    }
    out
}

/// The time of `t` as the data allows: the clock time when the memoir gives the hour,
/// otherwise "about …" followed by the memoir's own words ("« au matin »") when it has any.
pub fn time_words(story: &Story, lang: Lang, t: Instant) -> String {
    let words = &strings(lang).timeline;
    let time = format_time(lang, t);
    let Some(w) = clock::whereabouts(story, t) else {
        return time;
    };
    let time = if w.step.span.certainty == Certainty::Exact {
        time
    } else {
        format!("{} {}", words.circa, time)
    };
    match &w.step.span.phrase {
        Some(phrase) => format!("{time} — « {phrase} »"),
        None => time,
    }
}

/// The label of the current moment, always visible above the track, under a heading
/// ("Now") that screen-reader users can jump to by headings.
#[component]
pub fn NowLabel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let story = state.story;
    let lang = move || state.lang.get();
    let t = move || state.clock.get();
    view! {
        <div class="now-label">
            <h2 class="now-heading">{move || strings(lang()).timeline.now}</h2>
            <p class="now-day">{move || day_label(lang(), t())}</p>
            <p class="now-time">{move || time_words(story, lang(), t())}</p>
            <p class="now-where">{move || where_words(story, lang(), t())}</p>
            <p class="now-step">
                {move || clock::whereabouts(story, t()).map(|w| w.step.title.get(lang().code()))}
            </p>
        </div>
    }
}
