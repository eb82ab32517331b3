//! Julian and Gregorian dates, converted through the Julian day number.
//!
//! Russia kept the Julian calendar until February 1918, so the memoir's "26 octobre" is
//! 8 November for most readers. The app shows both; the story data is written in one
//! calendar and the other is always computed here, never typed by hand, so the two can
//! never disagree.
//!
//! The formulas (Fliegel and Van Flandern, as given by the Explanatory Supplement to the
//! Astronomical Almanac) hold for any year after 4800 BC; the tests check 1900–2099.

use std::fmt;

/// Which reckoning a date is written in; data files say it once for all their dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Calendar {
    /// Old Style: Russia until 31 January 1918, and the memoir's own dates.
    Julian,
    /// New Style: what readers today expect next to the Old Style date.
    Gregorian,
}

impl Calendar {
    /// Reads the name a data file uses (`"julian"` or `"gregorian"`).
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "julian" => Some(Self::Julian),
            "gregorian" => Some(Self::Gregorian),
            _ => None,
        }
    }

    /// Whether `year` has a 29 February in this calendar; the one rule where they differ.
    pub const fn is_leap_year(self, year: i32) -> bool {
        match self {
            Self::Julian => year.rem_euclid(4) == 0,
            Self::Gregorian => {
                (year.rem_euclid(4) == 0 && year.rem_euclid(100) != 0) || year.rem_euclid(400) == 0
            }
        }
    }

    /// Length of a month, so that parsers can reject "31 November" instead of rolling it over.
    pub const fn days_in_month(self, year: i32, month: u8) -> u8 {
        match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if self.is_leap_year(year) => 29,
            2 => 28,
            _ => 0,
        }
    }
}

/// A calendar date without its calendar: the calendar travels beside it, as in the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Astronomical year (1917).
    pub year: i32,
    /// 1 = January … 12 = December.
    pub month: u8,
    /// Day of the month, from 1.
    pub day: u8,
}

impl Date {
    /// A date from its parts, unchecked: use [`Date::is_valid_in`] on anything read from data.
    pub const fn new(year: i32, month: u8, day: u8) -> Self {
        Self { year, month, day }
    }

    /// Whether the month and day exist in that calendar's year.
    pub const fn is_valid_in(self, calendar: Calendar) -> bool {
        self.month >= 1
            && self.month <= 12
            && self.day >= 1
            && self.day <= calendar.days_in_month(self.year, self.month)
    }
}

impl fmt::Display for Date {
    /// ISO order (`1917-10-26`), which sorts and reads the same in every language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The Julian day number of a date: one count of days shared by both calendars, which is
/// what makes conversion and weekdays simple subtractions. Not checked: pass valid dates.
pub const fn day_number(calendar: Calendar, date: Date) -> i64 {
    let a = (14 - date.month as i64) / 12;
    let y = date.year as i64 + 4800 - a;
    let m = date.month as i64 + 12 * a - 3;
    let days = date.day as i64 + (153 * m + 2) / 5 + 365 * y + y / 4;
    match calendar {
        Calendar::Julian => days - 32083,
        Calendar::Gregorian => days - y / 100 + y / 400 - 32045,
    }
}

/// The date a Julian day number falls on in the given calendar.
pub const fn from_day_number(calendar: Calendar, jdn: i64) -> Date {
    let (b, c) = match calendar {
        Calendar::Julian => (0, jdn + 32082),
        Calendar::Gregorian => {
            let a = jdn + 32044;
            let b = (4 * a + 3) / 146_097;
            (b, a - 146_097 * b / 4)
        }
    };
    let d = (4 * c + 3) / 1461;
    let e = c - 1461 * d / 4;
    let m = (5 * e + 2) / 153;
    let day = e - (153 * m + 2) / 5 + 1;
    let month = m + 3 - 12 * (m / 10);
    let year = 100 * b + d - 4800 + m / 10;
    Date::new(year as i32, month as u8, day as u8)
}

/// The same day in the other calendar; `None` if the date does not exist.
pub const fn convert(date: Date, from: Calendar, to: Calendar) -> Option<Date> {
    if !date.is_valid_in(from) {
        return None;
    }
    Some(from_day_number(to, day_number(from, date)))
}

/// Old Style to New Style (26 Oct 1917 → 8 Nov 1917).
pub const fn julian_to_gregorian(date: Date) -> Option<Date> {
    convert(date, Calendar::Julian, Calendar::Gregorian)
}

/// New Style to Old Style (8 Nov 1917 → 26 Oct 1917).
pub const fn gregorian_to_julian(date: Date) -> Option<Date> {
    convert(date, Calendar::Gregorian, Calendar::Julian)
}

/// Day of the week. The order follows ISO 8601 (Monday first), like Russian calendars.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weekday {
    /// lundi
    Monday,
    /// mardi
    Tuesday,
    /// mercredi
    Wednesday,
    /// jeudi
    Thursday,
    /// vendredi
    Friday,
    /// samedi
    Saturday,
    /// dimanche
    Sunday,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Self::Monday,
        Self::Tuesday,
        Self::Wednesday,
        Self::Thursday,
        Self::Friday,
        Self::Saturday,
        Self::Sunday,
    ];

    /// The weekday of a Julian day number (day 0, 1 January 4713 BC Julian, was a Monday).
    pub const fn of_day_number(jdn: i64) -> Self {
        Self::ALL[jdn.rem_euclid(7) as usize]
    }

    /// French name, lower case as French writes it inside a sentence.
    pub const fn name_fr(self) -> &'static str {
        match self {
            Self::Monday => "lundi",
            Self::Tuesday => "mardi",
            Self::Wednesday => "mercredi",
            Self::Thursday => "jeudi",
            Self::Friday => "vendredi",
            Self::Saturday => "samedi",
            Self::Sunday => "dimanche",
        }
    }

    /// English name.
    pub const fn name_en(self) -> &'static str {
        match self {
            Self::Monday => "Monday",
            Self::Tuesday => "Tuesday",
            Self::Wednesday => "Wednesday",
            Self::Thursday => "Thursday",
            Self::Friday => "Friday",
            Self::Saturday => "Saturday",
            Self::Sunday => "Sunday",
        }
    }
}

