//! Story time: one integer clock for the whole story, so that ordering, spans and the
//! timeline are plain arithmetic, and dates in either calendar are derived from it.

use std::fmt;

use crate::base::calendar::{self, Calendar, Date, Weekday};

/// A moment of the story, in minutes since 26 October 1917 00:00 (Julian, Petrograd time).
///
/// Minutes are the finest grain the memoir ever gives ("deux heures du matin"), and an
/// integer keeps instants exactly comparable and hashable (URLs carry them as they are).
/// Negative values are allowed (the days before the 26th).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct Instant(i32);

/// The story's day zero, in the calendar the memoir uses.
pub const EPOCH: Date = Date::new(1917, 10, 26);
const EPOCH_DAY: i64 = calendar::day_number(Calendar::Julian, EPOCH);
const MINUTES_PER_DAY: i32 = 24 * 60;

/// A date and time of day in one calendar, ready to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTime {
    /// The date in the calendar asked for.
    pub date: Date,
    /// 0–23.
    pub hour: u8,
    /// 0–59.
    pub minute: u8,
    /// Same in both calendars; carried here so views need not recompute it.
    pub weekday: Weekday,
}

impl Instant {
    /// An instant from its raw minute count (as stored in a URL).
    pub const fn from_minutes(minutes: i32) -> Self {
        Self(minutes)
    }

    /// The raw minute count since the epoch.
    pub const fn minutes(self) -> i32 {
        self.0
    }

    /// The instant `minutes` later (or earlier, if negative); saturates rather than
    /// overflowing, since the value may come from a URL.
    pub const fn plus_minutes(self, minutes: i32) -> Self {
        Self(self.0.saturating_add(minutes))
    }

    /// Minutes from `earlier` to `self` (saturating, like [`Instant::plus_minutes`]).
    pub const fn minutes_since(self, earlier: Instant) -> i32 {
        self.0.saturating_sub(earlier.0)
    }

    /// The instant of a date and time written in either calendar; `None` if the date does
    /// not exist, the time is out of range, or the moment is too far from 1917 to count.
    pub fn from_date_time(calendar: Calendar, date: Date, hour: u8, minute: u8) -> Option<Self> {
        if !date.is_valid_in(calendar) || hour > 23 || minute > 59 {
            return None;
        }
        let days = calendar::day_number(calendar, date) - EPOCH_DAY;
        let minutes = days * i64::from(MINUTES_PER_DAY) + i64::from(hour) * 60 + i64::from(minute);
        i32::try_from(minutes).ok().map(Self)
    }

    /// Reads `YYYY-MM-DDTHH:MM`, the one timestamp form of the data files.
    pub fn parse(text: &str, calendar: Calendar) -> Result<Self, String> {
        let bad = || format!("`{text}` is not a date and time of the form YYYY-MM-DDTHH:MM");
        let (date, time) = text.split_once('T').ok_or_else(bad)?;
        let mut date_parts = date.split('-');
        let (Some(y), Some(mo), Some(d), None) = (
            date_parts.next(),
            date_parts.next(),
            date_parts.next(),
            date_parts.next(),
        ) else {
            return Err(bad());
        };
        let (h, mi) = time.split_once(':').ok_or_else(bad)?;
        let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y, 4) && digits(mo, 2) && digits(d, 2) && digits(h, 2) && digits(mi, 2)) {
            return Err(bad());
        }
        let number = |s: &str| s.parse::<u32>().map_err(|_| bad());
        let (year, month, day, hour, minute) =
            (number(y)?, number(mo)?, number(d)?, number(h)?, number(mi)?);
        let date = Date::new(year as i32, month as u8, day as u8);
        if !date.is_valid_in(calendar) {
            return Err(format!(
                "`{text}`: there is no such day in the {calendar:?} calendar"
            ));
        }
        if hour > 23 || minute > 59 {
            return Err(format!("`{text}`: no such time of day"));
        }
        Self::from_date_time(calendar, date, hour as u8, minute as u8)
            .ok_or_else(|| format!("`{text}` is too far from 1917"))
    }

    /// The date and time in the calendar asked for.
    pub fn in_calendar(self, calendar: Calendar) -> DateTime {
        let days = self.0.div_euclid(MINUTES_PER_DAY);
        let minute_of_day = self.0.rem_euclid(MINUTES_PER_DAY);
        let jdn = EPOCH_DAY + i64::from(days);
        DateTime {
            date: calendar::from_day_number(calendar, jdn),
            hour: (minute_of_day / 60) as u8,
            minute: (minute_of_day % 60) as u8,
            weekday: Weekday::of_day_number(jdn),
        }
    }

    /// The memoir's own (Old Style) date and time.
    pub fn julian(self) -> DateTime {
        self.in_calendar(Calendar::Julian)
    }

    /// The New Style date and time, computed, never stored.
    pub fn gregorian(self) -> DateTime {
        self.in_calendar(Calendar::Gregorian)
    }
}

