//! The interface language. The memoir itself stays in French whatever is chosen.

/// A language the interface is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English, the default for browsers that prefer neither language.
    #[default]
    En,
    /// French, the memoir's own language.
    Fr,
}

impl Lang {
    /// Both languages, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The code used in URLs, in `lang` attributes and as the data's localisation key.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The code as the language switch shows it. A constant rather than
    /// `code().to_uppercase()`, which would ship Unicode's case tables to the browser.
    pub const fn label(self) -> &'static str {
        match self {
            Lang::En => "EN",
            Lang::Fr => "FR",
        }
    }

    /// The language of an exact code (`en`, `fr`); anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// The first supported language of a browser's preference list (`navigator.languages`,
    /// e.g. `["fr-CA", "en"]`), or English: readers get their own language without asking.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .filter_map(|tag| {
                let primary = tag.split(['-', '_']).next().unwrap_or_default();
                Lang::from_code(&primary.to_ascii_lowercase())
            })
            .next()
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_preferences_pick_the_first_supported_language() {
        assert_eq!(Lang::from_preferences(["fr-CA", "en-GB"]), Lang::Fr);
        assert_eq!(Lang::from_preferences(["de-DE", "EN-us"]), Lang::En);
        assert_eq!(Lang::from_preferences(["ru", "fr"]), Lang::Fr);
        assert_eq!(Lang::from_preferences(["ru"]), Lang::En);
        assert_eq!(Lang::from_preferences([]), Lang::En);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("EN"), None);
    }
}
