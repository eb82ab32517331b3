//! Dates and times in words, per language, always with both calendars: the memoir counts
//! in the Julian (Old Style) calendar, readers today in the Gregorian one.

use crate::base::calendar::{month_name_en, month_name_fr};
use crate::state::Lang;
use crate::story::Instant;

/// The day of an instant, Julian first and Gregorian in brackets:
/// "Thursday 26 October 1917 (8 November N.S.)" / "jeudi 26 octobre 1917 (8 novembre)".
pub fn day_label(lang: Lang, t: Instant) -> String {
    let julian = t.julian();
    let gregorian = t.gregorian();
    let (j, g) = (julian.date, gregorian.date);
    match lang {
        Lang::En => format!(
            "{} {} {} {} ({} {} N.S.)",
            julian.weekday.name_en(),
            j.day,
            month_name_en(j.month),
            j.year,
            g.day,
            month_name_en(g.month)
        ),
        Lang::Fr => format!(
            "{} {} {} {} ({} {})",
            julian.weekday.name_fr(),
            j.day,
            month_name_fr(j.month),
            j.year,
            g.day,
            month_name_fr(g.month)
        ),
    }
}

/// The time of day of an instant: "02:00" in English, "2 h 00" in French.
pub fn format_time(lang: Lang, t: Instant) -> String {
    let dt = t.julian();
    match lang {
        Lang::En => format!("{:02}:{:02}", dt.hour, dt.minute),
        Lang::Fr => format!("{} h {:02}", dt.hour, dt.minute),
    }
}

/// A short hour for the timeline's ticks, where space is tight: "09:00" / "9 h".
pub fn format_hour(lang: Lang, t: Instant) -> String {
    let dt = t.julian();
    match lang {
        Lang::En => format!("{:02}:{:02}", dt.hour, dt.minute),
        Lang::Fr if dt.minute == 0 => format!("{} h", dt.hour),
        Lang::Fr => format!("{} h {:02}", dt.hour, dt.minute),
    }
}

/// Day and time together, as a screen reader should speak the timeline's value.
pub fn format_instant(lang: Lang, t: Instant) -> String {
    format!("{}, {}", day_label(lang, t), format_time(lang, t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_in_the_morning_of_the_27th_in_both_languages() {
        let t = Instant::from_minutes(24 * 60 + 2 * 60);
        assert_eq!(
            format_instant(Lang::En, t),
            "Friday 27 October 1917 (9 November N.S.), 02:00"
        );
        assert_eq!(
            format_instant(Lang::Fr, t),
            "vendredi 27 octobre 1917 (9 novembre), 2 h 00"
        );
    }

    #[test]
    fn the_first_day_is_a_thursday() {
        assert_eq!(
            day_label(Lang::En, Instant::from_minutes(9 * 60)),
            "Thursday 26 October 1917 (8 November N.S.)"
        );
    }
}
