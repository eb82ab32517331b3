//! Where the context events' labels go on the timeline, so that none is cut mid-word and
//! none overlaps another: each label starts at its mark and may run past the mark's end;
//! lanes are assigned by the label's width as well as the mark's span; a label that would
//! run past the track's end is moved left to end there, and only when that is not possible
//! is it shortened, at a word boundary, with an ellipsis (the view keeps the full title on
//! hover and focus).
//!
//! Widths are pixels measured by the view in the browser (the `width` function), so the
//! layout follows the real font at any text size; everything here is pure and tested
//! natively with a made-up font.

/// The space kept between two labels, or a label and the next mark, in the same lane.
pub const GAP: f64 = 6.0;

/// What is appended to a shortened label.
pub const ELLIPSIS: &str = "…";

/// A mark on the track, in pixels from the track's left edge, and its label's full text.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelRequest<'a> {
    /// The mark's left edge.
    pub start: f64,
    /// The mark's right edge.
    pub end: f64,
    /// The full title.
    pub text: &'a str,
}

/// Where a label is drawn and what it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    /// The lane, 0 at the top; the mark is drawn in the same lane.
    pub lane: usize,
    /// The label's left edge, in pixels from the track's left edge.
    pub left: f64,
    /// The label's width as measured, in pixels (0 when nothing is shown).
    pub width: f64,
    /// The text shown: the full title, a prefix of whole words followed by [`ELLIPSIS`],
    /// or nothing when not even one word fits.
    pub text: String,
    /// Whether [`Self::text`] is less than the full title.
    pub shortened: bool,
}

impl Placement {
    /// The label's right edge.
    pub fn right(&self) -> f64 {
        self.left + self.width
    }
}

/// The longest way of showing `text` within `room` pixels: the whole text, or its longest
/// prefix that ends at a word boundary followed by [`ELLIPSIS`], or `None` when not even the
/// first word fits. Punctuation that ended the kept words (a colon, a comma) is dropped
/// before the ellipsis. Returns the text and its width.
pub fn shorten(text: &str, room: f64, width: impl Fn(&str) -> f64) -> Option<(String, f64)> {
    let full = width(text);
    if full <= room {
        return Some((text.to_owned(), full));
    }
    // Word boundaries: the byte offsets of each whitespace run, longest prefix first.
    let cuts: Vec<usize> = text
        .char_indices()
        .filter(|&(i, c)| c.is_whitespace() && i > 0)
        .map(|(i, _)| i)
        .collect();
    cuts.into_iter().rev().find_map(|cut| {
        let kept =
            text[..cut].trim_end_matches(|c: char| c.is_whitespace() || ",;:—–-".contains(c));
        if kept.is_empty() {
            return None;
        }
        let shown = format!("{kept}{ELLIPSIS}");
        let w = width(&shown);
        (w <= room).then_some((shown, w))
    })
}

/// One lane as it fills from left to right.
struct Lane {
    /// Where the next mark may start.
    mark_free: f64,
    /// Where the next label may start.
    label_free: f64,
    /// The label placed last in this lane, by its index in the output.
    last: Option<usize>,
}