/// The weekday of a date, which is the same in both calendars for the same day.
pub const fn weekday(calendar: Calendar, date: Date) -> Option<Weekday> {
    if !date.is_valid_in(calendar) {
        return None;
    }
    Some(Weekday::of_day_number(day_number(calendar, date)))
}

/// French month name, lower case as inside a sentence ("26 octobre").
pub const fn month_name_fr(month: u8) -> &'static str {
    match month {
        1 => "janvier",
        2 => "février",
        3 => "mars",
        4 => "avril",
        5 => "mai",
        6 => "juin",
        7 => "juillet",
        8 => "août",
        9 => "septembre",
        10 => "octobre",
        11 => "novembre",
        12 => "décembre",
        _ => "",
    }
}

/// English month name.
pub const fn month_name_en(month: u8) -> &'static str {
    match month {
        1 => "January",
        2 => "February",
        3 => "March",
        4 => "April",
        5 => "May",
        6 => "June",
        7 => "July",
        8 => "August",
        9 => "September",
        10 => "October",
        11 => "November",
        12 => "December",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_story_days_are_thursday_to_saturday_8_to_10_november() {
        let days = [
            (26, 8, Weekday::Thursday),
            (27, 9, Weekday::Friday),
            (28, 10, Weekday::Saturday),
        ];
        for (julian, gregorian, wd) in days {
            let date = Date::new(1917, 10, julian);
            assert_eq!(
                julian_to_gregorian(date),
                Some(Date::new(1917, 11, gregorian))
            );
            assert_eq!(weekday(Calendar::Julian, date), Some(wd));
            assert_eq!(
                weekday(Calendar::Gregorian, Date::new(1917, 11, gregorian)),
                Some(wd)
            );
        }
    }

    #[test]
    fn the_gap_is_thirteen_days_from_1900_to_2099_and_round_trips() {
        for year in 1900..2100 {
            for month in 1..=12 {
                for day in 1..=Calendar::Julian.days_in_month(year, month) {
                    let julian = Date::new(year, month, day);
                    let jdn = day_number(Calendar::Julian, julian);
                    let gregorian = from_day_number(Calendar::Gregorian, jdn);
                    assert_eq!(day_number(Calendar::Gregorian, gregorian) - jdn, 0);
                    assert_eq!(gregorian_to_julian(gregorian), Some(julian), "{julian}");
                    assert_eq!(from_day_number(Calendar::Julian, jdn), julian);
                }
            }
        }
        // 13 days: the Julian 29 February 1900 exists and is the Gregorian 13 March.
        assert_eq!(
            julian_to_gregorian(Date::new(1900, 2, 29)),
            Some(Date::new(1900, 3, 13))
        );
        assert_eq!(
            julian_to_gregorian(Date::new(2099, 12, 18)),
            Some(Date::new(2099, 12, 31))
        );
        assert_eq!(
            julian_to_gregorian(Date::new(1917, 10, 25)),
            Some(Date::new(1917, 11, 7))
        );
    }

    #[test]
    fn the_switch_of_february_1918_and_known_weekdays() {
        // Russia went from Wednesday 31 January (O.S.) to Thursday 14 February (N.S.) 1918.
        let last_julian = Date::new(1918, 1, 31);
        assert_eq!(
            julian_to_gregorian(last_julian),
            Some(Date::new(1918, 2, 13))
        );
        assert_eq!(
            weekday(Calendar::Julian, last_julian),
            Some(Weekday::Wednesday)
        );
        assert_eq!(
            weekday(Calendar::Gregorian, Date::new(1918, 2, 14)),
            Some(Weekday::Thursday)
        );
        assert_eq!(
            weekday(Calendar::Gregorian, Date::new(2000, 1, 1)),
            Some(Weekday::Saturday)
        );
        assert_eq!(
            day_number(Calendar::Gregorian, Date::new(2000, 1, 1)),
            2_451_545
        );
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert_eq!(julian_to_gregorian(Date::new(1917, 11, 31)), None);
        assert_eq!(gregorian_to_julian(Date::new(1900, 2, 29)), None);
        assert_eq!(weekday(Calendar::Julian, Date::new(1917, 13, 1)), None);
        assert!(Date::new(1900, 2, 29).is_valid_in(Calendar::Julian));
        assert_eq!(Calendar::from_name("julian"), Some(Calendar::Julian));
        assert_eq!(Calendar::from_name("Julian"), None);
    }

    #[test]
    fn names_for_display() {
        assert_eq!(month_name_fr(10), "octobre");
        assert_eq!(month_name_en(11), "November");
        assert_eq!(Weekday::Thursday.name_fr(), "jeudi");
        assert_eq!(Weekday::Thursday.name_en(), "Thursday");
        assert_eq!(Date::new(1917, 10, 26).to_string(), "1917-10-26");
    }
}
