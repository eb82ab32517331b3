#!/usr/bin/env python3
"""Frame times of the map while panning and zooming, in headless Chromium.

Serves the release dist/ on 127.0.0.1, drives Chromium through chromedriver's plain HTTP
WebDriver API (no third-party package), waits for the `map-ready` performance mark, then
moves the view every frame for FRAMES frames (pans with pointer events, zooms with wheel
events, alternating) and records requestAnimationFrame timestamps. Writes the median and
p95 of the frame intervals to bench/results-map.json.
"""
import functools, http.server, json, os, shutil, socket, subprocess, sys, tempfile, threading, time, urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DIST = os.path.join(ROOT, "dist")
OUT = os.path.join(ROOT, "bench", "results-map.json")
FRAMES = int(os.environ.get("FRAMES", "300"))

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def call(base, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read() or b"{}").get("value")

SCRIPT = """
const done = arguments[arguments.length - 1];
const frames = %d;
const svg = document.querySelector('svg.map-svg');
const r = svg.getBoundingClientRect();
const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
const stamps = [], work = [];
let i = 0, x = cx, y = cy;
const pe = (type, buttons) => svg.dispatchEvent(new PointerEvent(type, {pointerId: 9,
  pointerType: 'mouse', isPrimary: true, bubbles: true, button: 0, buttons, clientX: x, clientY: y}));
function step(ts) {
  stamps.push(ts);
  const phase = Math.floor(i / 50) %% 2;
  if (phase === 0) {
    if (i %% 50 === 0) { x = cx; y = cy; pe('pointerdown', 1); }
    x += 6 * Math.cos(i / 8); y += 6 * Math.sin(i / 8); pe('pointermove', 1);
    if (i %% 50 === 49) pe('pointerup', 0);
  } else {
    const dy = (Math.floor(i / 10) %% 2 === 0) ? -40 : 40;
    svg.dispatchEvent(new WheelEvent('wheel', {deltaY: dy, deltaMode: 0, clientX: cx + 40,
      clientY: cy - 20, bubbles: true, cancelable: true}));
  }
  void document.body.offsetHeight; // force style and layout of this frame's changes
  work.push(performance.now() - ts);
  i++;
  if (i <= frames) requestAnimationFrame(step); else {
    const d = []; for (let k = 1; k < stamps.length; k++) d.push(stamps[k] - stamps[k - 1]);
    done([d, work]);
  }
}
requestAnimationFrame(step);
""" % FRAMES

def main():
    if not os.path.isfile(os.path.join(DIST, "index.html")):
        sys.exit("build first: trunk build --release --offline")
    port = free_port()
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a):
            pass
    handler = functools.partial(Quiet, directory=DIST)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    dport = free_port()
    driver = subprocess.Popen([shutil.which("chromedriver") or "chromedriver", f"--port={dport}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    profile = tempfile.mkdtemp(prefix="petrograd-bench-")
    base = f"http://127.0.0.1:{dport}"
    try:
        for _ in range(100):
            try:
                call(base, "GET", "/status"); break
            except Exception:
                time.sleep(0.1)
        args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                f"--user-data-dir={profile}", "--window-size=1280,900"]
        caps = {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
            "binary": os.environ.get("CHROMIUM", "/usr/bin/chromium"), "args": args}}}}
        sid = call(base, "POST", "/session", caps)["sessionId"]
        s = f"/session/{sid}"
        call(base, "POST", s + "/timeouts", {"script": 120000})
        call(base, "POST", s + "/url", {"url": f"http://127.0.0.1:{port}/"})
        for _ in range(300):
            if call(base, "POST", s + "/execute/sync", {"script": "return performance.getEntriesByName('map-ready').length > 0", "args": []}):
                break
            time.sleep(0.1)
        else:
            sys.exit("the map never marked map-ready")
        ready = call(base, "POST", s + "/execute/sync", {"script": "return performance.getEntriesByName('map-ready')[0].startTime", "args": []})
        d, work = call(base, "POST", s + "/execute/async", {"script": SCRIPT, "args": []})
        d, work = sorted(d), sorted(work)
        call(base, "DELETE", s)
    finally:
        driver.terminate(); driver.wait()
        srv.shutdown()
        shutil.rmtree(profile, ignore_errors=True)
    q = lambda v, p: v[min(len(v) - 1, int(round(p * (len(v) - 1))))]
    result = {"frames": len(d), "median_ms": round(q(d, 0.5), 2), "p95_ms": round(q(d, 0.95), 2),
              "max_ms": round(d[-1], 2),
              "work_median_ms": round(q(work, 0.5), 2), "work_p95_ms": round(q(work, 0.95), 2),
              "map_ready_ms": round(ready, 1),
              "note": "requestAnimationFrame intervals while panning (pointer events) and wheel-zooming, headless Chromium 1280x900; median/p95 are rAF intervals (include vsync waits, ~16.7 ms at 60 Hz); work_* is input dispatch + reactive update + forced style/layout within the frame"}
    with open(OUT, "w") as f:
        json.dump(result, f, indent=2); f.write("\n")
    print(json.dumps(result, indent=2))

if __name__ == "__main__":
    main()