/// Places the labels of `marks` on a track `track` pixels wide, in at most `max_lanes`
/// lanes unless more marks than that overlap in time (a mark always gets a lane of its
/// own). Marks are taken in order of their start (ties keep their order), each in the
/// first lane where its label fits whole; when every lane is taken, in the lane where its
/// mark fits whose label ends first, the label already there being shortened to end
/// before it. Returns one placement per mark, in the order given.
pub fn place_labels(
    marks: &[LabelRequest<'_>],
    track: f64,
    max_lanes: usize,
    width: impl Fn(&str) -> f64,
) -> Vec<Placement> {
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by(|&a, &b| marks[a].start.total_cmp(&marks[b].start));
    let mut out: Vec<Option<Placement>> = vec![None; marks.len()];
    let mut lanes: Vec<Lane> = Vec::new();
    for i in order {
        let mark = &marks[i];
        let lane = match lanes.iter().position(|l| l.label_free <= mark.start) {
            Some(l) => l,
            None if lanes.len() < max_lanes.max(1) => new_lane(&mut lanes),
            None => {
                let busy = lanes
                    .iter()
                    .enumerate()
                    .filter(|(_, l)| l.mark_free <= mark.start)
                    .min_by(|(_, a), (_, b)| a.label_free.total_cmp(&b.label_free))
                    .map(|(l, _)| l);
                match busy {
                    Some(l) => {
                        let prev = lanes[l].last;
                        if let Some((p, placed)) = prev.and_then(|p| Some((p, out[p].as_mut()?))) {
                            // Back at its own mark, with the room left before this one.
                            placed.left = marks[p].start.max(0.0);
                            let room = mark.start - GAP - placed.left;
                            cut_to(placed, marks[p].text, room, &width);
                            lanes[l].label_free = placed.right().max(marks[p].end) + GAP;
                        }
                        l
                    }
                    None => new_lane(&mut lanes),
                }
            }
        };
        let placed = place_one(mark, lane, track, lanes[lane].label_free.max(0.0), &width);
        let right = if placed.width > 0.0 {
            placed.right()
        } else {
            mark.end
        };
        lanes[lane] = Lane {
            mark_free: mark.end,
            label_free: right.max(mark.end) + GAP,
            last: Some(i),
        };
        out[i] = Some(placed);
    }
    out.into_iter().flatten().collect()
}

fn new_lane(lanes: &mut Vec<Lane>) -> usize {
    lanes.push(Lane {
        mark_free: f64::NEG_INFINITY,
        label_free: f64::NEG_INFINITY,
        last: None,
    });
    lanes.len() - 1
}

/// A label at its mark's start if it fits before the track's end; else moved left to end
/// there, if it does not then reach into the lane's previous label (`free`); else
/// shortened to the room before the track's end.
fn place_one(
    mark: &LabelRequest<'_>,
    lane: usize,
    track: f64,
    free: f64,
    width: &impl Fn(&str) -> f64,
) -> Placement {
    let full = width(mark.text);
    let start = mark.start.max(0.0);
    if start + full <= track || track - full >= free {
        let left = start.min(track - full).max(0.0);
        return Placement {
            lane,
            left,
            width: full,
            text: mark.text.to_owned(),
            shortened: false,
        };
    }
    let mut placed = Placement {
        lane,
        left: start,
        width: full,
        text: mark.text.to_owned(),
        shortened: false,
    };
    cut_to(&mut placed, mark.text, track - start, width);
    placed
}

/// Shortens a placed label to `room` pixels from its left edge (or hides it).
fn cut_to(placed: &mut Placement, full: &str, room: f64, width: &impl Fn(&str) -> f64) {
    if placed.width <= room {
        return;
    }
    let (text, w) = shorten(full, room, width).unwrap_or_default();
    placed.shortened = text != full;
    placed.text = text;
    placed.width = w;
}

/// How many lanes the placements use (at least one, so an empty row keeps its height).
pub fn lane_count(placements: &[Placement]) -> usize {
    placements.iter().map(|p| p.lane + 1).max().unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up font: 6 px a character, as if monospaced.
    fn mono(text: &str) -> f64 {
        6.0 * text.chars().count() as f64
    }

    fn mark(start: f64, end: f64, text: &str) -> LabelRequest<'_> {
        LabelRequest { start, end, text }
    }

    /// No two shown labels in one lane overlap, and none runs outside the track.
    fn assert_clear(placed: &[Placement], track: f64) {
        for (i, a) in placed.iter().enumerate() {
            assert!(
                a.left >= 0.0 && a.right() <= track + 1e-9,
                "{a:?} outside {track}"
            );
            for b in &placed[i + 1..] {
                let apart = a.lane != b.lane
                    || a.width == 0.0
                    || b.width == 0.0
                    || a.right() <= b.left
                    || b.right() <= a.left;
                assert!(apart, "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn a_label_that_fits_is_whole() {
        assert_eq!(
            shorten("The Jäger Regiment", 200.0, mono),
            Some(("The Jäger Regiment".into(), 108.0))
        );
    }

    #[test]
    fn shortening_cuts_between_words_only() {
        let text = "Second Congress of Soviets: the session of 26 October";
        // "Second Congress of Soviets…" is 27 characters: 162 px.
        assert_eq!(
            shorten(text, 170.0, mono),
            Some(("Second Congress of Soviets…".into(), 162.0))
        );
        // One pixel less and "Soviets" goes, with it the colon.
        assert_eq!(
            shorten(text, 161.0, mono),
            Some(("Second Congress of…".into(), 114.0))
        );
        assert_eq!(shorten(text, 48.0, mono), Some(("Second…".into(), 42.0)));
        assert_eq!(shorten(text, 41.0, mono), None);
        for room in 0..400 {
            if let Some((shown, _)) = shorten(text, f64::from(room), mono) {
                let kept = shown.trim_end_matches(ELLIPSIS);
                assert!(text.starts_with(kept), "{shown}");
                let next = text[kept.len()..].chars().next();
                assert!(
                    shown == text || next.is_some_and(|c| c == ' ' || c == ':'),
                    "cut mid-word at {room}: {shown}"
                );
            }
        }
    }

    #[test]
    fn a_single_word_too_long_is_not_shown() {
        assert_eq!(shorten("Tsarskoye", 20.0, mono), None);
    }

    #[test]
    fn lanes_follow_the_labels_width_not_only_the_marks() {
        // Marks that do not overlap, but the first label runs over the second mark.
        let marks = [
            mark(0.0, 30.0, "A long label here"),
            mark(40.0, 60.0, "Next"),
        ];
        let placed = place_labels(&marks, 500.0, 3, mono);
        assert_eq!(placed[0].lane, 0);
        assert_eq!(placed[1].lane, 1);
        assert!(!placed[0].shortened && !placed[1].shortened);
        assert_clear(&placed, 500.0);
        // Far enough apart, they share a lane.
        let marks = [mark(0.0, 30.0, "Short"), mark(40.0, 60.0, "Next")];
        let placed = place_labels(&marks, 500.0, 3, mono);
        assert_eq!((placed[0].lane, placed[1].lane), (0, 0));
    }

    #[test]
    fn out_of_lanes_the_earlier_label_is_shortened_at_a_word() {
        let marks = [
            mark(0.0, 30.0, "One two three four"),
            mark(40.0, 60.0, "Next one"),
        ];
        let placed = place_labels(&marks, 500.0, 1, mono);
        assert_eq!((placed[0].lane, placed[1].lane), (0, 0));
        // 40 - GAP = 34 px of room: "One…" (24 px).
        assert_eq!(placed[0].text, "One…");
        assert!(placed[0].shortened);
        assert_eq!(placed[1].text, "Next one");
        assert_clear(&placed, 500.0);
    }

    #[test]
    fn overlapping_marks_get_lanes_beyond_the_limit() {
        let marks = [
            mark(0.0, 100.0, "A"),
            mark(10.0, 100.0, "B"),
            mark(20.0, 100.0, "C"),
        ];
        let placed = place_labels(&marks, 500.0, 1, mono);
        let lanes: Vec<usize> = placed.iter().map(|p| p.lane).collect();
        assert_eq!(lanes, vec![0, 1, 2]);
        assert_eq!(lane_count(&placed), 3);
    }

    #[test]
    fn near_the_end_a_label_moves_left_before_it_is_shortened() {
        let marks = [mark(450.0, 480.0, "Ten chars!")];
        let placed = place_labels(&marks, 500.0, 2, mono);
        assert_eq!(placed[0].left, 440.0);
        assert_eq!(placed[0].text, "Ten chars!");
        // The lane's previous label is in the way: shortened instead.
        let marks = [
            mark(300.0, 320.0, "Twenty-three characters"),
            mark(450.0, 480.0, "Ten chars!"),
        ];
        let placed = place_labels(&marks, 500.0, 1, mono);
        assert_eq!(placed[1].left, 450.0);
        assert_eq!(placed[1].text, "Ten…");
        assert_clear(&placed, 500.0);
    }

    #[test]
    fn the_story_at_phone_and_laptop_widths() {
        let en = [
            "Second Congress of Soviets: the session of 26 October",
            "The Jäger Regiment leaves for the front",
            "Krasnov's troops occupy Gatchina",
        ];
        // The story's 52 hours; the events at 13–21 h, 21–24 h and 21–28 h.
        for track in [300.0, 333.0, 680.0, 1070.0] {
            let hour = track / 52.0;
            let marks = [
                mark(13.0 * hour, 21.0 * hour, en[0]),
                mark(21.0 * hour, 24.0 * hour, en[1]),
                mark(21.0 * hour, 28.0 * hour, en[2]),
            ];
            for max in 1..=3 {
                let placed = place_labels(&marks, track, max, mono);
                assert_clear(&placed, track);
                assert!(lane_count(&placed) <= max.max(2), "{track}: {placed:?}");
                for (p, full) in placed.iter().zip(en) {
                    let kept = p.text.trim_end_matches(ELLIPSIS);
                    assert!(full.starts_with(kept));
                    assert_eq!(p.shortened, p.text != full);
                }
            }
            // With three lanes and room enough, every title is whole.
            if track >= 680.0 {
                assert!(place_labels(&marks, track, 3, mono)
                    .iter()
                    .all(|p| !p.shortened));
            }
        }
    }

    #[test]
    fn nothing_to_place() {
        assert!(place_labels(&[], 300.0, 2, mono).is_empty());
        assert_eq!(lane_count(&[]), 1);
    }
}
