//! Playback as a pure step function: the component only owns the timer, so how the clock
//! advances, where it pauses (at each stop, long enough to read its label) and where it
//! stops (at the end) is tested natively.

use crate::logic::clock;
use crate::story::{Instant, StepKind, Story};

/// Why a tick of playback stopped where it did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reached {
    /// Nothing special: keep going.
    Nothing,
    /// The start of a stop: hold a moment so its label can be read.
    Stop,
    /// The end of the story: stop playing.
    End,
}

/// The clock after one tick of playback from `t` by `minutes` of story time: it never
/// jumps over the start of a stop (it lands on it and says so) nor past the end.
pub fn advance(story: &Story, t: Instant, minutes: i32) -> (Instant, Reached) {
    let last = clock::end(story);
    let target = t.plus_minutes(minutes.max(1));
    let next_stop = story
        .steps()
        .iter()
        .filter(|s| matches!(s.kind, StepKind::Stop { .. }))
        .map(|s| s.span.start)
        .find(|start| *start > t && *start <= target);
    match next_stop {
        Some(stop) if stop < last => (stop, Reached::Stop),
        _ if target >= last => (last, Reached::End),
        _ => (target, Reached::Nothing),
    }
}

/// The next instant of playback without motion (`prefers-reduced-motion`): the next event,
/// or the end.
pub fn step(story: &Story, t: Instant) -> (Instant, Reached) {
    let last = clock::end(story);
    match clock::next_event(story, t) {
        Some(next) if next < last => (next, Reached::Stop),
        _ => (last, Reached::End),
    }
}

/// Where pressing Play starts: where the clock is, or from the beginning when it is at the
/// end (so Play after the end replays the story).
pub fn start_from(story: &Story, t: Instant) -> Instant {
    if t >= clock::end(story) {
        clock::start(story)
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story() -> Story {
        Story::bundled().expect("the bundled story loads")
    }

    #[test]
    fn playback_lands_on_each_stop_and_ends() {
        let story = story();
        let stops: Vec<Instant> = story
            .steps()
            .iter()
            .filter(|s| matches!(s.kind, StepKind::Stop { .. }))
            .map(|s| s.span.start)
            .filter(|t| *t > clock::start(&story))
            .collect();
        let mut t = clock::start(&story);
        let mut paused_at = Vec::new();
        for _ in 0..100_000 {
            let (next, reached) = advance(&story, t, 7);
            assert!(next > t, "playback must move forward");
            t = next;
            match reached {
                Reached::Stop => paused_at.push(t),
                Reached::End => break,
                Reached::Nothing => {}
            }
        }
        assert_eq!(t, clock::end(&story));
        assert_eq!(paused_at, stops);
    }

    #[test]
    fn stepping_visits_every_event() {
        let story = story();
        let mut t = clock::start(&story);
        let mut n = 0;
        loop {
            let (next, reached) = step(&story, t);
            assert!(next > t);
            t = next;
            n += 1;
            if reached == Reached::End {
                break;
            }
        }
        assert_eq!(n, clock::event_instants(&story).len() - 1);
        assert_eq!(start_from(&story, t), clock::start(&story));
    }
}
