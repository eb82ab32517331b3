//! How a span of time is drawn on the track, shared by the journey's row and the context
//! row: its place in percent of the track's width, its certainty class and its title.

use crate::logic::timeline_scale::Scale;
use crate::state::Lang;
use crate::story::{Certainty, Instant, TimeSpan};
use crate::ui::i18n::strings;

/// Whether a span's time is given by the text ("exact") or worked out ("uncertain"):
/// uncertain marks are hatched, and say so in their title.
fn is_uncertain(span: &TimeSpan) -> bool {
    span.certainty != Certainty::Exact
}

/// The class that goes with [`is_uncertain`].
pub(super) fn certainty_class(span: &TimeSpan) -> &'static str {
    if is_uncertain(span) {
        "uncertain"
    } else {
        "exact"
    }
}

/// A mark's title: its name, and "time uncertain" when it is hatched, so that the
/// hatching is not the only thing that says it.
pub(super) fn mark_title(name: &str, span: &TimeSpan, lang: Lang) -> String {
    if is_uncertain(span) {
        format!("{name} ({})", strings(lang).timeline.uncertain)
    } else {
        name.to_owned()
    }
}

/// `left` and `width` of a span on the track, in percent, so that the marks follow the
/// track's width without being measured.
pub(super) fn place_span(scale: Scale, start: Instant, end: Instant) -> String {
    let left = scale.percent(start);
    let width = (scale.percent(end) - left).max(0.3);
    format!("left:{left:.2}%;width:{width:.2}%")
}