impl fmt::Display for Instant {
    /// The data files' own form, in the Julian calendar: `1917-10-27T02:00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.julian();
        write!(f, "{}T{:02}:{:02}", t.date, t.hour, t.minute)
    }
}

/// How far the data can be trusted on when a step happened: the timeline draws each
/// differently, so the reader sees what the memoir says and what was reconstructed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Certainty {
    /// The text gives the hour ("Il était deux heures du matin").
    Exact,
    /// The text gives a duration or an approximate hour ("une heure environ").
    Approximate,
    /// The text gives only the part of the day ("au matin", "le soir").
    PartOfDay,
    /// The text gives nothing: the span is reconstructed from the sequence of events.
    Inferred,
}

impl Certainty {
    /// Reads the data files' name for it.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "exact" => Some(Self::Exact),
            "approximate" => Some(Self::Approximate),
            "part-of-day" => Some(Self::PartOfDay),
            "inferred" => Some(Self::Inferred),
            _ => None,
        }
    }

    /// The data files' name for it.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::Approximate => "approximate",
            Self::PartOfDay => "part-of-day",
            Self::Inferred => "inferred",
        }
    }
}

/// When something happened: the model's placement on the clock, how sure it is, and how
/// the memoir itself puts it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TimeSpan {
    /// First minute (inclusive).
    pub start: Instant,
    /// End (exclusive): the next step starts here.
    pub end: Instant,
    /// How the span was obtained.
    pub certainty: Certainty,
    /// The memoir's own words for the time ("le soir"), when it has any.
    pub phrase: Option<String>,
}

impl TimeSpan {
    /// Whether `t` falls in the half-open span `[start, end)`.
    pub fn contains(&self, t: Instant) -> bool {
        self.start <= t && t < self.end
    }

    /// Length in minutes.
    pub fn minutes(&self) -> i32 {
        self.end.minutes_since(self.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_two_in_the_morning_of_the_27th() {
        let t = Instant::parse("1917-10-27T02:00", Calendar::Julian);
        assert_eq!(t, Ok(Instant::from_minutes(26 * 60)));
        let t = Instant::from_minutes(26 * 60);
        assert_eq!(t.to_string(), "1917-10-27T02:00");
        let g = t.gregorian();
        assert_eq!((g.date, g.hour, g.minute), (Date::new(1917, 11, 9), 2, 0));
        assert_eq!(g.weekday, Weekday::Friday);
        assert_eq!(
            Instant::parse("1917-11-08T00:00", Calendar::Gregorian),
            Ok(Instant::default())
        );
    }

    #[test]
    fn before_the_epoch_is_negative_and_prints_back() {
        let t = Instant::parse("1917-10-20T19:30", Calendar::Julian).unwrap();
        assert!(t.minutes() < 0);
        assert_eq!(t.to_string(), "1917-10-20T19:30");
        assert_eq!(t.julian().hour, 19);
    }

    #[test]
    fn malformed_timestamps_are_refused_with_the_text() {
        for bad in [
            "1917-10-26",
            "1917-10-26T8:00",
            "1917-10-32T08:00",
            "1917-10-26T24:00",
            "26/10/1917 08:00",
            "1917-10-26T08:00:00",
        ] {
            let err = Instant::parse(bad, Calendar::Julian).unwrap_err();
            assert!(err.contains(bad), "{err}");
        }
    }

    #[test]
    fn arithmetic_saturates_at_the_ends() {
        let max = Instant::from_minutes(i32::MAX);
        assert_eq!(max.plus_minutes(1), max);
        assert_eq!(max.minutes_since(Instant::from_minutes(i32::MIN)), i32::MAX);
        let _ = Instant::from_minutes(i32::MIN).gregorian();
        let _ = max.julian();
    }

    #[test]
    fn spans_are_half_open() {
        let span = TimeSpan {
            start: Instant::from_minutes(10),
            end: Instant::from_minutes(20),
            certainty: Certainty::Inferred,
            phrase: None,
        };
        assert!(span.contains(Instant::from_minutes(10)));
        assert!(!span.contains(Instant::from_minutes(20)));
        assert_eq!(span.minutes(), 10);
        assert_eq!(
            Certainty::from_name("part-of-day"),
            Some(Certainty::PartOfDay)
        );
        assert_eq!(Certainty::PartOfDay.name(), "part-of-day");
    }
}
