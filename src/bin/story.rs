//! `story`: the command-line tool for writing a story, run natively (never by Trunk, which
//! builds only the `petrograd1917` binary named in `index.html`).
//!
//! ```text
//! cargo run --bin story -- check [DIR]             validate a story folder
//! cargo run --bin story -- export [DIR] [-o FILE]  write it as GeoJSON (stdout without -o)
//! ```
//!
//! `DIR` defaults to `$STORY_DIR`, then `assets/story`: the folder the build would bake.
//! Both read the folder with `story::StoryDir` and validate it with `story::load`, the
//! code `build.rs` runs, so `check` passes exactly when the build would. Every problem is
//! printed, naming file, record and field; the exit code is 1 when there is any (or a file
//! is missing or unreadable), 2 for a command line it does not understand, 0 otherwise.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use petrograd1917::story::{export, Problem, StepKind, Story, StoryDir};

const USAGE: &str = "usage: story check [DIR]\n       story export [DIR] [-o FILE]\n\
DIR defaults to $STORY_DIR, then assets/story.";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
enum Command {
    Check(PathBuf),
    Export(PathBuf, Option<PathBuf>),
}

fn parse(args: &[String]) -> Result<Command, String> {
    let (verb, rest) = args.split_first().ok_or("no command given")?;
    let mut dir = None;
    let mut out = None;
    let mut rest = rest.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "-o" | "--out" if verb == "export" => {
                out = Some(PathBuf::from(rest.next().ok_or("-o needs a file name")?));
            }
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            path if dir.is_none() => dir = Some(PathBuf::from(path)),
            extra => return Err(format!("unexpected argument `{extra}`")),
        }
    }
    let dir = dir.unwrap_or_else(StoryDir::dir_from_env);
    match verb.as_str() {
        "check" => Ok(Command::Check(dir)),
        "export" => Ok(Command::Export(dir, out)),
        other => Err(format!("unknown command `{other}`")),
    }
}

/// Reads and validates `dir`, printing every problem to stderr.
fn load(dir: &Path) -> Option<Story> {
    let problems: Vec<Problem> = match StoryDir::read(dir) {
        Ok(files) => match petrograd1917::story::load(&files.files()) {
            Ok(story) => return Some(story),
            Err(problems) => problems,
        },
        Err(problems) => problems,
    };
    for problem in &problems {
        eprintln!("{problem}");
    }
    let plural = if problems.len() == 1 { "" } else { "s" };
    eprintln!(
        "{}: {} problem{plural}, the story does not validate",
        dir.display(),
        problems.len()
    );
    None
}

/// `n` things, in the singular or the plural.
fn counted(n: usize, thing: &str) -> String {
    let plural = if n == 1 { "" } else { "s" };
    format!("{n} {thing}{plural}")
}

/// One line saying what a valid story holds.
fn summary(dir: &Path, story: &Story) -> String {
    let count = |f: fn(&StepKind) -> bool| story.steps().iter().filter(|s| f(&s.kind)).count();
    let translation = story
        .translation()
        .map(|t| format!(", a translation ({})", t.language))
        .unwrap_or_default();
    format!(
        "{}: valid: {}, {} ({}, {}, {}), {}, {}, {}, {}{translation}",
        dir.display(),
        counted(story.places().len(), "place"),
        counted(story.steps().len(), "step"),
        counted(count(|k| matches!(k, StepKind::Stop { .. })), "stop"),
        counted(count(|k| matches!(k, StepKind::Leg(_))), "leg"),
        counted(count(|k| matches!(k, StepKind::Gap)), "gap"),
        counted(story.text().paragraphs.len(), "paragraph"),
        counted(story.text().footnotes.len(), "footnote"),
        counted(story.people().len(), "person"),
        counted(story.context_events().len(), "context event"),
    )
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match parse(&args) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("story: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Check(dir) => match load(&dir) {
            Some(story) => {
                println!("{}", summary(&dir, &story));
                ExitCode::SUCCESS
            }
            None => ExitCode::FAILURE,
        },
        Command::Export(dir, out) => {
            let Some(story) = load(&dir) else {
                return ExitCode::FAILURE;
            };
            let text = export::to_geojson_string(&story);
            match out {
                None => {
                    println!("{text}");
                    ExitCode::SUCCESS
                }
                Some(path) => match std::fs::write(&path, text + "\n") {
                    Ok(()) => {
                        eprintln!("{}: written from {}", path.display(), dir.display());
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("story: cannot write {}: {e}", path.display());
                        ExitCode::FAILURE
                    }
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn command_lines() {
        assert_eq!(
            parse(&args(&["check", "x"])),
            Ok(Command::Check("x".into()))
        );
        assert_eq!(
            parse(&args(&["export", "x", "-o", "y.geojson"])),
            Ok(Command::Export("x".into(), Some("y.geojson".into())))
        );
        assert!(parse(&args(&[])).is_err());
        assert!(parse(&args(&["check", "x", "y"])).is_err());
        assert!(parse(&args(&["check", "-o", "y"])).is_err());
        assert!(parse(&args(&["bake", "x"])).is_err());
    }
}
