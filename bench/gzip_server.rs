//! A static server for `dist/` that answers as a static host with compression on would:
//! the text and wasm files gzip-encoded (`Content-Encoding: gzip`), compressed once at
//! start with `gzip -9 -n`, the same compression the benchmark's size figures use. The
//! phone profile loads the app from it, and the comparison page (`bench/leaflet/`, whose
//! GeoJSON files go gzip-encoded as JSON does); the tests' server (`tests/e2e/server.rs`)
//! sends every file as it is.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

/// The extensions sent gzip-encoded; anything else (images, fonts) goes as it is.
const GZIPPED: &[&str] = &["html", "js", "wasm", "css", "svg", "json", "geojson"];

/// One file as it is served.
struct Entry {
    content_type: &'static str,
    raw: Vec<u8>,
    /// The gzip-encoded body, for the extensions in [`GZIPPED`].
    gzip: Option<Vec<u8>>,
}

/// A running server; it stops when the benchmark ends.
pub struct GzipServer {
    /// `http://127.0.0.1:PORT/`.
    pub base_url: String,
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") | Some("geojson") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("ttf") => "font/ttf",
        _ => "application/octet-stream",
    }
}

fn gzip(path: &Path) -> Vec<u8> {
    let out = std::process::Command::new("gzip")
        .args(["-9", "-n", "-c"])
        .arg(path)
        .output()
        .expect("gzip runs");
    assert!(
        out.status.success(),
        "gzip failed on {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Every file under `dir`, keyed by its path relative to `dir` with `/` separators.
fn collect(dir: &Path, rel: &str, files: &mut HashMap<String, Entry>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let key = if rel.is_empty() {
            name
        } else {
            format!("{rel}/{name}")
        };
        if path.is_dir() {
            collect(&path, &key, files);
        } else if path.is_file() {
            let raw =
                std::fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
            let compress = path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| GZIPPED.contains(&e));
            let gzip = compress.then(|| gzip(&path));
            let content_type = content_type(&path);
            files.insert(
                key,
                Entry {
                    content_type,
                    raw,
                    gzip,
                },
            );
        }
    }
}

/// Compresses `root` (the built `dist/`) and serves it at the root of a free port.
pub fn serve_gzip(root: PathBuf) -> GzipServer {
    let mut files = HashMap::new();
    collect(&root, "", &mut files);
    let files = Arc::new(files);
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1 on a free port");
    let port = listener.local_addr().expect("a local address").port();
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let files = Arc::clone(&files);
            thread::spawn(move || answer(stream, &files));
        }
    });
    GzipServer {
        base_url: format!("http://127.0.0.1:{port}/"),
    }
}

/// Reads one request and answers it, gzip-encoded when the file is compressed and the
/// request accepts gzip; `Connection: close`, as the tests' server does, so Chromium's
/// speculative connections hold nothing up.
fn answer(mut stream: TcpStream, files: &HashMap<String, Entry>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&head);
    let target = head.split_whitespace().nth(1).unwrap_or("/");
    let accepts_gzip = head.lines().any(|line| {
        line.split_once(':').is_some_and(|(name, value)| {
            name.trim().eq_ignore_ascii_case("accept-encoding")
                && value
                    .split(',')
                    .any(|v| v.split(';').next().unwrap_or_default().trim() == "gzip")
        })
    });
    let path = target
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .trim_start_matches('/');
    let key = if path.is_empty() { "index.html" } else { path };
    let (status, content_type, encoding, body): (_, _, _, &[u8]) = match files.get(key) {
        Some(Entry {
            content_type,
            gzip: Some(gz),
            ..
        }) if accepts_gzip => ("200 OK", *content_type, "Content-Encoding: gzip\r\n", gz),
        Some(entry) => ("200 OK", entry.content_type, "", &entry.raw),
        None => ("404 Not Found", "text/plain", "", b"not found"),
    };
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{encoding}Vary: Accept-Encoding\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(header.as_bytes());
    let _ = stream.write_all(body);
    let _ = stream.flush();
}
