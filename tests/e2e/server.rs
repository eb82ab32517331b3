//! A static file server for the built `dist/`, on 127.0.0.1 and a free port, so the tests
//! load exactly what a static host would serve. It can serve under a sub-path, as project
//! pages of a static host do, and it keeps the list of paths it was asked for.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;

/// A running server; it stops when the test process ends.
pub struct DistServer {
    /// `http://127.0.0.1:PORT/prefix/`, ending with a slash.
    pub base_url: String,
    /// Every request path the server received, in order.
    pub requests: Arc<Mutex<Vec<String>>>,
}

/// The `dist/` folder, or a failure that says how to make it: the tests never build it
/// themselves, so a stale or missing build is visible rather than silently rebuilt.
pub fn dist_dir() -> PathBuf {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "no built app in {}: run `trunk build --release --offline` first (scripts/test.sh does)",
        dist.display()
    );
    dist
}

fn mime_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") | Some("geojson") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// Serves `dist/` under `prefix` (`""` for the root, or e.g. `"petrograd/"`).
pub fn serve_dist(prefix: &str) -> DistServer {
    let root = dist_dir();
    let server = tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1 on a free port");
    let port = server.server_addr().to_ip().expect("an IP listener").port();
    let requests = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&requests);
    let prefix = format!("/{}", prefix.trim_matches('/'));
    let prefix = if prefix == "/" {
        prefix
    } else {
        format!("{prefix}/")
    };
    let base_url = format!("http://127.0.0.1:{port}{prefix}");
    thread::spawn(move || {
        for request in server.incoming_requests() {
            let raw = request.url().to_string();
            log.lock().expect("request log").push(raw.clone());
            let path = raw.split(['?', '#']).next().unwrap_or("/");
            let response = path
                .strip_prefix(prefix.as_str())
                .filter(|rest| !rest.split('/').any(|part| part == ".."))
                .map(|rest| {
                    let file = if rest.is_empty() { "index.html" } else { rest };
                    root.join(file)
                })
                .filter(|file| file.is_file());
            let _ = match response {
                Some(file) => {
                    let body = std::fs::read(&file).unwrap_or_default();
                    let header = tiny_http::Header::from_bytes("Content-Type", mime_type(&file))
                        .expect("a valid header");
                    request.respond(tiny_http::Response::from_data(body).with_header(header))
                }
                None => request.respond(tiny_http::Response::empty(404)),
            };
        }
    });
    DistServer { base_url, requests }
}
