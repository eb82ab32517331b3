//! Identifiers of story records: distinct types, so a person id can never be passed where a
//! place id is expected, and strings, so they read well in URLs and in the data files.

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub struct $name(String);

        impl $name {
            /// Wraps an id read from data or from the URL; it is checked only by lookup.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as written in the data files and in URLs.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }
    };
}

id_type!(
    /// A place (`smolny`): the feature `id` in `places.geojson`.
    PlaceId
);
id_type!(
    /// A person (`lenin`) in `people.json`.
    PersonId
);
id_type!(
    /// A written work cited by the text (Lenin's article, the 1925 book).
    WorkId
);
id_type!(
    /// A paragraph (`p17`) or a footnote (`fn8`): the unit passages point into.
    BlockId
);
id_type!(
    /// A step of the journey (`chasseurs-meeting`).
    StepId
);
id_type!(
    /// A context event (`gatchina-occupied`).
    EventId
);
id_type!(
    /// A map overlay (`range-12-inch`): the feature `id` in `overlays.geojson`.
    OverlayId
);

/// Whether `id` has the one shape all ids share (`a-z`, `0-9`, `-`, starting with a
/// letter): stable in URLs and unambiguous in messages.
pub(crate) fn is_well_formed(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '-'))
        && !id.ends_with('-')
        && !id.contains("--")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_shape() {
        assert!(is_well_formed("smolny"));
        assert!(is_well_formed("p17"));
        assert!(is_well_formed("gatchina-baltic-station"));
        for bad in ["", "Smolny", "17", "a_b", "a-", "a--b", "é"] {
            assert!(!is_well_formed(bad), "{bad}");
        }
    }
}
