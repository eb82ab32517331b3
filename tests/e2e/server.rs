//! A static file server for the built `dist/`, on 127.0.0.1 and a free port, so the tests
//! load exactly what a static host would serve. It can serve under a sub-path, as project
//! pages of a static host do, and it keeps the list of paths it was asked for. It can also
//! serve another folder (a changed copy of `dist/`), and be stopped, as when the reader's
//! connection goes.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// A running server; it stops when the test process ends, or at [`DistServer::stop`].
pub struct DistServer {
    /// `http://127.0.0.1:PORT/prefix/`, ending with a slash.
    pub base_url: String,
    /// Every request path the server received, in order.
    pub requests: Arc<Mutex<Vec<String>>>,
    address: SocketAddr,
    stopping: Arc<AtomicBool>,
    acceptor: Mutex<Option<JoinHandle<()>>>,
}

impl DistServer {
    /// Closes the listening socket and returns once it is closed: from then on every
    /// connection to the port is refused, as from a host that is gone.
    pub fn stop(&self) {
        self.stopping.store(true, Ordering::SeqCst);
        // The accepting thread waits in `accept`: one connection wakes it to see the flag.
        let _ = TcpStream::connect_timeout(&self.address, Duration::from_secs(1));
        let acceptor = self.acceptor.lock().ok().and_then(|mut a| a.take());
        if let Some(acceptor) = acceptor {
            acceptor.join().expect("the server's accepting thread ends");
        }
        assert!(
            TcpStream::connect_timeout(&self.address, Duration::from_secs(1)).is_err(),
            "the server still accepts connections on {} after stop()",
            self.address
        );
    }
}

/// The `dist/` folder, or a failure that says how to make it: the tests never build it
/// themselves, so a stale or missing build is visible rather than silently rebuilt.
pub fn dist_dir() -> PathBuf {
    built_dir("dist", "trunk build --release --offline")
}

/// `dist-fixture/`: the app built from the fixture story (`tests/fixtures/reed`), which
/// `scripts/test.sh` builds next to `dist/`.
pub fn fixture_dist_dir() -> PathBuf {
    built_dir(
        "dist-fixture",
        "STORY_DIR=tests/fixtures/reed trunk build --offline --dist dist-fixture",
    )
}

fn built_dir(name: &str, command: &str) -> PathBuf {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    assert!(
        dist.join("index.html").is_file(),
        "no built app in {}: run `{command}` first (scripts/test.sh does)",
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
        // No charset, as Python's http.server, nginx and Apache send it by default: the
        // memoir's text must read right all the same (scripts/memoir_text.py).
        Some("txt") => "text/plain",
        Some("webmanifest") => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

/// Serves `dist/` under `prefix` (`""` for the root, or e.g. `"petrograd/"`).
pub fn serve_dist(prefix: &str) -> DistServer {
    serve_dir(dist_dir(), prefix)
}

/// Serves the folder `root` under `prefix`, reading each file when it is asked for (so a
/// test can replace the folder's content while it runs).
///
/// A thread per connection and `Connection: close` on every answer: Chromium opens
/// speculative connections that never send a request, and they must not hold up the ones
/// that do.
pub fn serve_dir(root: PathBuf, prefix: &str) -> DistServer {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1 on a free port");
    let address = listener.local_addr().expect("a local address");
    let port = address.port();
    let requests = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&requests);
    let prefix = format!("/{}", prefix.trim_matches('/'));
    let prefix = if prefix == "/" {
        prefix
    } else {
        format!("{prefix}/")
    };
    let base_url = format!("http://127.0.0.1:{port}{prefix}");
    let stopping = Arc::new(AtomicBool::new(false));
    let stop = Arc::clone(&stopping);
    let acceptor = thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            if stop.load(Ordering::SeqCst) {
                break;
            }
            let (root, log, prefix) = (root.clone(), Arc::clone(&log), prefix.clone());
            thread::spawn(move || answer(stream, &root, &log, &prefix));
        }
    });
    DistServer {
        base_url,
        requests,
        address,
        stopping,
        acceptor: Mutex::new(Some(acceptor)),
    }
}

/// Reads one request and answers it with the file it names, or 404.
fn answer(mut stream: TcpStream, root: &Path, log: &Mutex<Vec<String>>, prefix: &str) {
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
    let target = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    if let Ok(mut log) = log.lock() {
        log.push(target.clone());
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let file = path
        .strip_prefix(prefix)
        .filter(|rest| !rest.split('/').any(|part| part == ".."))
        .map(|rest| root.join(if rest.is_empty() { "index.html" } else { rest }))
        .filter(|file| file.is_file());
    let (status, content_type, body) = match file.and_then(|f| Some((std::fs::read(&f).ok()?, f))) {
        Some((body, file)) => ("200 OK", mime_type(&file), body),
        None => ("404 Not Found", "text/plain", b"not found".to_vec()),
    };
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(header.as_bytes());
    let _ = stream.write_all(&body);
    let _ = stream.flush();
}
