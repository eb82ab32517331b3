//! The timeline's geometry and keys as pure functions: where an instant sits on the track
//! (a fraction of its width, so the view can be laid out in percentages and never has to
//! measure itself), which day and hour ticks to draw, and where each key moves the clock.
//! Kept out of the components so it can be tested natively.

use crate::logic::clock;
use crate::story::{Instant, Story};

/// Minutes in a day, for day ticks and PageUp/PageDown.
pub const DAY: i32 = 24 * 60;
/// Minutes in an hour, for hour ticks and Shift+arrows.
pub const HOUR: i32 = 60;

/// A linear mapping between the story's time range and the track's width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    /// The instant at the left edge.
    pub start: Instant,
    /// The instant at the right edge.
    pub end: Instant,
}

impl Scale {
    /// The scale of the whole story.
    pub fn of_story(story: &Story) -> Self {
        Self {
            start: clock::start(story),
            end: clock::end(story),
        }
    }

    fn length(self) -> f64 {
        f64::from(self.end.minutes_since(self.start).max(1))
    }

    /// Where `t` sits, 0 at the left edge and 1 at the right, clamped.
    pub fn fraction(self, t: Instant) -> f64 {
        (f64::from(t.minutes_since(self.start)) / self.length()).clamp(0.0, 1.0)
    }

    /// The same as a CSS percentage, rounded so the DOM stays stable.
    pub fn percent(self, t: Instant) -> f64 {
        (self.fraction(t) * 10_000.0).round() / 100.0
    }

    /// The instant under a point of the track (a click or a drag), to the minute, clamped.
    pub fn instant_at(self, fraction: f64) -> Instant {
        let fraction = if fraction.is_finite() {
            fraction.clamp(0.0, 1.0)
        } else {
            0.0
        };
        // The product is at most the story's length in minutes, which fits an i32.
        self.start
            .plus_minutes((fraction * self.length()).round() as i32)
    }

    /// The days the track crosses, each as the part of it inside the story: the timeline
    /// labels each band with its date in both calendars.
    pub fn days(self) -> Vec<(Instant, Instant)> {
        let mut days = Vec::new();
        let mut from = self.start;
        while from < self.end {
            let midnight =
                Instant::from_minutes((from.minutes().div_euclid(DAY) + 1) * DAY).min(self.end);
            days.push((from, midnight));
            from = midnight;
        }
        days
    }

    /// The whole hours strictly inside the story that are multiples of `every` hours,
    /// midnight excepted (the day bands mark it); the view hides the minor ones when
    /// there is no room.
    pub fn hour_ticks(self, every: i32) -> Vec<Instant> {
        let step = every.max(1) * HOUR;
        let first = (self.start.minutes().div_euclid(step) + 1) * step;
        (first..self.end.minutes())
            .step_by(step as usize)
            .filter(|m| m.rem_euclid(DAY) != 0)
            .map(Instant::from_minutes)
            .collect()
    }
}

/// A key the slider understands, decoupled from the browser's event type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// Left or Down arrow.
    Back,
    /// Right or Up arrow.
    Forward,
    /// Page Up: a day back.
    PageUp,
    /// Page Down: a day forward.
    PageDown,
    /// Home.
    Home,
    /// End.
    End,
}

impl Key {
    /// Reads `KeyboardEvent.key`; other keys are left to the browser.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "ArrowLeft" | "ArrowDown" | "Left" | "Down" => Some(Self::Back),
            "ArrowRight" | "ArrowUp" | "Right" | "Up" => Some(Self::Forward),
            "PageUp" => Some(Self::PageUp),
            "PageDown" => Some(Self::PageDown),
            "Home" => Some(Self::Home),
            "End" => Some(Self::End),
            _ => None,
        }
    }
}

/// Where a key moves the clock from `t`: arrows to the previous/next event (by an hour with
/// Shift), pages by a day, Home/End to the ends; always within the story.
pub fn key_target(story: &Story, t: Instant, key: Key, shift: bool) -> Instant {
    let (first, last) = (clock::start(story), clock::end(story));
    let target = match (key, shift) {
        (Key::Back, false) => clock::prev_event(story, t).unwrap_or(first),
        (Key::Forward, false) => clock::next_event(story, t).unwrap_or(last),
        (Key::Back, true) => t.plus_minutes(-HOUR),
        (Key::Forward, true) => t.plus_minutes(HOUR),
        (Key::PageUp, _) => t.plus_minutes(-DAY),
        (Key::PageDown, _) => t.plus_minutes(DAY),
        (Key::Home, _) => first,
        (Key::End, _) => last,
    };
    target.clamp(first, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scale() -> Scale {
        // 26 Oct 08:00 to 28 Oct 12:00.
        Scale {
            start: Instant::from_minutes(8 * HOUR),
            end: Instant::from_minutes(2 * DAY + 12 * HOUR),
        }
    }

    #[test]
    fn fractions_and_instants_are_inverse_and_clamped() {
        let s = scale();
        assert_eq!(s.fraction(s.start), 0.0);
        assert_eq!(s.fraction(s.end), 1.0);
        assert_eq!(s.fraction(Instant::from_minutes(-500)), 0.0);
        let t = Instant::from_minutes(DAY + 2 * HOUR);
        assert_eq!(s.instant_at(s.fraction(t)), t);
        assert_eq!(s.instant_at(2.0), s.end);
        assert_eq!(s.instant_at(f64::NAN), s.start);
        assert_eq!(s.percent(Instant::from_minutes(8 * HOUR + 26 * HOUR)), 50.0);
    }

    #[test]
    fn three_day_bands_cut_at_midnight() {
        let days = scale().days();
        let minutes: Vec<(i32, i32)> = days
            .iter()
            .map(|(a, b)| (a.minutes(), b.minutes()))
            .collect();
        assert_eq!(
            minutes,
            vec![
                (8 * HOUR, DAY),
                (DAY, 2 * DAY),
                (2 * DAY, 2 * DAY + 12 * HOUR)
            ]
        );
    }

    #[test]
    fn hour_ticks_skip_midnight_and_the_ends() {
        let ticks = scale().hour_ticks(6);
        let hours: Vec<i32> = ticks.iter().map(|t| t.minutes() / HOUR).collect();
        assert_eq!(hours, vec![12, 18, 30, 36, 42, 54]);
    }

    #[test]
    fn key_names() {
        assert_eq!(Key::from_name("ArrowLeft"), Some(Key::Back));
        assert_eq!(Key::from_name("PageDown"), Some(Key::PageDown));
        assert_eq!(Key::from_name("a"), None);
    }
}
