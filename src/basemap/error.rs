//! Why the bundled basemap could not be read.

use std::fmt;

/// A basemap file that does not decode. It names the file and, when it can, the feature, so
/// a bad regeneration of `assets/basemap/` is found from the message alone.
#[derive(Clone, Debug, PartialEq)]
pub struct BasemapError {
    /// Repository path of the file.
    pub file: &'static str,
    /// Index of the feature in the file's `features` array, when the error is in one.
    pub feature: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl BasemapError {
    /// A problem with a file as a whole (it does not parse, or does not decode).
    pub fn in_file(file: &'static str, message: impl Into<String>) -> Self {
        Self {
            file,
            feature: None,
            message: message.into(),
        }
    }

    pub(super) fn in_feature(
        file: &'static str,
        feature: usize,
        message: impl Into<String>,
    ) -> Self {
        Self {
            file,
            feature: Some(feature),
            message: message.into(),
        }
    }
}

impl fmt::Display for BasemapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.feature {
            Some(i) => write!(f, "{}, feature {}: {}", self.file, i, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for BasemapError {}
