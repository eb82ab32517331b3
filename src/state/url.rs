//! The view as a query string, so that a link or a reload opens the same view.
//!
//! Parsing is strict per parameter and forgiving overall: a value that makes no sense
//! (unknown, out of range, repeated with another value, hostile) is dropped and that
//! parameter falls back to its default, while the others still apply. Nothing read here is
//! ever interpreted as markup: values are only matched against tight grammars.

use crate::logic::find::normalize_query;
use crate::logic::number::decimal;
use crate::state::lang::Lang;

/// Which part of the reader is open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Panel {
    /// The passages about the current moment or the selected place.
    #[default]
    Passages,
    /// The whole memoir in reading order.
    Text,
    /// The places and stops as a list: the text alternative to the map.
    Places,
    /// The hits of a search in the memoir.
    Find,
}

impl Panel {
    /// The value written in the URL.
    pub const fn code(self) -> &'static str {
        match self {
            Panel::Passages => "passages",
            Panel::Text => "text",
            Panel::Places => "places",
            Panel::Find => "find",
        }
    }

    fn from_code(code: &str) -> Option<Panel> {
        match code {
            "passages" => Some(Panel::Passages),
            "text" => Some(Panel::Text),
            "places" => Some(Panel::Places),
            "find" => Some(Panel::Find),
            _ => None,
        }
    }
}

/// Which text the reader shows, when the story has a translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reading {
    /// The memoir as written.
    Original,
    /// The project's translation.
    Translation,
    /// Both, side by side (stacked on a phone).
    Both,
}

impl Reading {
    /// Every choice, in the order the reader offers them.
    pub const ALL: [Reading; 3] = [Reading::Original, Reading::Translation, Reading::Both];

    /// The value written in the URL.
    pub const fn code(self) -> &'static str {
        match self {
            Reading::Original => "original",
            Reading::Translation => "translation",
            Reading::Both => "both",
        }
    }

    /// Reads the value written in the URL.
    pub fn from_code(code: &str) -> Option<Reading> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Whether the original is shown.
    pub const fn shows_original(self) -> bool {
        !matches!(self, Reading::Translation)
    }

    /// Whether the translation is shown.
    pub const fn shows_translation(self) -> bool {
        !matches!(self, Reading::Original)
    }
}

/// A map view as the URL carries it: centre and zoom, rounded so links stay short.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    /// Latitude of the centre, degrees.
    pub lat: f64,
    /// Longitude of the centre, degrees.
    pub lon: f64,
    /// Web Mercator zoom.
    pub zoom: f64,
}

/// Everything the URL can say; `None` means "use the default".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    /// Selected place id (checked against the story by the caller).
    pub place: Option<String>,
    /// Clock, in minutes since 26 October 1917 00:00 Julian (range-checked by the caller).
    pub minutes: Option<i32>,
    /// Map view (range-checked by the caller against the map's limits).
    pub map: Option<MapView>,
    /// Interface language.
    pub lang: Option<Lang>,
    /// Open reader panel.
    pub panel: Option<Panel>,
    /// The text the reader chose to read.
    pub reading: Option<Reading>,
    /// A search in the memoir (see [`crate::logic::find::normalize_query`]), as typed.
    pub query: Option<String>,
    /// Whether the page is embedded in another (`embed=1`): a frame's layout.
    pub embed: bool,
}

/// The longest id or value the parser looks at; longer ones are hostile or mistaken.
const MAX_VALUE_LEN: usize = 64;

/// Parses `location.search` (with or without its leading `?`). The query is decoded as
/// browsers encode it (`form_urlencoded`: percent-escapes, `+` for a space), so a link
/// copied with its commas escaped (`%2C`) reads as written; each value then has to match
/// its parameter's strict grammar, or is dropped on its own.
pub fn parse(query: &str) -> UrlState {
    let query = query.strip_prefix('?').unwrap_or(query);
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    UrlState {
        place: single(&pairs, "place").and_then(parse_id),
        minutes: single(&pairs, "t").and_then(parse_minutes),
        map: single(&pairs, "map").and_then(parse_map),
        lang: single(&pairs, "lang").and_then(Lang::from_code),
        panel: single(&pairs, "panel").and_then(Panel::from_code),
        reading: single(&pairs, "read").and_then(Reading::from_code),
        query: single(&pairs, "q").and_then(parse_query),
        embed: single(&pairs, "embed") == Some("1"),
    }
}

/// The value of `key` if it is given once, or several times with the same value; a key
/// repeated with different values is ambiguous and counts as absent.
fn single<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    let mut values = pairs
        .iter()
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v.as_str());
    let first = values.next()?;
    if values.all(|v| v == first) && first.len() <= MAX_VALUE_LEN {
        Some(first)
    } else {
        None
    }
}

/// The characters a search may hold: letters and digits of any script, spaces, and the
/// punctuation of names and phrases (`l'armée`, `Tsarskoïé-Sélo`). Anything else (markup,
/// controls, quotes) drops the whole value: the URL's grammar stays strict.
fn parse_query(value: &str) -> Option<String> {
    let allowed = |c: char| c.is_alphanumeric() || matches!(c, ' ' | '\'' | '’' | '-' | '.' | ',');
    if !value.chars().all(allowed) {
        return None;
    }
    normalize_query(value)
}

