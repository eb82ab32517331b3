//! Validates the story and the basemap in `assets/` and bakes them for the app.
//!
//! The story comes from the folder named by `STORY_DIR` (relative to the crate root;
//! `assets/story` when unset), so that `STORY_DIR=tests/fixtures/reed trunk build` makes
//! the app of another story; it is read by `story::StoryDir`, as the `story` tool reads it.
//!
//! The loaders of `src/story` and `src/basemap` (with the `src/base` types they use) are
//! compiled into this script as they are, so the data is checked by exactly the code the
//! tests check. A problem stops the build, naming the file, record and field; the app then
//! ships postcard bytes instead of JSON, and so carries neither a JSON parser nor the
//! validation code (`src/baked.rs` decodes them).

// The modules below are the library's, linted there as public API; here, private and half
// used, they would raise dead-code and API-naming warnings that do not apply.
#![allow(dead_code, unused_imports)]

#[allow(clippy::all)]
#[path = "src/base/mod.rs"]
mod base;

#[allow(clippy::all)]
#[path = "src/story/mod.rs"]
mod story;

#[allow(clippy::all)]
#[path = "src/basemap/mod.rs"]
mod basemap;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = std::env::var_os("CARGO_MANIFEST_DIR").map(std::path::PathBuf::from);
    let Some(root) = root else {
        eprintln!("build.rs: cargo did not set CARGO_MANIFEST_DIR");
        return ExitCode::FAILURE;
    };
    let given = story::StoryDir::dir_from_env();
    let story_dir = root.join(&given);
    println!("cargo::rerun-if-env-changed={}", story::dir::DIR_VARIABLE);
    println!("cargo::rerun-if-changed={}", story_dir.display());
    // Named in the app's message should the baked bytes not decode (src/baked.rs); as
    // given, so that no path of the build machine ends up in the app.
    println!("cargo::rustc-env=PETROGRAD_STORY_DIR={}", given.display());
    for dir in ["assets/basemap", "src/story", "src/basemap", "src/base"] {
        println!("cargo::rerun-if-changed={dir}");
    }
    let out = std::env::var_os("OUT_DIR").map(std::path::PathBuf::from);
    let Some(out) = out else {
        eprintln!("build.rs: cargo did not set OUT_DIR");
        return ExitCode::FAILURE;
    };
    match bake(&story_dir, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problems) => {
            eprintln!(
                "The story in {} or the basemap in assets/basemap does not validate:",
                given.display()
            );
            for problem in problems {
                eprintln!("  {problem}");
            }
            ExitCode::FAILURE
        }
    }
}

fn bake(story_dir: &Path, out: &Path) -> Result<(), Vec<String>> {
    let story = story::load_dir(story_dir)
        .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let (story, translated_text) = story.split_translated_text();
    write(&out.join("story.postcard"), &story)?;
    bake_fetched(out, TRANSLATION, translated_text.as_ref())?;
    let region =
        basemap::Basemap::bundled(basemap::Level::Region).map_err(|e| vec![e.to_string()])?;
    write(&out.join("basemap-region.postcard"), &region)?;
    let city = basemap::Basemap::bundled(basemap::Level::City).map_err(|e| vec![e.to_string()])?;
    bake_fetched(out, CITY_BASEMAP, Some(&city))?;
    Ok(())
}

/// A file the app fetches after the first view: its name's prefix, and the variable that
/// tells the app the full name.
struct Fetched {
    prefix: &'static str,
    variable: &'static str,
}

/// The translated text: a reader who reads the original never downloads it.
const TRANSLATION: Fetched = Fetched {
    prefix: "translation",
    variable: "PETROGRAD_TRANSLATION_FILE",
};

/// The city level of the basemap (full-detail coastline, the streets, canals, bridges and
/// districts of 1917): only the city's zoom needs it, so the first view does without it.
const CITY_BASEMAP: Fetched = Fetched {
    prefix: "basemap-city",
    variable: "PETROGRAD_CITY_BASEMAP_FILE",
};

/// Bakes `value` apart, into `PREFIX-HASH.postcard`, which `scripts/copy_baked.py` copies
/// into `dist/` and the app fetches after the first view. The name changes with the
/// content, so no cache ever serves an old file to a new app; the app learns it from the
/// variable. Files of earlier builds are removed, so that exactly one is there to copy;
/// `None` (a story without a translation) leaves none and sets no variable.
fn bake_fetched<T: serde::Serialize>(
    out: &Path,
    file: Fetched,
    value: Option<&T>,
) -> Result<(), Vec<String>> {
    use std::hash::{Hash, Hasher};
    let stale = std::fs::read_dir(out).map_err(|e| vec![format!("{}: {e}", out.display())])?;
    let prefix = format!("{}-", file.prefix);
    for entry in stale.flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    let Some(value) = value else {
        return Ok(());
    };
    let bytes = postcard::to_allocvec(value)
        .map_err(|e| vec![format!("{}: cannot encode: {e}", file.prefix)])?;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    let name = format!("{prefix}{:016x}.postcard", hasher.finish());
    std::fs::write(out.join(&name), bytes).map_err(|e| vec![format!("{name}: {e}")])?;
    println!("cargo::rustc-env={}={name}", file.variable);
    Ok(())
}

fn write<T: serde::Serialize>(path: &Path, value: &T) -> Result<(), Vec<String>> {
    let bytes = postcard::to_allocvec(value)
        .map_err(|e| vec![format!("{}: cannot encode: {e}", path.display())])?;
    std::fs::write(path, bytes).map_err(|e| vec![format!("{}: {e}", path.display())])
}
