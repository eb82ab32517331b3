//! `prerender PAGE`: renders the app's first view to HTML and writes it into the built page
//! (`PAGE`, the `index.html` Trunk stages), inside its empty `<div id="app">`.
//!
//! Trunk's post_build hook runs it natively, after Trunk's minifier (which would drop the
//! comment markers hydration needs) and before the Content-Security-Policy and the service
//! worker's steps (which hash the final page). The story is the one the build baked
//! (`$STORY_DIR`, else `assets/story`), since the binary is built from the same crate.

use std::process::ExitCode;

use petrograd1917::ui::prerender;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(path), None) = (args.next(), args.next()) else {
        eprintln!("usage: prerender PAGE   (the built index.html, rewritten in place)");
        return ExitCode::from(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let app = prerender::app_html();
    let out = match prerender::insert(&page, &app) {
        Ok(out) => out,
        Err(e) => {
            eprintln!("prerender: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::write(&path, out) {
        eprintln!("prerender: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "prerender: first view written into {path} ({} bytes of HTML)",
        app.len()
    );
    ExitCode::SUCCESS
}