fn parse_id(value: &str) -> Option<String> {
    let ok = !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    ok.then(|| value.to_string())
}

/// Minutes as a plain integer: a story spans days, so anything beyond ±10 days of the
/// epoch is nonsense and is dropped rather than clamped to an arbitrary end.
fn parse_minutes(value: &str) -> Option<i32> {
    const LIMIT: i32 = 10 * 24 * 60;
    let digits = value.strip_prefix('-').unwrap_or(value);
    if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let minutes: i32 = value.parse().ok()?;
    (-LIMIT..=LIMIT).contains(&minutes).then_some(minutes)
}

fn parse_map(value: &str) -> Option<MapView> {
    let mut parts = value.split(',');
    let lat = parse_number(parts.next()?)?;
    let lon = parse_number(parts.next()?)?;
    let zoom = parse_number(parts.next()?)?;
    if parts.next().is_some()
        || !(-85.0..=85.0).contains(&lat)
        || !(-180.0..=180.0).contains(&lon)
        || !(0.0..=24.0).contains(&zoom)
    {
        return None;
    }
    Some(MapView { lat, lon, zoom })
}

/// A plain decimal (`59.93`, `-0.5`): no exponent, no `inf`, no `NaN`, no `+`, which
/// Rust's float parser would otherwise accept; the grammar is checked here and the
/// conversion is `str::parse`'s.
fn parse_number(text: &str) -> Option<f64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let plain = digits.len() <= 12
        && !(whole.is_empty() && fraction.is_empty())
        && whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit());
    if !plain {
        return None;
    }
    text.parse().ok()
}

/// The query string of a state, without the leading `?`; defaults are left out so the
/// default view has the plain URL.
pub fn to_query(state: &UrlState) -> String {
    let mut parts = Vec::new();
    if let Some(place) = &state.place {
        parts.push(format!("place={place}"));
    }
    if let Some(minutes) = state.minutes {
        parts.push(format!("t={minutes}"));
    }
    if let Some(map) = state.map {
        parts.push(format!(
            "map={},{},{}",
            decimal(map.lat, 5),
            decimal(map.lon, 5),
            decimal(map.zoom, 2)
        ));
    }
    if let Some(lang) = state.lang {
        parts.push(format!("lang={}", lang.code()));
    }
    if let Some(panel) = state.panel {
        parts.push(format!("panel={}", panel.code()));
    }
    if let Some(reading) = state.reading {
        parts.push(format!("read={}", reading.code()));
    }
    if let Some(query) = &state.query {
        let escaped: String = form_urlencoded::byte_serialize(query.as_bytes()).collect();
        parts.push(format!("q={escaped}"));
    }
    if state.embed {
        parts.push("embed=1".to_string());
    }
    parts.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_decimals_read_as_the_numbers_they_write() {
        // Each sample with the value it writes, computed apart from any text parsing.
        let samples: [(&str, f64); 16] = [
            ("0", 0.0),
            ("-0", -0.0),
            ("7", 7.0),
            ("59.93451", 5_993_451.0 / 100_000.0),
            ("30.3", 303.0 / 10.0),
            ("-0.5", -0.5),
            (".5", 0.5),
            ("5.", 5.0),
            ("12.25", 12.25),
            ("99999999999", 99_999_999_999.0),
            ("0.0000000001", 1.0 / 10_000_000_000.0),
            ("1234.567890", 1_234_567_890.0 / 1_000_000.0),
            ("-30.31849", -3_031_849.0 / 100_000.0),
            ("11.5", 11.5),
            ("0.1", 1.0 / 10.0),
            ("0.3", 3.0 / 10.0),
        ];
        for (text, value) in samples {
            let ours = parse_number(text).expect("a plain decimal");
            assert_eq!(ours.to_bits(), value.to_bits(), "{text}");
        }
        // Every 5-decimal latitude and longitude the app writes: the number is the integer
        // of its digits over 10^5, which is exactly what a correctly rounded reading gives
        // (both are the nearest double to the same rational).
        for units in (0..9_000_000_i64).step_by(997) {
            let text = format!("{}.{:05}", units / 100_000, units % 100_000);
            let value = units as f64 / 100_000.0;
            assert_eq!(parse_number(&text), Some(value), "{text}");
        }
    }

    #[test]
    fn a_full_query_round_trips() {
        let state = UrlState {
            place: Some("gatchina".into()),
            minutes: Some(1560),
            map: Some(MapView {
                lat: 59.9,
                lon: 30.3,
                zoom: 11.5,
            }),
            lang: Some(Lang::Fr),
            panel: Some(Panel::Text),
            reading: Some(Reading::Both),
            query: Some("Tsarskoïé-Sélo l'armée".into()),
            embed: true,
        };
        assert_eq!(parse(&format!("?{}", to_query(&state))), state);
        for reading in Reading::ALL {
            let query = to_query(&UrlState {
                reading: Some(reading),
                ..UrlState::default()
            });
            assert_eq!(parse(&query).reading, Some(reading), "{query}");
        }
    }

    #[test]
    fn each_bad_parameter_falls_back_alone() {
        let state = parse(
            "?place=<script>alert(1)</script>&t=99999999999&map=NaN,inf,3&lang=de&panel=text&read=all",
        );
        assert_eq!(state.reading, None);
        assert_eq!(state.place, None);
        assert_eq!(state.minutes, None);
        assert_eq!(state.map, None);
        assert_eq!(state.lang, None);
        assert_eq!(state.panel, Some(Panel::Text));
    }

    #[test]
    fn a_search_is_words_and_the_punctuation_of_names() {
        assert_eq!(parse("q=Krasnov").query.as_deref(), Some("Krasnov"));
        assert_eq!(parse("q=L%C3%A9nine").query.as_deref(), Some("Lénine"));
        assert_eq!(
            parse("q=Vladimir+Ilitch").query.as_deref(),
            Some("Vladimir Ilitch")
        );
        assert_eq!(
            parse("q=%20%20garde%20%20rouge%20").query.as_deref(),
            Some("garde rouge")
        );
        assert_eq!(
            parse("q=l%E2%80%99arm%C3%A9e").query.as_deref(),
            Some("l’armée")
        );
        // Markup, quotes, controls, one letter, too long: dropped, the rest still applies.
        for bad in [
            "q=%3Cscript%3E",
            "q=a%22b",
            "q=ab%00",
            "q=a",
            "q=%20",
            "q=",
            "q=a&q=b",
        ] {
            assert_eq!(parse(&format!("{bad}&lang=fr")).query, None, "{bad}");
            assert_eq!(
                parse(&format!("{bad}&lang=fr")).lang,
                Some(Lang::Fr),
                "{bad}"
            );
        }
        assert_eq!(parse(&format!("q={}", "a".repeat(65))).query, None);
        // Old links, without a search, open as before.
        assert_eq!(parse("t=990&lang=en").query, None);
    }

    #[test]
    fn embedding_is_said_with_a_one() {
        assert!(parse("embed=1").embed);
        for other in ["embed=0", "embed=true", "embed=", "embed=1&embed=2", ""] {
            assert!(!parse(other).embed, "{other}");
        }
        assert_eq!(to_query(&parse("embed=1&t=990")), "t=990&embed=1");
    }

    #[test]
    fn repeated_keys_with_different_values_are_ambiguous() {
        assert_eq!(parse("lang=fr&lang=en").lang, None);
        assert_eq!(parse("lang=fr&lang=fr").lang, Some(Lang::Fr));
    }

    #[test]
    fn numbers_are_plain_decimals_only() {
        assert_eq!(parse("t=1e3").minutes, None);
        assert_eq!(parse("t=-30").minutes, Some(-30));
        assert_eq!(parse("map=5.9e1,30,10").map, None);
        assert_eq!(parse("map=59.9,30.3,10,1").map, None);
        assert_eq!(
            parse("map=59.9%2C30.3%2C10").map.map(|m| m.zoom),
            Some(10.0)
        );
        assert_eq!(parse("map=.,30,10").map, None);
    }

    #[test]
    fn the_query_is_decoded_as_browsers_encode_it() {
        let map = |q: &str| parse(q).map.map(|m| (m.lat, m.lon, m.zoom));
        assert_eq!(map("map=59.9%2C30.3%2C10"), Some((59.9, 30.3, 10.0)));
        assert_eq!(map("map=59.9%2c30.3%2c10"), Some((59.9, 30.3, 10.0)));
        // Escapes anywhere, in keys too; a decoded value still has to fit its grammar.
        assert_eq!(parse("%6Cang=%66r").lang, Some(Lang::Fr));
        assert_eq!(parse("place=gat%63hina").place.as_deref(), Some("gatchina"));
        assert_eq!(parse("t=%31560").minutes, Some(1560));
        assert_eq!(parse("map=59.9%2C30.3%2D10").map, None);
        assert_eq!(parse("place=a+b").place, None);
        assert_eq!(parse("place=%3Cscript%3E").place, None);
        // A broken escape stays as it is, and its value is dropped.
        assert_eq!(parse("t=%3").minutes, None);
        assert_eq!(parse("lang=%E9%ff").lang, None);
    }

    #[test]
    fn ids_are_lowercase_words() {
        assert_eq!(parse("place=smolny").place.as_deref(), Some("smolny"));
        assert_eq!(parse("place=Smolny").place, None);
        assert_eq!(parse("place=").place, None);
        assert_eq!(parse("place=a%20b").place, None);
    }

    #[test]
    fn garbage_gives_the_default_view() {
        for junk in ["", "?", "&&&", "=", "?=&=", "%", "?t", "map=,,", "\u{0}"] {
            assert_eq!(parse(junk), UrlState::default(), "{junk:?}");
        }
    }
}
